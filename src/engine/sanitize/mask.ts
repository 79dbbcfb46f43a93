/** Replaces every character but whitespace with `*`, keeping the length. */
export function maskText(text: string): string {
  return text.replace(/\S/gu, '*');
}
