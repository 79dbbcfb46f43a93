import { describe, expect, it } from 'vitest';
import { findConsoleEntries } from '../../src/insights/consoleEntries';
import { decodeConsolePayload } from '../../src/insights/decodeConsolePayload';
import { consoleLog, legacyLog, plugin, recordingOf, start } from './build';

describe('decodeConsolePayload', () => {
  it('unquotes JSON strings, keeps other JSON', () => {
    expect(decodeConsolePayload(['"Saved"', '{"id":3}', '42', 'true'])).toBe(
      'Saved {"id":3} 42 true',
    );
  });

  it('keeps malformed JSON strings as they are', () => {
    expect(
      decodeConsolePayload(['undefined', '"unterminated', '{"a":', '\\']),
    ).toBe('undefined "unterminated {"a": \\');
  });

  it('decodes escapes inside JSON strings', () => {
    expect(decodeConsolePayload(['"line\\nnext \\"quoted\\""'])).toBe(
      'line\nnext "quoted"',
    );
  });

  it('survives payloads that are not string arrays', () => {
    expect(decodeConsolePayload([null, 7, { a: 1 }])).toBe('7 {"a":1}');
    expect(decodeConsolePayload('"single"')).toBe('single');
    expect(decodeConsolePayload(undefined)).toBe('');
  });
});

describe('findConsoleEntries', () => {
  it('lists plugin and legacy entries', () => {
    const recording = recordingOf([
      ...start(),
      consoleLog(100, 'log', ['"hello"', '"world"']),
      consoleLog(
        200,
        'error',
        ['"TypeError: x is undefined"'],
        ['at f (a.js:1:2)'],
      ),
      legacyLog(300, 'warn', ['"old style"']),
      consoleLog(400, 'error', ['"again"']),
      consoleLog(500, 'nonsense', ['"odd level"']),
    ]);
    const { entries, counts, errorCount } = findConsoleEntries(recording);

    expect(entries.map((e) => [e.id, e.time, e.level, e.message])).toEqual([
      ['console-2', 100, 'log', 'hello world'],
      ['console-3', 200, 'error', 'TypeError: x is undefined'],
      ['console-4', 300, 'warn', 'old style'],
      ['console-5', 400, 'error', 'again'],
      ['console-6', 500, 'log', 'odd level'],
    ]);
    expect(entries[1]?.trace).toEqual(['at f (a.js:1:2)']);
    expect(entries[2]?.source).toBe('legacy');
    expect(counts).toEqual({ log: 2, error: 2, warn: 1 });
    expect(errorCount).toBe(2);
  });

  it('ignores other plugins and malformed console events', () => {
    const recording = recordingOf([
      ...start(),
      plugin(100, 'rrweb/sequential-id@1', { id: 1 }),
      plugin(200, 'rrweb/console@1', 'not an object'),
    ]);
    expect(findConsoleEntries(recording).entries).toEqual([]);
  });
});
