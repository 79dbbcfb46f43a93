import { MouseInteractions } from '@rrweb/types';
import { describe, expect, it } from 'vitest';
import { findClicks } from '../../src/insights/clicks';
import {
  click,
  element,
  interaction,
  mutation,
  page,
  recordingOf,
  start,
  text,
} from './build';

const form = page([
  element(10, 'button', {}, [text(11, 'Add todo')]),
  element(12, 'label', { for: 'agree' }, [text(13, 'I agree')]),
  element(14, 'input', { type: 'checkbox', id: 'agree' }),
  element(15, 'div', { contenteditable: 'true' }, [
    element(16, 'p', {}, [text(17, 'Notes')]),
  ]),
  element(18, 'a', { href: '/file.pdf', download: true }, [text(19, 'PDF')]),
]);

describe('findClicks', () => {
  it('lists clicks with described targets', () => {
    const recording = recordingOf([...start(form), click(1200, 10, 40, 50)]);
    const [first, ...rest] = findClicks(recording);

    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({
      id: 'click-2',
      eventIndex: 2,
      time: 1200,
      x: 40,
      y: 50,
      target: {
        id: 10,
        description: 'button "Add todo"',
        tagName: 'button',
        acceptsInput: false,
        leavesPage: false,
      },
    });
  });

  it('counts Click only, not mouse down/up or touch end', () => {
    const recording = recordingOf([
      ...start(form),
      interaction(100, MouseInteractions.TouchStart, 10),
      interaction(150, MouseInteractions.TouchEnd, 10),
      interaction(160, MouseInteractions.MouseDown, 10),
      interaction(161, MouseInteractions.MouseUp, 10),
      interaction(162, MouseInteractions.Click, 10),
      interaction(900, MouseInteractions.TouchEnd, 10),
    ]);
    expect(findClicks(recording).map((c) => c.time)).toEqual([162]);
  });

  it('describes the target as the page was at the click', () => {
    const recording = recordingOf([
      ...start(form),
      click(100, 10),
      mutation(200, { texts: [{ id: 11, value: 'Saved' }] }),
      click(300, 10),
    ]);
    const descriptions = findClicks(recording).map((c) => c.target.description);
    expect(descriptions).toEqual(['button "Add todo"', 'button "Saved"']);
  });

  it('classifies targets that take input or leave the page', () => {
    const recording = recordingOf([
      ...start(form),
      click(100, 13),
      click(200, 14),
      click(300, 17),
      click(400, 19),
    ]);
    const classes = findClicks(recording).map((c) => [
      c.target.acceptsInput,
      c.target.leavesPage,
    ]);
    expect(classes).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [false, true],
    ]);
  });

  it('applies describe options', () => {
    const recording = recordingOf([...start(form), click(100, 10)]);
    const [first] = findClicks(recording, { maxTextLength: 4 });
    expect(first?.target.description).toBe('button "Add…"');
  });
});
