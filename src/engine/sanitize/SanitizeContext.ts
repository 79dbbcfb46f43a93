import type { Diagnostic } from '../../events/types';
import type { AssetKind, AssetPolicy, PrivacyOptions } from './options';
import { decideAsset } from './urls';

/** Kinds of content the sanitizer changes, and the message for each. */
const FINDINGS = {
  'unsafe-content': (count: number) =>
    `Neutralized ${count} unsafe elements or attributes, such as event ` +
    'handlers, script URLs, meta refresh, <base>, plugins and srcdoc ' +
    '(scripts are not counted). Nothing recorded can run.',
  'asset-blocked': (count: number) =>
    `Did not load ${count} image, font or style sheet URLs, because the ` +
    "asset policy does not allow them (it is 'none' by default).",
  'invalid-node': (count: number) =>
    `Skipped ${count} malformed serialized nodes: no numeric id, an ` +
    'unknown node type or an invalid tag name.',
  'duplicate-node-id': (count: number) =>
    `${count} serialized nodes reuse an id already used in their ` +
    'snapshot. Later changes to that id reach only the last such node.',
  'node-too-deep': (count: number) =>
    `Skipped ${count} serialized nodes nested deeper than replay allows, ` +
    'with their children.',
} as const;

export type FindingCode = keyof typeof FINDINGS;

/**
 * State the sanitizer keeps while it walks a recording in time order. It
 * stores the page URL in force, the tag of each node id, and counts of
 * what it changed, reported as diagnostics.
 */
export class SanitizeContext {
  pageUrl = '';
  eventIndex = 0;
  /** Sanitized tag name of each element id; inputs as `input:<type>`. */
  readonly tags = new Map<number, string>();
  /** Ids of text nodes inside `<style>` elements. */
  readonly styleTexts = new Set<number>();
  /** Ids of text nodes inside `<textarea>` elements: their value. */
  readonly fieldTexts = new Set<number>();
  /** Ids seen in the full snapshot being walked, to find duplicates. */
  snapshotIds: Set<number> | null = null;
  /** Number of findings noted so far, of every kind. */
  noteCount = 0;
  private readonly findings = new Map<FindingCode, Diagnostic>();

  constructor(
    readonly policy: AssetPolicy,
    readonly privacy: PrivacyOptions,
  ) {}

  get maskInputs(): boolean {
    return this.privacy.maskAllInputs !== false;
  }

  /** Forgets the nodes of the previous snapshot. */
  resetNodes(): void {
    this.tags.clear();
    this.styleTexts.clear();
    this.fieldTexts.clear();
  }

  note(code: FindingCode): void {
    this.noteCount += 1;
    const existing = this.findings.get(code);
    if (existing) {
      existing.count += 1;
      return;
    }
    this.findings.set(code, {
      code,
      message: '',
      count: 1,
      eventIndex: this.eventIndex,
    });
  }

  /**
   * Returns the URL to use for an asset, or null when it must go; a
   * blocked URL is counted.
   */
  asset(url: string, kind: AssetKind): string | null {
    const decision = decideAsset(url, kind, this.policy, this.pageUrl);
    if ('url' in decision) return decision.url;
    this.note(
      decision.blocked === 'unsafe' ? 'unsafe-content' : 'asset-blocked',
    );
    return null;
  }

  diagnostics(): Diagnostic[] {
    return [...this.findings.values()].map((finding) => ({
      ...finding,
      message: FINDINGS[finding.code as FindingCode](finding.count),
    }));
  }
}
