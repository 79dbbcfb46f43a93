import type { styleSheetRuleData } from '@rrweb/types';
import { isTag } from '../dom';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';

/**
 * Applies CSSOM `insertRule` / `deleteRule` calls recorded on a `<style>`
 * element. An array index addresses a rule nested in grouping rules such as
 * `@media`: every entry but the last picks a rule, the last is the position.
 */
export function applyStyleSheetRule(
  context: ApplyContext,
  data: styleSheetRuleData,
) {
  if (data.id === undefined) {
    context.diagnostics.report(
      'unsupported:constructed-stylesheet',
      'Rule changes on constructed stylesheets (styleId) are not applied yet.',
      context.eventIndex,
    );
    return;
  }

  const node = context.mirror.getNode(data.id);
  const sheet = isTag(node, 'style') || isTag(node, 'link') ? node.sheet : null;
  if (!sheet) {
    reportMissingNode(context, 'stylesheet', data.id);
    return;
  }

  context.changedSheets.add(data.id);
  for (const { index } of data.removes ?? []) {
    withRuleList(context, sheet, index, (list, position) =>
      list.deleteRule(position),
    );
  }
  for (const { rule, index } of data.adds ?? []) {
    withRuleList(context, sheet, index, (list, position) =>
      list.insertRule(rule, Math.min(position, list.cssRules.length)),
    );
  }
}

type RuleList = CSSStyleSheet | CSSGroupingRule;

function withRuleList(
  context: ApplyContext,
  sheet: CSSStyleSheet,
  index: number | number[] | undefined,
  change: (list: RuleList, position: number) => void,
) {
  const path = Array.isArray(index) ? index : [index ?? sheet.cssRules.length];
  let list: RuleList = sheet;

  try {
    for (const step of path.slice(0, -1)) {
      const rule = list.cssRules[step];
      if (!rule || !('cssRules' in rule)) throw new Error('no grouping rule');
      list = rule as CSSGroupingRule;
    }
    change(list, path[path.length - 1] ?? list.cssRules.length);
  } catch (error) {
    // Browsers reject rules they cannot parse, such as another engine's
    // vendor prefixes; the rest of the sheet still applies.
    context.diagnostics.report(
      'stylesheet-rule-rejected',
      `A stylesheet rule change at index ${JSON.stringify(index)} was ` +
        `rejected: ${(error as Error).message}`,
      context.eventIndex,
    );
  }
}
