import type { fontData } from '@rrweb/types';
import type { ApplyContext } from './context';

/**
 * Adds a font the page created with the FontFace API. The recorder sends
 * either a URL (`url(…)` source text, loaded only when the network is
 * allowed) or the font's bytes as a JSON array with `buffer: true`.
 */
export function applyFont(context: ApplyContext, data: fontData) {
  const view = context.doc.defaultView;
  if (!view) return;

  try {
    const source = data.buffer
      ? new view.Uint8Array(JSON.parse(data.fontSource) as number[])
      : data.fontSource;
    const face = new view.FontFace(data.family, source, data.descriptors);
    context.doc.fonts.add(face);
    context.fonts.set(context.eventIndex, face);
  } catch (error) {
    context.diagnostics.report(
      'font-rejected',
      `Font "${data.family}" could not be added: ${(error as Error).message}`,
      context.eventIndex,
    );
  }
}

/**
 * Removes the fonts added by replayed events. Fonts belong to the
 * document object, which outlives rebuilds and checkpoint restores.
 */
export function removeFonts(context: ApplyContext) {
  for (const face of context.fonts.values()) context.doc.fonts.delete(face);
  context.fonts.clear();
}
