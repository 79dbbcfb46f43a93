import { createSandboxedIframe } from 'rrweb-snapshot';
import { NEUTRALIZED_TAG } from './sanitize/sanitizeNode';
import type { AssetPolicy } from './sanitize/options';
import type { Viewport } from './types';

/**
 * Content-Security-Policy of the replay document under the asset policy
 * `'none'`: recorded pages may show inline styles and data or blob URLs,
 * and fetch nothing from the recorded origins.
 */
export const OFFLINE_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline' data:",
  'img-src data: blob:',
  'font-src data:',
  'media-src data: blob:',
  "form-action 'none'",
].join('; ');

/**
 * Policy when assets may load: anything but scripts, plugins and form
 * submission. The sandbox already stops scripts; this is a second lock.
 */
export const ASSETS_POLICY = [
  "script-src 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

/** Returns the Content-Security-Policy for an asset policy. */
export function contentSecurityPolicy(assets: AssetPolicy): string {
  return assets === 'none' ? OFFLINE_POLICY : ASSETS_POLICY;
}

/** Styles the engine adds to every rebuilt document. */
const REPLAY_STYLES = [
  'noscript { display: none !important; }',
  // Scroll offsets are set from events; smooth scrolling or scroll
  // anchoring (after late fonts) would move them.
  'html { scroll-behavior: auto !important; overflow-anchor: none; }',
  // The frame never has focus, so selections would show in the inactive
  // grey; pages that style ::selection override this rule.
  '::selection { background-color: Highlight; color: HighlightText; }',
  // Without scripting a canvas renders as an inline element around its
  // fallback content. Inline-block lets its CSS size apply again, and the
  // image showing its pixels fills it (see presentCanvases).
  'canvas { display: inline-block; }',
  'canvas > img[data-reprise] { display: block; width: 100%; height: 100%; }',
  // Elements the sanitizer neutralized keep their node ids but show nothing.
  `${NEUTRALIZED_TAG} { display: none !important; }`,
  // Blocked elements keep their layout and show a striped placeholder.
  '[data-reprise-blocked] { background: repeating-linear-gradient(45deg, ' +
    '#c9ced6 0 6px, #e3e6eb 6px 12px) !important; color: transparent ' +
    '!important; }',
  '[data-reprise-blocked] * { visibility: hidden !important; }',
].join('\n');

/**
 * The sandboxed iframe that shows the frame, and the wrapper that scales it
 * to fit the root element with the recorded aspect ratio kept.
 */
export class ReplayFrame {
  /**
   * Positioned box that fills the root's content box, so the frame is
   * centred and clipped in the root whatever the root's own position,
   * border and padding. Null for a hidden frame.
   */
  private readonly stage: HTMLDivElement | null;
  readonly wrapper: HTMLDivElement;
  readonly iframe: HTMLIFrameElement;
  private viewport: Viewport = { width: 1024, height: 768 };
  private readonly observer: ResizeObserver | null;

  /**
   * @param policy Content-Security-Policy for the replayed page.
   * @param onScale Called with the new scale, or null for a hidden frame,
   *   which is never shown or laid out (checkpoints are built in one).
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly policy: string,
    private readonly onScale: ((scale: number) => void) | null,
  ) {
    const doc = root.ownerDocument;
    this.stage = onScale ? doc.createElement('div') : null;
    if (this.stage) {
      this.stage.className = 'reprise-frame-stage';
      Object.assign(this.stage.style, {
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
      });
      root.appendChild(this.stage);
    }

    this.wrapper = doc.createElement('div');
    this.wrapper.className = 'reprise-frame';
    Object.assign(this.wrapper.style, {
      position: 'absolute',
      left: '50%',
      top: '50%',
      transformOrigin: '0 0',
      display: onScale ? 'block' : 'none',
    });
    (this.stage ?? root).appendChild(this.wrapper);

    // The helper forces sandbox="allow-same-origin": no scripts, forms,
    // popups or navigation, so recorded code never runs in the host page.
    this.iframe = createSandboxedIframe({
      root: this.wrapper,
      iframeAttributes: {
        title: 'Session replay',
        scrolling: 'no',
        tabindex: '-1',
        // An iframe is transparent, but a browser paints a page without
        // a background of its own on white, so the frame does too and
        // such pages stay readable on a dark player.
        style:
          'border: 0; display: block; pointer-events: none; background: #fff;',
      },
    });

    const sandbox = this.iframe.getAttribute('sandbox') ?? '';
    if (sandbox.split(/\s+/).includes('allow-scripts')) {
      throw new Error('The replay iframe must never allow scripts.');
    }

    this.observer =
      typeof ResizeObserver === 'undefined' || !onScale
        ? null
        : new ResizeObserver(() => this.fit());
    this.observer?.observe(this.stage ?? root);
    this.resize(this.viewport);
  }

  get document(): Document {
    const doc = this.iframe.contentDocument;
    if (!doc) throw new Error('The replay iframe has no document.');
    return doc;
  }

  get window(): Window | null {
    return this.iframe.contentWindow;
  }

  /** Sets the recorded viewport size and refits the frame. */
  resize(viewport: Viewport): void {
    this.viewport = viewport;
    this.iframe.width = String(viewport.width);
    this.iframe.height = String(viewport.height);
    this.fit();
  }

  /**
   * Prepares the document after a full rebuild: the policy must be
   * in place before any element that could fetch is created, so it is also
   * set by `prepareBlankDocument` before the first rebuild.
   */
  decorate(): void {
    const doc = this.document;
    const style = doc.createElement('style');
    style.setAttribute('data-reprise', 'styles');
    style.textContent = REPLAY_STYLES;
    (doc.head ?? doc.documentElement)?.prepend(style);
  }

  /**
   * Adds the policy to the iframe's initial document. A policy
   * delivered by `<meta>` stays with the document object for its whole life,
   * including the `document.open()` each rebuild performs.
   */
  prepareBlankDocument(): void {
    const doc = this.document;
    const meta = doc.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = this.policy;
    const head = doc.head ?? doc.documentElement ?? doc.body;
    head?.appendChild(meta);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.wrapper.remove();
    this.stage?.remove();
  }

  private fit(): void {
    if (!this.onScale) return;
    const { width, height } = this.viewport;
    const area = this.stage ?? this.root;
    const available = { width: area.clientWidth, height: area.clientHeight };
    const scale =
      available.width > 0 && available.height > 0
        ? Math.min(available.width / width, available.height / height)
        : 1;

    this.wrapper.style.width = `${width}px`;
    this.wrapper.style.height = `${height}px`;
    this.wrapper.style.transform = `scale(${scale}) translate(-50%, -50%)`;
    this.onScale(scale);
  }
}
