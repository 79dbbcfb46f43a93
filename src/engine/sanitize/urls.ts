import type { AssetKind, AssetPolicy } from './options';

/**
 * Schemes that run code or load a document when navigated to or embedded.
 * Matched against the URL's start with the whitespace and control
 * characters removed, the way URL parsers ignore them.
 */
const SCRIPT_URL = /^(?:javascript|vbscript|livescript|mocha):/;

/**
 * `data:` types that render as documents which could hold scripts. SVG is
 * left out: as an image it never runs script, and the places that would
 * show it as a document (frames, `<object>`, `<embed>`) are removed.
 */
const DOCUMENT_DATA_URL =
  /^data:(?:text\/html|application\/xhtml|text\/xml|application\/xml|text\/xsl|multipart)/;

/**
 * Lower-cases `value` and drops ASCII whitespace and control characters,
 * which URL parsers strip or skip, so `java\tscript:` reads as it runs.
 */
export function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are the point
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

/** Characters of a URL's start that decide whether it is a script URL. */
const SCHEME_PREFIX_LENGTH = 40;

/** True for a URL that runs script, or loads a document, if followed. */
export function isScriptUrl(value: string): boolean {
  // Every such URL has a scheme, and only its start matters: this runs on
  // every attribute value, some of which are megabytes of data URL.
  if (!value.includes(':')) return false;
  const url = normalizedPrefix(value);
  return SCRIPT_URL.test(url) || DOCUMENT_DATA_URL.test(url);
}

/** Like `normalizeUrl`, for the first significant characters only. */
function normalizedPrefix(value: string): string {
  let prefix = '';
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) continue;
    prefix += value[index];
    if (prefix.length >= SCHEME_PREFIX_LENGTH) break;
  }
  return prefix.toLowerCase();
}

/** True when `text` contains a script URL anywhere, as in SVG `values`. */
export function containsScriptUrl(text: string): boolean {
  const normalized = normalizeUrl(text);
  return /(?:javascript|vbscript|livescript|mocha):|data:text\/html/.test(
    normalized,
  );
}

/** Result of checking one asset URL against the policy. */
export type AssetDecision = { url: string } | { blocked: 'unsafe' | 'asset' };

/**
 * Decides what an asset URL becomes under `policy`. Fragments, `data:`,
 * `blob:` and `about:` URLs fetch nothing and are kept. Script URLs are
 * always blocked. Anything else is a request, which the policy allows,
 * rewrites or blocks. A fragment reference to the recorded page itself
 * (`https://site/page#icon`, as the recorder writes SVG references) is
 * turned back into `#icon`.
 */
export function decideAsset(
  raw: string,
  kind: AssetKind,
  policy: AssetPolicy,
  pageUrl: string,
): AssetDecision {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { url: trimmed };
  if (isScriptUrl(trimmed)) return { blocked: 'unsafe' };

  // Only the scheme matters, and a data URL can be megabytes long.
  if (/^(?:data|blob|about):/.test(normalizedPrefix(trimmed))) {
    return { url: trimmed };
  }

  const absolute = absoluteUrl(trimmed, pageUrl);
  if (absolute === null) return { blocked: 'asset' };
  const fragment = samePageFragment(absolute, pageUrl);
  if (fragment !== null) return { url: fragment };

  if (policy === 'none') return { blocked: 'asset' };
  if (policy === 'original') return { url: trimmed };
  return resolveWith(policy, absolute.href, kind);
}

function resolveWith(
  resolver: Exclude<AssetPolicy, string>,
  url: string,
  kind: AssetKind,
): AssetDecision {
  const rewritten = resolver({ url, kind });
  if (typeof rewritten !== 'string' || rewritten === '') {
    return { blocked: 'asset' };
  }
  return isScriptUrl(rewritten) ? { blocked: 'unsafe' } : { url: rewritten };
}

function absoluteUrl(url: string, base: string): URL | null {
  try {
    return base === '' ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
}

function samePageFragment(url: URL, pageUrl: string): string | null {
  if (url.hash === '') return null;
  const page = absoluteUrl(pageUrl, '');
  if (page === null) return null;
  const withoutHash = (href: string) => href.replace(/#.*$/, '');
  return withoutHash(url.href) === withoutHash(page.href) ? url.hash : null;
}
