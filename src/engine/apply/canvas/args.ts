/** Deepest nesting of arrays and serialized objects an argument may have. */
export const MAX_ARG_DEPTH = 8;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The recorded bytes and media type of an FPS-mode frame. */
export interface BlobSource {
  base64: string;
  type: string;
}

/**
 * Reads the shape rrweb's FPS sampling records for a frame:
 * `{rr_type: 'ImageBitmap', args: [{rr_type: 'Blob', type,
 * data: [{rr_type: 'ArrayBuffer', base64}]}]}`. Returns null for any
 * other shape.
 */
export function blobSource(arg: Record<string, unknown>): BlobSource | null {
  const blob = Array.isArray(arg.args) ? arg.args[0] : undefined;
  if (!isRecord(blob) || blob.rr_type !== 'Blob') return null;
  if (!Array.isArray(blob.data) || blob.data.length !== 1) return null;

  const part: unknown = blob.data[0];
  if (!isRecord(part) || part.rr_type !== 'ArrayBuffer') return null;
  if (typeof part.base64 !== 'string') return null;
  const type = typeof blob.type === 'string' ? blob.type : '';
  return { base64: part.base64, type };
}

/** Shortens event-supplied text quoted in a diagnostic. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shortened = (text ?? String(value)).slice(0, 60);
  return `"${shortened}"`;
}
