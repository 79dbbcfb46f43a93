const MAX_STRING_LENGTH = 40;

/**
 * Names a value for an error message: short values verbatim, the rest by
 * kind, so a message never dumps a whole serialized DOM.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'string') {
    return describeString(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  if (typeof value === 'function') {
    return 'a function';
  }
  return String(value);
}

function describeString(value: string): string {
  if (value.length <= MAX_STRING_LENGTH) {
    return JSON.stringify(value);
  }
  return `a string of ${value.length} characters`;
}
