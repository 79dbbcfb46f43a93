import type {
  adoptedStyleSheetData,
  styleDeclarationData,
  styleSheetRuleData,
} from '@rrweb/types';
import { isDocumentNode, isElementNode, isTag } from '../dom';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';

/**
 * Applies CSSOM calls recorded on a `<style>` element's sheet (`id`) or on
 * a constructed sheet (`styleId`): insertRule, deleteRule, replace and
 * replaceSync. An array index addresses a rule nested in grouping rules
 * such as `@media`: every entry but the last picks a rule, the last is the
 * position.
 */
export function applyStyleSheetRule(
  context: ApplyContext,
  data: styleSheetRuleData,
) {
  const sheet = findSheet(context, data);
  if (!sheet) return;

  // replace() is asynchronous; replaceSync gives the same rules at once,
  // which keeps a seek's result independent of timing.
  const text = data.replaceSync ?? data.replace;
  if (text !== undefined) guard(context, () => sheet.replaceSync(text));

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

/** Applies `style.setProperty` / `removeProperty` on a rule of a sheet. */
export function applyStyleDeclaration(
  context: ApplyContext,
  data: styleDeclarationData,
) {
  const sheet = findSheet(context, data);
  if (!sheet) return;

  guard(context, () => {
    const rule = ruleAt(sheet, data.index);
    if (data.set) {
      const { property, value, priority } = data.set;
      rule.style.setProperty(property, value, priority ?? '');
    }
    if (data.remove) rule.style.removeProperty(data.remove.property);
  });
}

/**
 * Applies the sheets adopted by a document or a shadow root. The target
 * may not exist yet, or be rebuilt later after a remove and re-add, so the
 * adoption is remembered by id and applied again whenever that node is
 * built (see `applyPendingAdoption`).
 */
export function applyAdoptedStyleSheet(
  context: ApplyContext,
  data: adoptedStyleSheetData,
) {
  const view = context.doc.defaultView;
  for (const { styleId, rules } of data.styles ?? []) {
    if (context.sheets.has(styleId) || !view) continue;

    // Constructed in the replay frame's realm: a sheet from another
    // document's realm cannot be adopted.
    const sheet = new view.CSSStyleSheet();
    for (const { rule, index } of rules) {
      withRuleList(context, sheet, index, (list, position) =>
        list.insertRule(rule, Math.min(position, list.cssRules.length)),
      );
    }
    context.sheets.set(styleId, sheet);
  }

  context.adoptions.set(data.id, data.styleIds);
  applyPendingAdoption(context, data.id);
}

/** Adopts the sheets recorded for node `id`, if it and its root exist. */
export function applyPendingAdoption(context: ApplyContext, id: number) {
  const styleIds = context.adoptions.get(id);
  if (!styleIds) return;

  const node = context.mirror.getNode(id);
  const target = isDocumentNode(node)
    ? node
    : isElementNode(node)
      ? node.shadowRoot
      : null;
  if (!target) return;

  const sheets = styleIds.flatMap((styleId) => {
    const sheet = context.sheets.get(styleId);
    return sheet ? [sheet] : [];
  });
  guard(context, () => {
    target.adoptedStyleSheets = sheets;
  });
}

function findSheet(
  context: ApplyContext,
  data: { id?: number; styleId?: number },
): CSSStyleSheet | null {
  if (data.styleId !== undefined) {
    const sheet = context.sheets.get(data.styleId) ?? null;
    if (!sheet) reportMissingSheet(context, data.styleId);
    return sheet;
  }

  const id = data.id ?? -1;
  const node = context.mirror.getNode(id);
  const sheet = isTag(node, 'style') || isTag(node, 'link') ? node.sheet : null;
  if (!sheet) {
    reportMissingNode(context, 'stylesheet', id);
    return null;
  }
  context.changedSheets.add(id);
  return sheet;
}

function reportMissingSheet(context: ApplyContext, styleId: number) {
  context.diagnostics.report(
    'missing-stylesheet',
    `A stylesheet change targets constructed sheet ${styleId}, which was ` +
      'never created; the change was skipped.',
    context.eventIndex,
  );
}

type RuleList = CSSStyleSheet | CSSGroupingRule;

function ruleAt(sheet: CSSStyleSheet, path: number[]): CSSStyleRule {
  let list: RuleList = sheet;
  let rule: CSSRule | undefined;

  for (const step of path) {
    rule = list.cssRules[step];
    if (!rule) throw new Error(`no rule at index ${JSON.stringify(path)}`);
    if ('cssRules' in rule) list = rule as CSSGroupingRule;
  }
  if (!rule || !('style' in rule)) {
    throw new Error(`no style rule at index ${JSON.stringify(path)}`);
  }
  return rule as CSSStyleRule;
}

function withRuleList(
  context: ApplyContext,
  sheet: CSSStyleSheet,
  index: number | number[] | undefined,
  change: (list: RuleList, position: number) => void,
) {
  const path = Array.isArray(index) ? index : [index ?? sheet.cssRules.length];

  guard(context, () => {
    let list: RuleList = sheet;
    for (const step of path.slice(0, -1)) {
      const rule = list.cssRules[step];
      if (!rule || !('cssRules' in rule)) {
        throw new Error(`no grouping rule at index ${JSON.stringify(index)}`);
      }
      list = rule as CSSGroupingRule;
    }
    change(list, path[path.length - 1] ?? list.cssRules.length);
  });
}

/**
 * Runs a CSSOM change. Browsers reject rules they cannot parse, such as
 * another engine's vendor prefixes; the rest of the sheet still applies.
 */
function guard(context: ApplyContext, change: () => void) {
  try {
    change();
  } catch (error) {
    context.diagnostics.report(
      'stylesheet-change-rejected',
      `A stylesheet change was rejected: ${(error as Error).message}`,
      context.eventIndex,
    );
  }
}
