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
  } else if (isTag(node, 'select')) {
    selectOption(node, data.text);
  } else if (isTag(node, 'textarea')) {
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

/**
 * Selects the option with the recorded value. Setting `select.value`
 * instead would scroll a list box and clear the other selections of a
 * `<select multiple>`, which the recorder reports one value at a time.
 */
function selectOption(select: HTMLSelectElement, value: string) {
  const { scrollTop } = select;
  const option = [...select.options].find((item) => item.value === value);
  if (option) option.selected = true;
  else if (!select.multiple) select.selectedIndex = -1;
  select.scrollTop = scrollTop;
}
