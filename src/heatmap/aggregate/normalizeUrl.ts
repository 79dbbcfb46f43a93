/**
 * Declarative URL normalization: serializable, so it also works in the
 * aggregation worker, which cannot receive functions.
 */
export interface UrlNormalization {
  /**
   * Query parameters to keep (all others are dropped), or true to keep
   * the whole query. @default false (drop the query)
   */
  keepQuery?: boolean | readonly string[] | undefined;
  /** Keep the `#fragment`. @default false */
  keepHash?: boolean | undefined;
  /** Keep scheme, host and port; false leaves only the path. @default true */
  keepOrigin?: boolean | undefined;
  /**
   * Regular expression sources and replacements applied in order to the
   * result, for example `['/users/\\d+', '/users/:id']`. @default []
   */
  replace?: readonly (readonly [pattern: string, replacement: string])[];
}

/** A normalization, or a function from recorded href to page key. */
export type UrlNormalizer = UrlNormalization | ((href: string) => string);

/**
 * Builds the page-key function for `normalizer`. Unparseable hrefs are
 * kept as they are, so nothing is dropped.
 * @throws SyntaxError when a `replace` pattern is not a valid RegExp.
 */
export function createUrlNormalizer(
  normalizer: UrlNormalizer = {},
): (href: string) => string {
  if (typeof normalizer === 'function') return normalizer;

  const replacements = (normalizer.replace ?? []).map(
    ([pattern, replacement]) => {
      try {
        return [new RegExp(pattern, 'g'), replacement] as const;
      } catch (error) {
        throw new SyntaxError(
          `Invalid URL replace pattern ${JSON.stringify(pattern)}: ` +
            (error as Error).message,
          { cause: error },
        );
      }
    },
  );
  const keepOrigin = normalizer.keepOrigin ?? true;

  return (href) => {
    let key = stripUrl(href, normalizer, keepOrigin);
    for (const [pattern, replacement] of replacements) {
      key = key.replace(pattern, replacement);
    }
    return key;
  };
}

function stripUrl(
  href: string,
  normalizer: UrlNormalization,
  keepOrigin: boolean,
): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }

  const keepQuery = normalizer.keepQuery ?? false;
  if (Array.isArray(keepQuery)) {
    const kept = new URLSearchParams();
    for (const [name, value] of url.searchParams) {
      if (keepQuery.includes(name)) kept.append(name, value);
    }
    url.search = kept.toString();
  } else if (keepQuery !== true) {
    url.search = '';
  }
  if (!normalizer.keepHash) url.hash = '';

  const path = `${url.pathname}${url.search}${url.hash}`;
  return keepOrigin ? `${url.origin}${path}` : path;
}
