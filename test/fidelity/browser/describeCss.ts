/**
 * Normalized text of every rule in a stylesheet, so that a live sheet and
 * its replayed copy compare equal when they hold the same rules:
 *
 * - selectors that contain `.\:hover` are dropped: replay adds such a
 *   selector next to every `:hover` one, to show recorded hovers;
 * - `min-device-width` and friends read as `min-width`: replay rewrites
 *   device media features so that they follow the replay frame;
 * - `url(...)` values are made absolute against the sheet's URL, as the
 *   recorder does when it inlines a sheet.
 */
export function describeCss(sheet: CSSStyleSheet | null): string[] {
  if (!sheet) return [];
  const base = sheet.href ?? sheet.ownerNode?.baseURI ?? '';

  try {
    return [...sheet.cssRules].map((rule) => ruleText(rule, base));
  } catch {
    return ['(rules not readable)'];
  }
}

const HOVER_CLASS = '.\\:hover';
const DEVICE_FEATURE = /(max|min)-device-(width|height)/g;
const URL_VALUE = /url\((['"]?)([^'")]*)\1\)/g;

function ruleText(rule: CSSRule, base: string): string {
  if (isStyleRule(rule)) {
    const selectors = splitSelectors(rule.selectorText).filter(
      (selector) => !selector.includes(HOVER_CLASS),
    );
    const nested = [...rule.cssRules].map((child) => ruleText(child, base));
    const body = [absoluteUrls(rule.style.cssText, base), ...nested];
    return `${selectors.join(', ')} { ${body.join(' ')} }`;
  }
  if (isGroupingRule(rule)) {
    const head = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
    const inner = [...rule.cssRules].map((child) => ruleText(child, base));
    return `${head.replace(DEVICE_FEATURE, '$1-$2')} { ${inner.join(' ')} }`;
  }
  return absoluteUrls(rule.cssText, base);
}

/** Splits a selector list at the commas that are not inside brackets. */
export function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;

  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((part) => part !== '');
}

function absoluteUrls(text: string, base: string): string {
  return text.replace(URL_VALUE, (match, _quote: string, url: string) => {
    if (url.startsWith('data:') || url.startsWith('#')) return match;
    try {
      return `url("${new URL(url, base).href}")`;
    } catch {
      return match;
    }
  });
}

// The rules come from the replay iframe's realm as well as the page's, so
// `instanceof` cannot tell their kinds apart; `type` and fields can.
function isStyleRule(rule: CSSRule): rule is CSSStyleRule {
  return rule.type === CSSRule.STYLE_RULE;
}

function isGroupingRule(rule: CSSRule): rule is CSSGroupingRule {
  return 'cssRules' in rule && rule.type !== CSSRule.STYLE_RULE;
}
