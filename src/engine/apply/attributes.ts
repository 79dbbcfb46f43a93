import type { attributeMutation, styleOMValue } from '@rrweb/types';
import { adaptCssForReplay } from 'rrweb-snapshot';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';
import { isElementNode, isTag } from '../dom';
import { localizeElementReferences } from './urls';

const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** Applies the attribute changes of one Mutation event. */
export function applyAttributeChanges(
  context: ApplyContext,
  changes: attributeMutation[],
): void {
  for (const change of changes) {
    const node = context.mirror.getNode(change.id);
    if (!isElementNode(node)) {
      reportMissingNode(context, 'attribute', change.id);
      continue;
    }

    for (const [name, value] of Object.entries(change.attributes)) {
      setAttribute(context, node, name, value);
    }
    localizeElementReferences(node, context.pageUrl);
  }
}

function setAttribute(
  context: ApplyContext,
  element: Element,
  name: string,
  value: string | styleOMValue | null,
): void {
  try {
    if (value === null) {
      element.removeAttribute(name);
    } else if (typeof value === 'object') {
      applyStyleDiff(element, value);
    } else if (name === '_cssText' && isTag(element, 'style')) {
      element.textContent = adaptCssForReplay(value, context.cache);
    } else if (name === 'value' && isTag(element, 'textarea')) {
      element.value = value;
    } else if (name === 'xlink:href') {
      element.setAttributeNS(XLINK_NAMESPACE, name, value);
    } else {
      element.setAttribute(name, value);
    }
  } catch (error) {
    // setAttribute rejects names that are not valid XML names, which some
    // frameworks record (for example `@click`).
    context.diagnostics.report(
      'invalid-attribute',
      `Attribute "${name}" could not be set: ${(error as Error).message}`,
      context.eventIndex,
    );
  }
}

/** Applies a style diff: property to value, `[value, priority]` or false. */
function applyStyleDiff(element: Element, diff: styleOMValue): void {
  const style = (element as HTMLElement).style;
  if (!style) return;

  for (const [property, value] of Object.entries(diff)) {
    if (value === false) {
      style.removeProperty(property);
    } else if (typeof value === 'string') {
      style.setProperty(property, value);
    } else {
      style.setProperty(property, value[0], value[1]);
    }
  }
}
