import { describe, expect, it } from 'vitest';
import { SanitizeContext } from '../../../src/engine/sanitize/SanitizeContext';
import { sanitizeCss } from '../../../src/engine/sanitize/sanitizeCss';
import type { AssetPolicy } from '../../../src/engine/sanitize/options';

function context(policy: AssetPolicy = 'none') {
  const result = new SanitizeContext(policy, {});
  result.pageUrl = 'https://site.test/page';
  return result;
}

describe('sanitizeCss', () => {
  it('blanks url() under the none policy', () => {
    expect(
      sanitizeCss('a { background: url(https://x.test/a.png) }', context()),
    ).toBe('a { background: url("") }');
  });

  it('removes @import rules', () => {
    const css = '@import url("https://x.test/a.css"); @import \'b.css\'; p {}';
    expect(sanitizeCss(css, context())).toBe('  p {}');
  });

  it('sees through CSS escapes', () => {
    const css = 'p { background: u\\72 l(https://x.test/e.png) }';
    expect(sanitizeCss(css, context())).not.toContain('x.test');
  });

  it('rewrites image-set strings', () => {
    const css = 'a { background: image-set("https://x.test/s.png" 1x) }';
    expect(sanitizeCss(css, context())).toBe(
      'a { background: image-set("" 1x) }',
    );
  });

  it('keeps data URLs and fragments', () => {
    const css =
      'a { background: url(data:image/png;base64,AA) } b { mask: url(#m) }';
    expect(sanitizeCss(css, context())).toBe(css);
  });

  it('blocks script URLs under every policy', () => {
    const css = 'a { background: url("javascript:alert(1)") }';
    expect(sanitizeCss(css, context('original'))).toBe(
      'a { background: url("") }',
    );
  });

  it('passes URLs through a resolver', () => {
    const resolver: AssetPolicy = ({ url }) =>
      `https://proxy.test/?u=${encodeURIComponent(url)}`;
    expect(
      sanitizeCss('a { background: url(/a.png) }', context(resolver)),
    ).toBe(
      'a { background: url("https://proxy.test/?u=https%3A%2F%2Fsite.test%2Fa.png") }',
    );
  });

  it('counts what it blocked', () => {
    const counted = context();
    sanitizeCss(
      'a { background: url(https://x.test/a.png), url(b.png) }',
      counted,
    );
    expect(counted.diagnostics()).toMatchObject([
      { code: 'asset-blocked', count: 2 },
    ]);
  });
});
