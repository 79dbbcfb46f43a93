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
 * Selects the option with the recorded value. The recorder reports a
 * select's `value`, which for `<select multiple>` is the first selected
 * option: the options before it are not selected, and the rest are kept as
 * they were. Setting `select.value` instead would clear every other
 * option and scroll a list box.
 */
function selectOption(select: HTMLSelectElement, value: string) {
  const { scrollTop } = select;
  const options = [...select.options];
  const match = options.find((option) => option.value === value);

  if (!match) {
    if (!select.multiple) select.selectedIndex = -1;
  } else {
    match.selected = true;
    if (select.multiple) {
      for (const option of options.slice(0, options.indexOf(match))) {
        option.selected = false;
      }
    }
  }
  select.scrollTop = scrollTop;
}
