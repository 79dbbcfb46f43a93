import { unpack } from '@rrweb/packer/unpack';
import { isPlainObject } from './isPlainObject';
import { RecordingError } from './RecordingError';

/** Field `@rrweb/packer` adds to every event it packs, holding its version. */
const PACKER_MARK = 'v';

/**
 * Turns one input item into an unpacked event: strings are inflated with
 * `@rrweb/packer`, and the packer's version mark is removed from objects.
 * Anything else is returned as it is, for validation to judge. The input
 * item is never modified: a copy is made when the mark is removed.
 */
export function unpackEvent(item: unknown, index: number): unknown {
  if (typeof item !== 'string') {
    return removePackerMark(item);
  }

  let unpacked: unknown;
  try {
    unpacked = unpack(item);
  } catch (cause) {
    throw new RecordingError(
      'unpack-failed',
      `Event ${index} is a string that does not unpack as @rrweb/packer ` +
        'output. Pass events as objects, or as strings made by pack() ' +
        'from @rrweb/packer.',
      { eventIndex: index, cause },
    );
  }
  return removePackerMark(unpacked);
}

function removePackerMark(item: unknown): unknown {
  if (!isPlainObject(item) || !(PACKER_MARK in item)) {
    return item;
  }

  const copy = { ...item };
  delete copy[PACKER_MARK];
  return copy;
}
