import type { customElementData } from '@rrweb/types';
import type { ApplyContext } from './context';

/**
 * Defines a placeholder for a custom element the page defined, so
 * `:defined` selectors match as they did. The placeholder has no
 * behaviour: its class is empty and the frame runs no scripts.
 *
 * NOTE: definitions live in the frame's window, which outlives rebuilds,
 * so a seek back to before a definition still matches `:defined`.
 */
export function applyCustomElement(
  context: ApplyContext,
  data: customElementData,
) {
  const name = data.define?.name;
  const registry = context.doc.defaultView?.customElements;
  if (!name || !registry || registry.get(name)) return;

  try {
    const base = context.doc.defaultView!.HTMLElement;
    registry.define(name, class extends base {});
  } catch (error) {
    // define() rejects names that are not valid custom element names.
    context.diagnostics.report(
      'custom-element-rejected',
      `Custom element "${name}" could not be defined: ` +
        (error as Error).message,
      context.eventIndex,
    );
  }
}
