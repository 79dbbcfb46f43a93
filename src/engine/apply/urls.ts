import { isElementNode } from '../dom';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** Presentation attributes whose value may be `url(<page>#id)`. */
const URL_ATTRIBUTES = [
  'fill',
  'stroke',
  'clip-path',
  'mask',
  'filter',
  'marker-start',
  'marker-mid',
  'marker-end',
];

/**
 * Gives the replayed document a `<base>` with the recorded page's URL, so
 * relative URLs resolve against the recorded site and never against the
 * player's own origin. A snapshot that has its own `<base>` keeps it.
 */
export function addBaseUrl(doc: Document, pageUrl: string): void {
  if (!isHttpUrl(pageUrl) || doc.querySelector('base[href]')) return;

  const base = doc.createElement('base');
  base.href = pageUrl;
  base.setAttribute('data-reprise', 'base');
  const head = doc.head ?? doc.documentElement;
  head?.prepend(base);
}

/**
 * Turns page URLs in SVG references back into fragments. The recorder
 * turns `<use href="#icon">` into an absolute URL of the recorded page. In the replay document that URL names another document,
 * so the reference would break: turn it back into a same-document
 * fragment. Applies to `element` and its descendants.
 */
export function localizeFragmentReferences(
  element: Element,
  pageUrl: string,
): void {
  if (!isHttpUrl(pageUrl)) return;
  const page = pageUrl.replace(/#.*$/, '');
  const elements =
    element.namespaceURI === SVG_NAMESPACE
      ? [element, ...element.querySelectorAll('*')]
      : element.querySelectorAll('svg, svg *');

  for (const candidate of elements) {
    if (isElementNode(candidate)) localizeElement(candidate, page);
  }
}

/** Like `localizeFragmentReferences`, for one SVG element alone. */
export function localizeElementReferences(
  element: Element,
  pageUrl: string,
): void {
  if (element.namespaceURI !== SVG_NAMESPACE || !isHttpUrl(pageUrl)) return;
  localizeElement(element, pageUrl.replace(/#.*$/, ''));
}

function localizeElement(element: Element, page: string): void {
  const href = element.getAttribute('href');
  if (href?.startsWith(`${page}#`)) {
    element.setAttribute('href', href.slice(page.length));
  }

  const xlink = element.getAttributeNS(XLINK_NAMESPACE, 'href');
  if (xlink?.startsWith(`${page}#`)) {
    element.setAttributeNS(
      XLINK_NAMESPACE,
      'xlink:href',
      xlink.slice(page.length),
    );
  }

  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value?.includes(page)) {
      element.setAttribute(name, value.split(`${page}#`).join('#'));
    }
  }
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
