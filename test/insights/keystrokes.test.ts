import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../src/insights/analyzeRecording';
import { countKeystrokes } from '../../src/insights/keystrokes';
import { element, input, page, recordingOf, start, text } from './build';

const SECRET = 'hunter2-secret';
const node = page([
  element(10, 'input', { type: 'password', id: 'pw', value: SECRET }),
  element(11, 'textarea', { placeholder: 'Message' }, [text(12, SECRET)]),
]);
const typed = [...SECRET].map((_, i) =>
  input(100 + i * 50, 10, SECRET.slice(0, i + 1)),
);

describe('countKeystrokes', () => {
  it('counts input events per field with a description', () => {
    const recording = recordingOf([
      ...start(node),
      ...typed,
      input(2000, 11, `${SECRET}!`),
    ]);
    expect(countKeystrokes(recording)).toEqual({
      total: SECRET.length + 1,
      fields: [
        {
          targetId: 10,
          description: 'input[type=password] #pw',
          count: SECRET.length,
          firstTime: 100,
          lastTime: 100 + (SECRET.length - 1) * 50,
        },
        {
          targetId: 11,
          description: 'textarea "Message"',
          count: 1,
          firstTime: 2000,
          lastTime: 2000,
        },
      ],
    });
  });

  it('leaves out values set from script and unrecorded fields', () => {
    const recording = recordingOf([
      ...start(node),
      input(100, 10, 'a', true),
      input(200, 10, 'b', false),
      input(300, -1, 'c'),
    ]);
    expect(countKeystrokes(recording).total).toBe(1);
  });

  it('never puts the typed text in any insight', () => {
    const recording = recordingOf([...start(node), ...typed]);
    const serialized = JSON.stringify(analyzeRecording(recording));
    expect(serialized).toContain('input[type=password]');
    expect(serialized).not.toContain(SECRET);
    expect(serialized).not.toContain(SECRET.slice(0, 6));
  });
});
