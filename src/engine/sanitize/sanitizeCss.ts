import type { AssetKind } from './options';
import type { SanitizeContext } from './SanitizeContext';

/** Cheap test for text that may reference another resource. */
const MAY_REFERENCE = /url\(|@import|image-set\(|\\/i;

const IMPORT_RULE =
  /@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')([^;]*);?/gi;

const URL_FUNCTION =
  /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)"'\s]*))\s*\)/gi;

/** Bare strings in `image-set()` are URLs too. */
const IMAGE_SET = /((?:-webkit-)?image-set\()([^)]*)\)/gi;
const QUOTED = /"([^"]*)"|'([^']*)'/g;

/**
 * Rewrites every URL in CSS text (style sheets, rules, declarations) with
 * the asset policy: `url()`, `@import` and `image-set()` strings. A
 * blocked `url()` becomes `url("")`, which fetches nothing and keeps the
 * declaration valid; a blocked `@import` is removed.
 */
export function sanitizeCss(
  css: string,
  context: SanitizeContext,
  kind: AssetKind = 'css',
): string {
  if (!MAY_REFERENCE.test(css)) return css;
  const text = revealEscapedReferences(css);

  return text
    .replace(IMPORT_RULE, (...groups: string[]) => {
      const url = groups.slice(1, 6).find((group) => group !== undefined);
      const allowed = context.asset(url ?? '', 'stylesheet');
      return allowed === null
        ? ''
        : `@import url(${JSON.stringify(allowed)})${groups[6] ?? ''};`;
    })
    .replace(URL_FUNCTION, (match, double, single, bare) => {
      const url = (double ?? single ?? bare ?? '') as string;
      const allowed = context.asset(unescapeCss(url), kind);
      if (allowed === url) return match;
      return `url(${JSON.stringify(allowed ?? '')})`;
    })
    .replace(IMAGE_SET, (_match, opening: string, content: string) => {
      const rewritten = content.replace(QUOTED, (quoted, double, single) => {
        const url = (double ?? single ?? '') as string;
        const allowed = context.asset(url, 'image');
        return allowed === url ? quoted : JSON.stringify(allowed ?? '');
      });
      return `${opening}${rewritten})`;
    });
}

/**
 * CSS escapes can spell `url(` or `@import` (`u\72 l(`), which the
 * patterns above would not see. When decoding the escapes reveals more
 * references than the raw text shows, the decoded text is used instead:
 * legitimate style sheets do not escape these names.
 */
function revealEscapedReferences(css: string): string {
  if (!css.includes('\\')) return css;
  const decoded = unescapeCss(css);
  return countReferences(decoded) > countReferences(css) ? decoded : css;
}

function countReferences(css: string): number {
  return (css.match(/url\(|@import|image-set\(/gi) ?? []).length;
}

/** Decodes CSS escapes: `\75` (hex, optional space) and `\(`. */
function unescapeCss(text: string): string {
  return text.replace(
    /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^\n\r\f0-9a-fA-F]))/g,
    (_match, hex: string | undefined, char: string | undefined) => {
      if (hex === undefined) return char ?? '';
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}
