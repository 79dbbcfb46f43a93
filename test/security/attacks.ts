import { NodeType } from '@rrweb/types';
import { PROBE_ORIGIN } from '../support/requestLog';

/**
 * Known attack shapes for replayed recordings: scripts, event handlers,
 * script URLs, SVG and MathML tricks, CSS references, meta refresh,
 * base, frames and srcdoc, template and noscript content. Every script
 * sets `top.reprisePwned` and opens a dialog, and every URL points at
 * `PROBE_ORIGIN`, so running or fetching anything is seen.
 */

export const JS = "top.reprisePwned='ran';alert('pwned')";
const JS_URL = `javascript:${JS}`;
const HTML = `<script>${JS}</script><img src=${PROBE_ORIGIN}/html.png>`;
const HTML_URL = `data:text/html,${encodeURIComponent(HTML)}`;
const SVG_URL =
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" onload="${JS}"/>`,
  );
const probe = (name: string) => `${PROBE_ORIGIN}/${name}`;

/** A serialized node without ids; ids are given when it is placed. */
export interface Shape {
  tagName?: string;
  text?: string;
  attributes?: Record<string, string | true>;
  children?: Shape[];
  isSVG?: boolean;
  comment?: string;
  cdata?: string;
}

const el = (
  tagName: string,
  attributes: Record<string, string | true> = {},
  children: Shape[] = [],
): Shape => ({ tagName, attributes, children });
const svg = (
  tagName: string,
  attributes: Record<string, string | true> = {},
  children: Shape[] = [],
): Shape => ({ tagName, attributes, children, isSVG: true });
const text = (value: string): Shape => ({ text: value });

/** CSS that would fetch or run something if it were applied as recorded. */
export const CSS_ATTACKS: Record<string, string> = {
  'import url': `@import url("${probe('import.css')}");`,
  'import string': `@import '${probe('import-string.css')}';`,
  'background url': `body { background: url(${probe('bg.png')}); }`,
  'quoted url': `div { background-image: url("${probe('quoted.png')}"); }`,
  'escaped url': `p { background: u\\72 l(${probe('escaped.png')}); }`,
  'escaped import': `@\\69mport url(${probe('escaped-import.css')});`,
  'image-set': `a { background: image-set("${probe('set.png')}" 1x); }`,
  'font-face': `@font-face { font-family: x; src: url(${probe('font.woff')}); } b { font-family: x; }`,
  'cursor url': `i { cursor: url(${probe('cursor.cur')}), auto; }`,
  'custom property url': `:root { --bg: url(${probe('var.png')}); } body { background: var(--bg); }`,
  'mask url': `span { mask-image: url(${probe('mask.svg')}); }`,
  'list-style url': `li { list-style-image: url(${probe('list.png')}); }`,
  'javascript url': `div { background: url("${JS_URL}"); }`,
  'content url': `q::before { content: url(${probe('content.png')}); }`,
  'border-image url': `table { border-image: url(${probe('border.png')}) 30; }`,
};

/** Elements placed in full snapshots and in mutation adds. */
export const ELEMENT_ATTACKS: Record<string, Shape> = {
  'script inline': el('script', {}, [text(JS)]),
  'script src': el('script', { src: probe('script.js') }),
  'script module': el('script', { type: 'module' }, [text(JS)]),
  'svg script': svg('svg', {}, [svg('script', {}, [text(JS)])]),
  'svg script href': svg('svg', {}, [svg('script', { href: probe('svg.js') })]),
  'img onerror': el('img', { src: 'data:,', onerror: JS }),
  'img ONERROR upper case': el('img', { src: 'x:', ONERROR: JS }),
  'img src javascript': el('img', { src: JS_URL }),
  'img src probe': el('img', { src: probe('img.png') }),
  'img relative src': el('img', { src: '/relative.png' }),
  'img protocol-relative src': el('img', { src: '//127.0.0.1:9/pr.png' }),
  'img srcset': el('img', {
    srcset: `${probe('a.png')} 1x, ${probe('b.png')} 2x`,
  }),
  'img lowsrc': el('img', {
    lowsrc: probe('low.png'),
    dynsrc: probe('dyn.png'),
  }),
  'img svg data url': el('img', { src: SVG_URL }),
  'picture source': el('picture', {}, [
    el('source', { srcset: probe('source.webp') }),
    el('img', { src: 'data:,' }),
  ]),
  'details ontoggle': el('details', { open: true, ontoggle: JS }),
  'svg onload': svg('svg', { onload: JS }),
  'body-like onpageshow': el('div', { onpageshow: JS, onfocus: JS }),
  'marquee onstart': el('marquee', { onstart: JS }),
  'input autofocus onfocus': el('input', { autofocus: true, onfocus: JS }),
  'select autofocus': el('select', { autofocus: true, onfocusin: JS }),
  'iframe srcdoc': el('iframe', { srcdoc: HTML }),
  'iframe srcdoc allow-scripts': el('iframe', {
    srcdoc: HTML,
    sandbox: 'allow-scripts allow-same-origin',
  }),
  'iframe src javascript': el('iframe', { src: JS_URL }),
  'iframe src data html': el('iframe', { src: HTML_URL }),
  'iframe src probe': el('iframe', { src: probe('frame.html') }),
  'frameset frame': el('frameset', {}, [el('frame', { src: probe('f.html') })]),
  'object data': el('object', { data: probe('object.swf') }),
  'object html': el('object', { data: HTML_URL, type: 'text/html' }),
  'object javascript': el('object', { data: JS_URL }),
  'embed src': el('embed', { src: probe('embed.swf') }),
  'embed svg': el('embed', { src: SVG_URL, type: 'image/svg+xml' }),
  'embed html': el('embed', { src: HTML_URL }),
  'applet code': el('applet', { code: 'x.class', codebase: probe('') }),
  'portal src': el('portal', { src: probe('portal.html') }),
  'meta refresh javascript': el('meta', {
    'http-equiv': 'refresh',
    content: `0;url=${JS_URL}`,
  }),
  'meta refresh probe': el('meta', {
    'http-equiv': 'Refresh',
    content: `0; url=${probe('refresh.html')}`,
  }),
  'meta refresh data': el('meta', {
    'http-equiv': 'refresh',
    content: `0;url=${HTML_URL}`,
  }),
  'meta set-cookie': el('meta', {
    'http-equiv': 'set-cookie',
    content: 'reprise=pwned',
  }),
  'meta csp override': el('meta', {
    'http-equiv': 'Content-Security-Policy',
    content: "script-src * 'unsafe-inline'",
  }),
  'base href probe': el('base', { href: probe('') }),
  'base href javascript': el('base', { href: JS_URL }),
  'base target': el('base', { target: '_top' }),
  'link stylesheet': el('link', { rel: 'stylesheet', href: probe('s.css') }),
  'link stylesheet javascript': el('link', { rel: 'stylesheet', href: JS_URL }),
  'link preload': el('link', {
    rel: 'preload',
    as: 'image',
    href: probe('p.png'),
  }),
  'link prefetch': el('link', { rel: 'prefetch', href: probe('prefetch') }),
  'link preconnect': el('link', { rel: 'preconnect', href: probe('') }),
  'link dns-prefetch': el('link', { rel: 'dns-prefetch', href: probe('') }),
  'link modulepreload': el('link', {
    rel: 'modulepreload',
    href: probe('m.js'),
  }),
  'link prerender': el('link', { rel: 'prerender', href: probe('pr.html') }),
  'link import': el('link', { rel: 'import', href: probe('import.html') }),
  'link icon': el('link', { rel: 'icon', href: probe('favicon.ico') }),
  'link manifest': el('link', {
    rel: 'manifest',
    href: probe('app.webmanifest'),
  }),
  'a href javascript': el('a', { href: JS_URL }, [text('link')]),
  'a href javascript mixed case': el('a', { href: 'JaVaScRiPt:' + JS }),
  'a href javascript whitespace': el('a', { href: ' \tjava\nscript:' + JS }),
  'a href vbscript': el('a', { href: 'vbscript:msgbox(1)' }),
  'a href data html': el('a', { href: HTML_URL }),
  'a ping': el('a', { href: '#', ping: probe('ping') }),
  'a target top': el('a', { href: probe('nav'), target: '_top' }),
  'area href javascript': el('map', {}, [el('area', { href: JS_URL })]),
  'form action javascript': el('form', { action: JS_URL }, [el('button', {})]),
  'form target top': el('form', { action: probe('submit'), target: '_top' }),
  'button formaction': el('button', { formaction: JS_URL, formtarget: '_top' }),
  'isindex action': el('isindex', { action: JS_URL }),
  'input type image': el('input', { type: 'image', src: probe('input.png') }),
  'video poster src': el('video', {
    poster: probe('poster.png'),
    src: probe('v.mp4'),
  }),
  'video source': el('video', {}, [el('source', { src: probe('s.mp4') })]),
  'audio src': el('audio', { src: probe('a.mp3'), autoplay: true }),
  'track src': el('video', {}, [el('track', { src: probe('t.vtt') })]),
  'table background': el('table', { background: probe('table.png') }),
  'svg image href': svg('svg', {}, [svg('image', { href: probe('i.png') })]),
  'svg image xlink': svg('svg', {}, [
    svg('image', { 'xlink:href': probe('x.png') }),
  ]),
  'svg use external': svg('svg', {}, [
    svg('use', { href: `${probe('s.svg')}#i` }),
  ]),
  'svg feImage': svg('svg', {}, [
    svg('filter', { id: 'f' }, [svg('feImage', { href: probe('fe.png') })]),
  ]),
  'svg a xlink javascript': svg('svg', {}, [
    svg('a', { 'xlink:href': JS_URL }),
  ]),
  'svg a href javascript': svg('svg', {}, [svg('a', { href: JS_URL })]),
  'svg animate href': svg('svg', {}, [
    svg('a', {}, [
      svg('animate', { attributeName: 'href', values: JS_URL }),
      svg('text', { x: '20', y: '20' }, [text('click')]),
    ]),
  ]),
  'svg set href': svg('svg', {}, [
    svg('a', {}, [svg('set', { attributeName: 'xlink:href', to: JS_URL })]),
  ]),
  'svg animate values list': svg('svg', {}, [
    svg('a', {}, [
      svg('animate', { attributename: 'HREF', from: '#', to: JS_URL }),
    ]),
  ]),
  'svg fill url': svg('svg', {}, [
    svg('rect', { fill: `url(${probe('p.svg')}#g)` }),
  ]),
  'svg filter url': svg('svg', {}, [
    svg('rect', { filter: `url(${probe('f.svg')}#f)` }),
  ]),
  'svg handler': svg('svg', {}, [
    svg('handler', { type: 'text/javascript' }, [text(JS)]),
  ]),
  'svg foreignObject iframe': svg('svg', {}, [
    svg('foreignObject', {}, [el('iframe', { srcdoc: HTML })]),
  ]),
  'math href': el('math', { href: JS_URL }, [el('mi', {}, [text('x')])]),
  'math maction': el('math', {}, [
    el('maction', { actiontype: 'statusline', 'xlink:href': JS_URL }),
  ]),
  'math mglyph style': el('math', {}, [
    el('mtext', {}, [
      el('mglyph', {}, [
        el('style', {}, [text(`<img src=x onerror="${JS}">`)]),
      ]),
    ]),
  ]),
  'template content': el('template', {}, [
    el('img', { src: probe('tpl.png'), onerror: JS }),
  ]),
  'noscript img': el('noscript', {}, [
    el('img', { src: probe('noscript.png') }),
  ]),
  'noscript markup text': el('noscript', {}, [
    text(`<img src=x onerror="${JS}">`),
  ]),
  'textarea breakout text': el('textarea', {}, [
    text(`</textarea><script>${JS}</script>`),
  ]),
  'title breakout text': el('title', {}, [
    text(`</title><script>${JS}</script>`),
  ]),
  'xmp markup text': el('xmp', {}, [text(`<script>${JS}</script>`)]),
  'comment script': { comment: `--><script>${JS}</script><!--` },
  'cdata script': svg('svg', {}, [{ cdata: `]]><script>${JS}</script>` }]),
  'style inline url': el('div', {
    style: `background:url(${probe('inline.png')})`,
  }),
  'style inline image-set': el('div', {
    style: `background-image:image-set('${probe('inline-set.png')}' 1x)`,
  }),
  'style inline expression': el('div', { style: `width:expression(${JS})` }),
  'style css text attribute': el('style', {
    _cssText: CSS_ATTACKS['import url']!,
  }),
  'link with inlined css': el('link', {
    rel: 'stylesheet',
    href: probe('inlined.css'),
    _cssText: CSS_ATTACKS['background url']!,
  }),
  'custom element handler': el('x-widget', { onclick: JS, onmouseover: JS }),
  'invalid tag name': el('img src=x onerror=alert(1)'),
  'iframe name target': el('iframe', { name: 'victim' }),
  'canvas fallback img': el('canvas', {}, [
    el('img', { src: probe('fallback.png') }),
  ]),
  'object param': el('object', {}, [
    el('param', { name: 'src', value: probe('param') }),
  ]),
  'style text import': el('style', {}, [text(CSS_ATTACKS['import string']!)]),
  'style text escaped': el('style', {}, [text(CSS_ATTACKS['escaped url']!)]),
  'svg style text': svg('svg', {}, [
    svg('style', {}, [text(CSS_ATTACKS['background url']!)]),
  ]),
};

/** Attribute changes on existing elements of `ATTRIBUTE_TARGETS`. */
export const ATTRIBUTE_ATTACKS: [
  target: string,
  name: string,
  value: string,
][] = [
  ['img', 'onerror', JS],
  ['img', 'src', probe('attr.png')],
  ['img', 'src', JS_URL],
  ['img', 'srcset', `${probe('attr-set.png')} 2x`],
  ['a', 'href', JS_URL],
  ['a', 'href', HTML_URL],
  ['a', 'onclick', JS],
  ['iframe', 'srcdoc', HTML],
  ['iframe', 'src', JS_URL],
  ['iframe', 'src', probe('attr-frame.html')],
  ['div', 'style', `background:url(${probe('attr-style.png')})`],
  ['div', 'onmouseenter', JS],
  ['meta', 'http-equiv', 'refresh'],
  ['meta', 'content', `0;url=${JS_URL}`],
  ['link', 'rel', 'preconnect'],
  ['link', 'href', probe('attr-link.css')],
  ['form', 'action', JS_URL],
  ['button', 'formaction', JS_URL],
  ['animate', 'attributeName', 'href'],
  ['animate', 'values', JS_URL],
  ['svgimage', 'href', probe('attr-svg.png')],
  ['video', 'poster', probe('attr-poster.png')],
  ['input', 'autofocus', ''],
  ['style', '_cssText', CSS_ATTACKS['font-face']!],
];

/** Elements that attribute attacks change, by key of ATTRIBUTE_ATTACKS. */
export const ATTRIBUTE_TARGETS: Record<string, Shape> = {
  img: el('img', { src: 'data:,' }),
  a: el('a', { href: '#' }, [text('a')]),
  iframe: el('iframe'),
  div: el('div'),
  meta: el('meta', { name: 'description', content: 'x' }),
  link: el('link', { rel: 'stylesheet' }),
  form: el('form'),
  button: el('button'),
  animate: svg('animate', { attributeName: 'opacity' }),
  svgimage: svg('image'),
  video: el('video'),
  input: el('input'),
  style: el('style'),
};

/** Payloads of plugin events that the console and network panels show. */
export const PLUGIN_PAYLOADS = {
  console: {
    level: 'error',
    payload: [`"<img src=x onerror=\\"${JS}\\">"`, `"${JS_URL}"`],
    trace: [`${JS_URL}:1:1`],
  },
  network: {
    requests: [
      { name: JS_URL, method: 'GET', initiatorType: 'fetch', status: 500 },
      { name: HTML_URL, method: '<img src=x onerror=alert(1)>', status: 200 },
      { name: probe('xhr'), method: 'POST', initiatorType: 'xmlhttprequest' },
    ],
  },
};

/** Canvas commands that draw recorded images from hostile sources. */
export const CANVAS_ATTACKS = [
  { property: 'drawImage', args: [probe('canvas-legacy.png'), 0, 0] },
  {
    property: 'drawImage',
    args: [{ rr_type: 'HTMLImageElement', src: probe('canvas.png') }, 0, 0],
  },
  {
    property: 'drawImage',
    args: [{ rr_type: 'HTMLImageElement', src: JS_URL }, 0, 0],
  },
  { property: 'fillStyle', args: [JS_URL], setter: true },
];

export { NodeType };
