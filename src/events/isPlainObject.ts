/**
 * Returns whether `value` is a key-value object as JSON produces: not null, not an
 * array, not a boxed primitive. Works across realms (an event array
 * recorded in an iframe), unlike an `Object.prototype` identity check.
 */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}
