import type { inputData } from '@rrweb/types';
import { isElementNode, isTag } from '../dom';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';

/**
 * Applies an Input event: the value of a text field, textarea or select,
 * or the checked state of a checkbox or radio button.
 */
export function applyInput(context: ApplyContext, data: inputData) {
  const node = context.mirror.getNode(data.id);
  if (!isElementNode(node)) {
    reportMissingNode(context, 'input', data.id);
    return;
  }

  if (isTag(node, 'input')) {
    if (node.type === 'checkbox' || node.type === 'radio') {
      node.checked = data.isChecked;
    } else {
      node.value = data.text;
    }
  } else if (isTag(node, 'textarea') || isTag(node, 'select')) {
    node.value = data.text;
  } else if (node.hasAttribute('contenteditable')) {
    node.textContent = data.text;
  } else {
    context.diagnostics.report(
      'input-target',
      `An Input event targets <${node.localName}>, which has no value; ` +
        'it was skipped.',
      context.eventIndex,
    );
  }
}
