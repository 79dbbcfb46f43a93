import type { AssetKind } from './options';
import type { SanitizeContext } from './SanitizeContext';

/** Cheap test for text that may reference another resource. */
const MAY_REFERENCE = /url\(|@import|image-set\(|\\/i;

/** Matches `url(`, `@import` or `image-set(` with any letter escaped. */
const ESCAPED_REFERENCE = new RegExp(
  ['url(', '@import', 'image-set('].map(escapablePattern).join('|'),
  'gi',
);

/** Regex source for `char`, written plainly or as any CSS escape of it. */
function escapablePattern(word: string): string {
  // Matches one backslash in the regex.
  const backslash = String.raw`\\`;
  return [...word]
    .map((char) => {
      const literal = /[a-z]/i.test(char) ? char : `\\${char}`;
      const hex = [...new Set([char.toLowerCase(), char.toUpperCase()])]
        .map((variant) => variant.charCodeAt(0).toString(16))
        .join('|');
      const hexEscape = `${backslash}0{0,4}(?:${hex})[ \\t\\n\\r\\f]?`;
      return `(?:${literal}|${hexEscape}|${backslash}${literal})`;
    })
    .join('');
}

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
  let text = revealEscapedReferences(css);

  if (/@import/i.test(text)) {
    text = text.replace(IMPORT_RULE, (...groups: string[]) => {
      const url = groups.slice(1, 6).find((group) => group !== undefined);
      const allowed = context.asset(url ?? '', 'stylesheet');
      return allowed === null
        ? ''
        : `@import url(${JSON.stringify(allowed)})${groups[6] ?? ''};`;
    });
  }
  if (/url\(/i.test(text)) {
    text = text.replace(URL_FUNCTION, (match, double, single, bare) => {
      const url = (double ?? single ?? bare ?? '') as string;
      const allowed = context.asset(unescapeCss(url), kind);
      if (allowed === url) return match;
      return `url(${JSON.stringify(allowed ?? '')})`;
    });
  }
  if (!/image-set\(/i.test(text)) return text;
  return text.replace(IMAGE_SET, (_match, opening: string, content: string) => {
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
 * patterns above would not see. When an escape spells one of these
 * names, the decoded text is sanitized instead. Legitimate style sheets
 * do not escape these names, so their other escapes stay as they were.
 */
function revealEscapedReferences(css: string): string {
  if (!css.includes('\\')) return css;
  const escaped = css.match(ESCAPED_REFERENCE) ?? [];
  return escaped.some((match) => match.includes('\\')) ? unescapeCss(css) : css;
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
