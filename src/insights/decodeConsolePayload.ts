/**
 * Turns a console plugin payload into one readable line. The recorder
 * stores each argument as a JSON string: strings come back unquoted,
 * other values stay as their JSON text, and items that are not valid
 * JSON (`undefined`, cut-off values) are kept as written. Parsing and
 * stringifying are wrapped in try/catch, so it does not throw.
 */
export function decodeConsolePayload(payload: unknown): string {
  const items: unknown[] = Array.isArray(payload) ? payload : [payload];
  return items
    .map(decodeItem)
    .filter((text) => text !== '')
    .join(' ');
}

function decodeItem(item: unknown): string {
  if (item === undefined || item === null) return '';
  if (typeof item !== 'string') return stringify(item);

  try {
    const value: unknown = JSON.parse(item);
    return typeof value === 'string' ? value : item;
  } catch {
    return item;
  }
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
