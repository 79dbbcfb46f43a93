import { IncrementalSource } from '@rrweb/types';
import type { incrementalData } from '@rrweb/types';
import { applyCanvasMutation } from './canvas';
import type { ApplyContext } from './context';
import { applyCustomElement } from './customElements';
import { applyFont } from './fonts';
import { applySelection } from './selection';
import { applyInput } from './input';
import { applyMediaInteraction } from './media';
import { applyMutation } from './mutation';
import { applyScroll } from './scroll';
import {
  applyAdoptedStyleSheet,
  applyStyleDeclaration,
  applyStyleSheetRule,
} from './styleSheets';

/**
 * Incremental sources that do not change the document: pointer movement
 * is drawn from `Timeline`, and legacy console logs are read by insights.
 */
const NON_DOCUMENT_SOURCES = new Set<IncrementalSource>([
  IncrementalSource.MouseMove,
  IncrementalSource.MouseInteraction,
  IncrementalSource.TouchMove,
  IncrementalSource.Drag,
  IncrementalSource.Log,
]);

/**
 * Applies one incremental event to the replayed document. ViewportResize is
 * handled by the caller, which owns the frame size. Returns false for a
 * source this engine does not apply yet, after reporting it.
 */
export function applyIncremental(
  context: ApplyContext,
  data: incrementalData,
): boolean {
  switch (data.source) {
    case IncrementalSource.Mutation:
      applyMutation(context, data);
      return true;
    case IncrementalSource.Input:
      applyInput(context, data);
      return true;
    case IncrementalSource.Scroll:
      applyScroll(context, data);
      return true;
    case IncrementalSource.StyleSheetRule:
      applyStyleSheetRule(context, data);
      return true;
    case IncrementalSource.StyleDeclaration:
      applyStyleDeclaration(context, data);
      return true;
    case IncrementalSource.CanvasMutation:
      applyCanvasMutation(context, data);
      context.dirtyCanvases.add(data.id);
      return true;
    case IncrementalSource.Font:
      applyFont(context, data);
      return true;
    case IncrementalSource.Selection:
      applySelection(context, data);
      return true;
    case IncrementalSource.CustomElement:
      applyCustomElement(context, data);
      return true;
    case IncrementalSource.MediaInteraction:
      applyMediaInteraction(context, data);
      return true;
    case IncrementalSource.AdoptedStyleSheet:
      applyAdoptedStyleSheet(context, data);
      return true;
    default:
      if (NON_DOCUMENT_SOURCES.has(data.source)) return true;
      reportUnsupported(context, data.source);
      return false;
  }
}

function reportUnsupported(context: ApplyContext, source: number) {
  const name = IncrementalSource[source] ?? `source ${source}`;
  context.diagnostics.report(
    `unsupported:${name}`,
    `${name} events (incremental source ${source}) are not applied yet, ` +
      'so the frame may differ from what the user saw.',
    context.eventIndex,
  );
}
