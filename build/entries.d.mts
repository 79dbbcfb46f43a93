/** One JavaScript entry point of the package; see entries.mjs. */
export interface LibraryEntry {
  /** Output name without extension, e.g. `engine`. */
  name: string;
  /** The `exports` key, e.g. `./engine`. */
  subpath: string;
  /** What an embedder imports, e.g. `reprise/engine`. */
  specifier: string;
  /** Source file relative to the root. */
  source: string;
  /** Built module relative to the root. */
  js: string;
  /** Bundled declarations relative to the root. */
  types: string;
}

export const ROOT: string;
export const PACKAGE_NAME: string;
export const ENTRIES: LibraryEntry[];
export const STYLESHEET: string;
export const EXTERNAL_PACKAGES: string[];
export function isExternal(id: string): boolean;
