import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchRecordingError } from './catchRecordingError';
import {
  fullSnapshot,
  meta,
  minimalRecording,
  mouseMove,
} from './eventBuilders';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseRecording input errors', () => {
  it('quotes the JSON parser message', () => {
    const text = '[{"type": 4,';
    let parserMessage = '';
    try {
      JSON.parse(text);
    } catch (error) {
      parserMessage = (error as Error).message;
    }

    const error = catchRecordingError(text);

    expect(error.code).toBe('invalid-json');
    expect(error.eventIndex).toBeUndefined();
    expect(error.message).toContain('not valid JSON');
    expect(error.message).toContain(parserMessage);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['a JSON string of a string', '"events"'],
  ])('rejects %s as unsupported input', (described, input) => {
    const error = catchRecordingError(input);

    expect(error.code).toBe('unsupported-input');
    expect(error.eventIndex).toBeUndefined();
    expect(error.message).toContain('not a list of events');
  });

  it('names the wrapper field that holds no array', () => {
    const error = catchRecordingError({ result: 'pending' });

    expect(error.code).toBe('unsupported-input');
    expect(error.message).toContain('"result" field is "pending"');
  });

  it('lists the accepted fields for an unknown wrapper', () => {
    const error = catchRecordingError({ snapshots: [] });

    expect(error.code).toBe('unsupported-input');
    expect(error.message).toContain(
      'without a result, rrweb_data or events field',
    );
  });

  it('asks for an array when given one event', () => {
    const error = catchRecordingError(meta(1000));

    expect(error.code).toBe('unsupported-input');
    expect(error.message).toContain('a single event');
  });

  it.each([
    ['an empty array', []],
    ['an empty JSON array', '[]'],
    ['an empty wrapper', { rrweb_data: [] }],
  ])('rejects %s as an empty recording', (described, input) => {
    const error = catchRecordingError(input);

    expect(error.code).toBe('empty-recording');
    expect(error.message).toContain('has no events');
  });

  it('rejects a recording without a full snapshot', () => {
    const error = catchRecordingError([meta(1000), mouseMove(1010)]);

    expect(error.code).toBe('no-full-snapshot');
    expect(error.eventIndex).toBeUndefined();
    expect(error.message).toBe(
      'The recording has no FullSnapshot event (type 2), so there is ' +
        'nothing to replay. Record from page load, or keep the events ' +
        'from the first full snapshot on.',
    );
  });

  it('names the packed string that does not unpack', () => {
    const consoleError = vi
      .spyOn(console, 'error')
      .mockImplementation(() => undefined);

    const error = catchRecordingError([...minimalRecording(), 'not packed']);

    expect(error.code).toBe('unpack-failed');
    expect(error.eventIndex).toBe(2);
    expect(error.message).toContain('Event 2 is a string');
    expect(error.message).toContain('@rrweb/packer');
    expect(consoleError).toHaveBeenCalled();
  });
});

describe('parseRecording event errors', () => {
  const valid = minimalRecording();

  it.each([
    [null, 'Event 2 is null instead of an event object'],
    [[1, 2], 'Event 2 is an array instead of an event object'],
    [17, 'Event 2 is 17 instead of an event object'],
  ])('rejects the item %j', (item, expected) => {
    const error = catchRecordingError([...valid, item]);

    expect(error.code).toBe('invalid-event');
    expect(error.eventIndex).toBe(2);
    expect(error.message).toContain(expected);
  });

  it.each([
    [{ type: 3, data: { source: 1 } }, 'no numeric timestamp (found nothing)'],
    [{ type: 3, data: { source: 1 }, timestamp: '1010' }, '(found "1010")'],
    [{ type: 3, data: { source: 1 }, timestamp: Infinity }, 'Infinity'],
    [{ type: '3', data: { source: 1 }, timestamp: 1 }, 'no integer type'],
    [{ type: 2.5, data: {}, timestamp: 1 }, '(found 2.5)'],
    [{ type: 5, data: null, timestamp: 1 }, 'no data object (found null)'],
    [{ type: 5, data: 'x', timestamp: 1 }, 'no data object (found "x")'],
  ])('rejects the event envelope %j', (item, expected) => {
    const error = catchRecordingError([...valid, item]);

    expect(error.code).toBe('invalid-event');
    expect(error.eventIndex).toBe(2);
    expect(error.message).toContain(`Event 2 `);
    expect(error.message).toContain(expected);
  });

  it('rejects an incremental snapshot without a source', () => {
    const item = { type: 3, data: { positions: [] }, timestamp: 1010 };

    const error = catchRecordingError([...valid, item]);

    expect(error.code).toBe('invalid-event');
    expect(error.eventIndex).toBe(2);
    expect(error.message).toContain('no integer data.source (found nothing)');
  });

  it('rejects a Meta event without a numeric size', () => {
    const item = { type: 4, data: { width: '800', height: 600 }, timestamp: 1 };

    const error = catchRecordingError([item, fullSnapshot(2)]);

    expect(error.code).toBe('invalid-event');
    expect(error.eventIndex).toBe(0);
    expect(error.message).toContain('Event 0 is a Meta event');
    expect(error.message).toContain('data.width (found "800")');
  });
});

describe('parseRecording full snapshot errors', () => {
  const document = { type: 0, id: 1, childNodes: [] };

  it.each([
    [undefined, 'data.node is nothing'],
    [{ ...document, type: 2 }, 'root node has type 2, not 0'],
    [{ ...document, id: '1' }, 'no numeric id'],
    [{ ...document, childNodes: {} }, 'no childNodes array'],
  ])('rejects the node %j', (node, expected) => {
    const snapshot = { type: 2, data: { node }, timestamp: 1005 };

    const error = catchRecordingError([meta(1000), snapshot]);

    expect(error.code).toBe('invalid-full-snapshot');
    expect(error.eventIndex).toBe(1);
    expect(error.message).toContain('Event 1 is a full snapshot');
    expect(error.message).toContain(expected);
  });
});
