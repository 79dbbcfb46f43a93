import type { Diagnostic } from '../events/types';

/**
 * Counts recoverable replay problems by code, so a problem that repeats on
 * every frame becomes one entry with a count instead of a flood.
 */
export class DiagnosticsCollector {
  private readonly byCode = new Map<string, Diagnostic>();
  private changed = false;

  constructor(initial: readonly Diagnostic[] = []) {
    for (const diagnostic of initial) {
      this.byCode.set(diagnostic.code, { ...diagnostic });
    }
  }

  /** Records one occurrence; `message` is kept from the first one. */
  report(code: string, message: string, eventIndex?: number): void {
    const existing = this.byCode.get(code);
    this.changed = true;

    if (existing) {
      existing.count += 1;
      return;
    }

    const diagnostic: Diagnostic = { code, message, count: 1 };
    if (eventIndex !== undefined) diagnostic.eventIndex = eventIndex;
    this.byCode.set(code, diagnostic);
  }

  /** Puts `diagnostic` in place of the one with the same code, if any. */
  set(diagnostic: Diagnostic): void {
    this.byCode.set(diagnostic.code, { ...diagnostic });
    this.changed = true;
  }

  /** Forgets a problem that turned out not to last. */
  clear(code: string): void {
    if (this.byCode.delete(code)) this.changed = true;
  }

  /** Returns the diagnostics if any changed since the last call. */
  takeChanges(): Diagnostic[] | null {
    if (!this.changed) return null;
    this.changed = false;
    return this.list();
  }

  list(): Diagnostic[] {
    return [...this.byCode.values()].map((diagnostic) => ({ ...diagnostic }));
  }
}

/**
 * Combines the problems seen while showing frames with those seen while
 * indexing, which replays every event once. A seek through a checkpoint
 * skips the events before it, so either list alone can miss problems. The
 * same problem counts as often as the list that saw it most.
 */
export function mergeDiagnostics(
  shown: readonly Diagnostic[],
  indexed: readonly Diagnostic[],
): Diagnostic[] {
  const byCode = new Map(shown.map((item) => [item.code, { ...item }]));

  for (const item of indexed) {
    const existing = byCode.get(item.code);
    if (!existing) byCode.set(item.code, { ...item });
    else existing.count = Math.max(existing.count, item.count);
  }
  return [...byCode.values()];
}
