import { describe, expect, it } from 'vitest';
import { describeNode } from '../../src/insights/describeNode';
import { NodeIndex } from '../../src/insights/NodeIndex';
import { updateNodeIndex } from '../../src/insights/updateNodeIndex';
import { element, fullSnapshot, mutation, page, text } from './build';

function indexOf(children: Parameters<typeof page>[0]): NodeIndex {
  const index = new NodeIndex();
  updateNodeIndex(index, fullSnapshot(0, page(children)));
  return index;
}

describe('describeNode', () => {
  it('names a button by its visible text', () => {
    const index = indexOf([
      element(10, 'BUTTON', {}, [text(11, '\n  Add '), text(12, 'todo  ')]),
    ]);
    expect(describeNode(index, 10)).toBe('button "Add todo"');
  });

  it('adds the href of a link', () => {
    const index = indexOf([
      element(10, 'a', { href: '/docs' }, [text(11, 'Docs')]),
    ]);
    expect(describeNode(index, 10)).toBe('a "Docs" (href /docs)');
  });

  it('gives type and id of an input, never its value', () => {
    const index = indexOf([
      element(10, 'input', { type: 'checkbox', id: 'agree' }),
      element(11, 'input', { type: 'text', value: 'typed secret' }),
    ]);
    expect(describeNode(index, 10)).toBe('input[type=checkbox] #agree');
    expect(describeNode(index, 11)).toBe('input[type=text]');
  });

  it('labels fields by placeholder, buttons by value', () => {
    const index = indexOf([
      element(10, 'input', { type: 'email', placeholder: 'Your email' }),
      element(11, 'input', { type: 'submit', value: 'Send' }),
    ]);
    expect(describeNode(index, 10)).toBe('input[type=email] "Your email"');
    expect(describeNode(index, 11)).toBe('input[type=submit] "Send"');
  });

  it('never shows textarea content', () => {
    const index = indexOf([
      element(10, 'div', {}, [
        element(11, 'textarea', {}, [text(12, 'private note')]),
      ]),
    ]);
    expect(describeNode(index, 10)).toBe('div');
    expect(describeNode(index, 11)).toBe('textarea');
  });

  it('lists role, id, classes and aria-label', () => {
    const index = indexOf([
      element(
        10,
        'div',
        {
          role: 'button',
          id: 'save',
          class: ' btn  primary large',
          'aria-label': 'Save draft',
        },
        [text(11, 'ignored')],
      ),
    ]);
    expect(describeNode(index, 10)).toBe(
      'div[role=button] #save .btn.primary "Save draft"',
    );
  });

  it('leaves out generated and utility class names', () => {
    const index = indexOf([
      element(10, 'div', {
        class: 'css-g5y9jx r-1otgn73 text-[#424242] md:flex card col-6 h1',
      }),
    ]);
    const options = { maxTextLength: 40, maxHrefLength: 60, maxClasses: 5 };
    expect(describeNode(index, 10, options)).toBe('div .card.col-6.h1');
  });

  it('describes the element when the target is a text node', () => {
    const index = indexOf([element(10, 'span', {}, [text(11, 'Hi')])]);
    expect(describeNode(index, 11)).toBe('span "Hi"');
  });

  it('skips script and style text and truncates long text', () => {
    const long = 'word '.repeat(30);
    const index = indexOf([
      element(10, 'p', {}, [
        element(11, 'script', {}, [text(12, 'var x')]),
        element(13, 'style', {}, [text(14, '.a{}')]),
        text(15, long),
      ]),
    ]);
    const description = describeNode(index, 10, {
      maxTextLength: 12,
      maxHrefLength: 60,
      maxClasses: 2,
    });
    expect(description).toBe('p "word word…"');
  });

  it('reports a node that is not in the snapshot', () => {
    expect(describeNode(indexOf([]), 99)).toBe('node 99 (not in the snapshot)');
    expect(describeNode(indexOf([]), -1)).toBe(
      'an element the recorder left out',
    );
  });

  it('follows adds, texts, attributes and removes', () => {
    const index = indexOf([element(10, 'ul', {}, [])]);
    updateNodeIndex(
      index,
      mutation(1, {
        adds: [
          {
            parentId: 10,
            nextId: null,
            node: element(20, 'li', {}, [text(21, 'two')]),
          },
          {
            parentId: 10,
            nextId: 20,
            node: element(22, 'li', {}, [text(23, 'one')]),
          },
        ],
      }),
    );
    expect(describeNode(index, 10)).toBe('ul "one two"');

    updateNodeIndex(
      index,
      mutation(2, {
        texts: [{ id: 23, value: 'first' }],
        attributes: [{ id: 10, attributes: { id: 'list', class: null } }],
      }),
    );
    expect(describeNode(index, 10)).toBe('ul #list "first two"');

    updateNodeIndex(
      index,
      mutation(3, { removes: [{ parentId: 10, id: 22 }] }),
    );
    expect(describeNode(index, 10)).toBe('ul #list "two"');
    expect(index.get(23)).toBeUndefined();
  });

  it('places a child added before its parent', () => {
    const index = indexOf([element(10, 'div')]);
    updateNodeIndex(
      index,
      mutation(1, {
        adds: [
          { parentId: 30, nextId: null, node: text(31, 'late') },
          { parentId: 10, nextId: null, node: element(30, 'b') },
        ],
      }),
    );
    expect(describeNode(index, 10)).toBe('div "late"');
  });

  it('starts over at a new full snapshot', () => {
    const index = indexOf([element(10, 'button', {}, [text(11, 'Old')])]);
    updateNodeIndex(index, fullSnapshot(5, page([element(12, 'nav')])));
    expect(index.get(10)).toBeUndefined();
    expect(describeNode(index, 12)).toBe('nav');
  });
});
