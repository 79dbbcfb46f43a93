import type { RealmWindow } from './realm';

/**
 * Decodes standard base64 (as rrweb writes ArrayBuffers) into bytes owned
 * by `view`'s realm.
 *
 * @throws DOMException when the text is not valid base64.
 */
export function decodeBase64(base64: string, view: RealmWindow): Uint8Array {
  const binary = atob(base64);
  const bytes = new view.Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}

/** The bytes and media type of a `data:` URL, or null for other URLs. */
export interface DataUrlContent {
  bytes: Uint8Array;
  type: string;
}

/**
 * Parses a `data:` URL without fetching it: fetching one would be subject
 * to the frame's `connect-src`, which the offline policy closes.
 *
 * @throws DOMException when a base64 payload is malformed.
 */
export function parseDataUrl(
  url: string,
  view: RealmWindow,
): DataUrlContent | null {
  if (!/^data:/i.test(url)) return null;
  const comma = url.indexOf(',');
  if (comma === -1) return null;

  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const isBase64 = /;base64$/i.test(header);
  const type = header.split(';')[0]?.trim() || 'text/plain';
  const bytes = isBase64
    ? decodeBase64(decodeURIComponent(payload), view)
    : percentDecode(payload, view);
  return { bytes, type };
}

/** Decodes %XX escapes; other characters are taken as UTF-8. */
function percentDecode(text: string, view: RealmWindow): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  const bytes = new view.Uint8Array(encoded.length);
  let length = 0;

  for (let index = 0; index < encoded.length; index += 1) {
    const byte = encoded[index]!;
    const hex = String.fromCharCode(
      encoded[index + 1] ?? 0,
      encoded[index + 2] ?? 0,
    );
    if (byte === 0x25 && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes[length] = parseInt(hex, 16);
      index += 2;
    } else {
      bytes[length] = byte;
    }
    length += 1;
  }
  return bytes.slice(0, length);
}
