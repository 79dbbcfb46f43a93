import { describe, expect, it } from 'vitest';
import { isRecordingError, RecordingError } from '../../src/events';

describe('RecordingError', () => {
  it('carries a code, a message and the event index', () => {
    const error = new RecordingError('invalid-event', 'Event 3 is bad.', {
      eventIndex: 3,
    });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RecordingError');
    expect(error.code).toBe('invalid-event');
    expect(error.message).toBe('Event 3 is bad.');
    expect(error.eventIndex).toBe(3);
  });

  it('has no event index or cause unless given', () => {
    const error = new RecordingError('empty-recording', 'No events.');

    expect(error.eventIndex).toBeUndefined();
    expect('cause' in error).toBe(false);
  });

  it('keeps the underlying error as its cause', () => {
    const cause = new SyntaxError('bad');
    const error = new RecordingError('invalid-json', 'Not JSON.', { cause });

    expect(error.cause).toBe(cause);
  });
});

describe('isRecordingError', () => {
  it('tells a RecordingError from other values', () => {
    expect(isRecordingError(new RecordingError('no-full-snapshot', 'x'))).toBe(
      true,
    );
    expect(isRecordingError(new Error('x'))).toBe(false);
    expect(isRecordingError({ code: 'invalid-event', message: 'x' })).toBe(
      false,
    );
    expect(isRecordingError(undefined)).toBe(false);
  });
});
