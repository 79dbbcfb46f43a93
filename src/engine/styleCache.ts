import type { BuildCache } from 'rrweb-snapshot';

/**
 * Patterns that rrweb-snapshot's replay rewrite of CSS acts on (2.2.2,
 * `adaptCssForReplay`). A `:hover` selector gets a `.\:hover` class copy,
 * and `min-`/`max-device-width` or `-height` media features become
 * `min-`/`max-width` or `-height`.
 */
const ADAPTED_CSS = /:hover|(?:max|min)-device-(?:width|height)/;

/**
 * Rewritten CSS by its recorded text. A text that the rewrite would not
 * change is its own result, so the lookup skips the rewrite, which parses
 * and prints the whole sheet with PostCSS only to return the same text
 * (PostCSS prints an unmodified tree exactly as it was parsed).
 */
class AdaptedCssMap extends Map<string, string> {
  override get(cssText: string): string | undefined {
    const cached = super.get(cssText);
    if (cached !== undefined) return cached;
    // PostCSS drops a leading byte order mark, so such a text changes.
    if (cssText.startsWith('\uFEFF') || ADAPTED_CSS.test(cssText)) {
      return undefined;
    }
    return cssText;
  }
}

/**
 * Creates rrweb-snapshot's cache of CSS rewritten for replay, one per
 * engine: the shown frame and the indexing frame rebuild the same sheets,
 * so sharing it rewrites and keeps each sheet once.
 */
export function createStyleCache(): BuildCache {
  return { stylesWithHoverClass: new AdaptedCssMap() };
}
