/** What a recorded URL is fetched for, passed to an asset resolver. */
export type AssetKind =
  'image' | 'media' | 'stylesheet' | 'font' | 'css' | 'svg' | 'other';

/** A URL the replayed page would fetch. */
export interface AssetRequest {
  /** Absolute URL, resolved against the recorded page's URL. */
  url: string;
  kind: AssetKind;
}

/**
 * Rewrites an asset URL, for example to a caching proxy. Return null to
 * block the asset. A returned `javascript:` or HTML `data:` URL is
 * blocked too.
 */
export type AssetResolver = (request: AssetRequest) => string | null;

/**
 * Which recorded assets the replay may fetch:
 * - `'none'`: nothing; the frame makes no requests at all.
 * - `'original'`: images, fonts and stylesheets from the recorded URLs.
 * - a resolver: each URL as the function rewrites it.
 * `data:` and `blob:` URLs of images, fonts and styles are kept under all
 * three, since they fetch nothing.
 */
export type AssetPolicy = 'none' | 'original' | AssetResolver;

/**
 * Rewrites one entry of a recorded console or network log before the
 * engine and the insights read it. Return null to leave the entry out.
 */
export type PayloadRedactor = (
  payload: Record<string, unknown>,
) => Record<string, unknown> | null;

/** Hooks that rewrite recorded data which may hold secrets. */
export interface RedactionHooks {
  /**
   * Rewrites a console plugin payload (`{ level, payload, trace }`) or a
   * legacy Log event's data. @default none
   */
  console?: PayloadRedactor;
  /**
   * Rewrites one request of a network plugin payload (`{ name, method,
   * status, ... }`), before `url` runs on its `name` and `url`.
   * @default none
   */
  network?: PayloadRedactor;
  /**
   * Rewrites page URLs (Meta events) and request URLs, to drop query
   * parameters such as tokens; see `redactQueryParameters`. @default none
   */
  url?: (url: string) => string;
}

/** Replay-side privacy: what the viewer must not see. */
export interface PrivacyOptions {
  /**
   * Replaces the text inside elements that match this CSS selector, and
   * inside their descendants, with `*` characters. @default none
   */
  maskTextSelector?: string | undefined;
  /**
   * Replaces the values of text fields, textareas and selects with `*`
   * characters, in snapshots, attribute changes and Input events.
   * @default true
   */
  maskAllInputs?: boolean | undefined;
  /**
   * Shows elements that match this CSS selector as a striped placeholder
   * of the same size; their text is masked and their content hidden.
   * @default none
   */
  blockSelector?: string | undefined;
  /** Rewrites console, network and URL data. @default {} */
  redact?: RedactionHooks | undefined;
}
