/**
 * A window with its global constructors typed, so that objects can be
 * made in the replay frame's realm (`new view.Float32Array(…)`) instead
 * of the host page's.
 */
export type RealmWindow = Window & typeof globalThis;

/** Returns the window (realm) of a replayed document. */
export function realmOf(doc: Document): RealmWindow {
  const view = doc.defaultView;
  if (!view) throw new Error('The replayed document has no window.');
  return view as RealmWindow;
}

/**
 * Returns the interface name of a platform object (`WebGLProgram`,
 * `ArrayBuffer`) from its `Symbol.toStringTag`. Unlike `instanceof`, this
 * works across realms.
 */
export function brandOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}
