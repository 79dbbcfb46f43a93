import type { inputData } from '@rrweb/types';
import { isElementNode, isTag } from '../dom';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';
import { setScroll } from './scroll';

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
    const { scrollLeft, scrollTop } = node;
    selectOption(node, data.text);
    // A list box scrolls to a newly selected option when it is next laid
    // out, which a seek does only once the frame is built. Its offset is
    // set back then, as a recorded scroll would be.
    setScroll(context, data.id, scrollLeft, scrollTop);
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
 * option.
 */
function selectOption(select: HTMLSelectElement, value: string) {
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
}
