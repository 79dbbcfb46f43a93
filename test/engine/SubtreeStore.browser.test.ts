import { expect, test } from 'vitest';
import {
  materializeSubtree,
  SubtreeStore,
} from '../../src/engine/SubtreeStore';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}

const LIST = '<ul><li>one</li><li>two</li></ul><p class="a">text</p>';

test('equal subtrees share one entry', () => {
  const store = new SubtreeStore();
  const first = store.intern(page(LIST).body);
  const count = store.nodeCount;
  const second = store.intern(page(LIST).body);

  expect(second).toBe(first);
  expect(store.nodeCount).toBe(count);
});

test('a changed text copies only its path', () => {
  const store = new SubtreeStore();
  const before = store.intern(page(LIST).body);
  const count = store.nodeCount;
  const changed = page(LIST);
  changed.querySelector('li')!.firstChild!.nodeValue = 'uno';
  const after = store.intern(changed.body);

  // body, ul, the first li and its text are new; the rest is shared.
  expect(store.nodeCount - count).toBe(4);
  expect(after.children[1]).toBe(before.children[1]);
  expect(after.children[0]!.children[1]).toBe(before.children[0]!.children[1]);
});

test('attributes and long texts tell subtrees apart', () => {
  const store = new SubtreeStore();
  const long = 'x'.repeat(1000);
  const a = store.intern(page(`<p>${long}a</p><i id="1"></i>`).body);
  const b = store.intern(page(`<p>${long}b</p><i id="2"></i>`).body);

  expect(b.children[0]).not.toBe(a.children[0]);
  expect(b.children[1]).not.toBe(a.children[1]);
  const built = materializeSubtree(b, document) as HTMLElement;
  expect(built.querySelector('p')!.textContent).toBe(`${long}b`);
  expect(built.querySelector('i')!.id).toBe('2');
});

test('materialized subtree equals the original', () => {
  const doc = page(
    '<div title="t"><svg><use xlink:href="#icon"></use></svg>' +
      '<template><b>inside</b></template><!-- note --></div>',
  );
  const use = doc.querySelector('use')!;
  use.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', '#icon');
  const store = new SubtreeStore();
  const built = materializeSubtree(store.intern(doc.body), document);

  expect(built.isEqualNode(doc.body)).toBe(true);
  const template = (built as Element).querySelector('template')!;
  expect(template.content.textContent).toBe('inside');
  const builtUse = (built as Element).querySelector('use')!;
  expect(builtUse.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(builtUse.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(
    '#icon',
  );
});

test('templates with other contents stay apart', () => {
  const store = new SubtreeStore();
  const a = store.intern(page('<template><b>a</b></template>').body);
  const b = store.intern(page('<template><b>b</b></template>').body);

  expect(b.children[0]).not.toBe(a.children[0]);
});

test('form controls keep values, unshared', () => {
  const doc = page(
    '<form><input value="recorded"><textarea></textarea></form>',
  );
  doc.querySelector('input')!.value = 'typed';
  doc.querySelector('textarea')!.value = 'notes';
  const store = new SubtreeStore();
  const first = store.intern(doc.body);
  const second = store.intern(doc.body);
  const built = materializeSubtree(second, document) as HTMLElement;

  expect(second.children[0]).not.toBe(first.children[0]);
  expect(built.querySelector('input')!.value).toBe('typed');
  expect(built.querySelector('textarea')!.value).toBe('notes');
});

test('retain frees unreachable entries', () => {
  const store = new SubtreeStore();
  const retained = store.intern(page(LIST).body);
  const count = store.nodeCount;
  store.intern(page('<section><h1>gone</h1></section>').body);
  expect(store.nodeCount).toBeGreaterThan(count);

  store.retain([retained]);
  expect(store.nodeCount).toBe(count);
  expect(store.intern(page(LIST).body)).toBe(retained);
});
