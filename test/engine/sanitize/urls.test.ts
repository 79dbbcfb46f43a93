import { describe, expect, it } from 'vitest';
import { redactQueryParameters } from '../../../src/engine/sanitize';
import { decideAsset, isScriptUrl } from '../../../src/engine/sanitize/urls';

const PAGE = 'https://site.test/app/page?x=1';

describe('isScriptUrl', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:application/xhtml+xml,<html/>',
  ])('flags %j', (url) => {
    expect(isScriptUrl(url)).toBe(true);
  });

  it.each([
    'https://site.test/',
    '#top',
    'data:image/png;base64,AA',
    'data:image/svg+xml,<svg/>',
    'x',
  ])('passes %j', (url) => {
    expect(isScriptUrl(url)).toBe(false);
  });
});

describe('decideAsset', () => {
  it('blocks remote URLs under none', () => {
    expect(decideAsset('/a.png', 'image', 'none', PAGE)).toEqual({
      blocked: 'asset',
    });
  });

  it('keeps recorded URLs under original', () => {
    expect(decideAsset('/a.png', 'image', 'original', PAGE)).toEqual({
      url: '/a.png',
    });
  });

  it('gives resolvers absolute URLs', () => {
    const seen: string[] = [];
    decideAsset('../b.png', 'image', ({ url }) => (seen.push(url), url), PAGE);
    expect(seen).toEqual(['https://site.test/b.png']);
  });

  it('blocks script URLs a resolver returns', () => {
    expect(
      decideAsset('/a.png', 'image', () => 'javascript:alert(1)', PAGE),
    ).toEqual({ blocked: 'unsafe' });
  });

  it('turns page references into fragments', () => {
    const url = 'https://site.test/app/page?x=1#icon';
    expect(decideAsset(url, 'svg', 'none', PAGE)).toEqual({ url: '#icon' });
  });
});

describe('redactQueryParameters', () => {
  it('redacts named parameters only', () => {
    const redact = redactQueryParameters(['Token']);
    expect(redact('https://a.test/p?token=s3cret&page=2#f')).toBe(
      'https://a.test/p?token=redacted&page=2#f',
    );
  });

  it('redacts every parameter by default', () => {
    expect(redactQueryParameters()('https://a.test/?a=1&b=2')).toBe(
      'https://a.test/?a=redacted&b=redacted',
    );
  });

  it('drops the query of unparsable URLs', () => {
    expect(redactQueryParameters()('/relative?token=1#x')).toBe('/relative#x');
  });
});
