import { IncrementalSource } from '@rrweb/types';
import type { Recording } from '../events/types';
import { describeNode, resolveDescribeOptions } from './describeNode';
import type { DescribeOptions } from './describeNode';
import { incrementalData } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/** Input activity on one form field, without what was typed. */
export interface FieldKeystrokes {
  /** Node id of the field. */
  targetId: number;
  /** For example `input[type=email] #email "Your email"`. */
  description: string;
  /** Input events on the field: about one per keystroke or change. */
  count: number;
  /** Playback times of the first and last input, in ms. */
  firstTime: number;
  lastTime: number;
}

/** Input counts per field, in order of first input. */
export interface KeystrokeSummary {
  total: number;
  fields: FieldKeystrokes[];
}

/**
 * Counts Input events per field. Left out: events the recorder marks as
 * not triggered by the user (`userTriggered: false`, a value set from
 * script) and events on fields it did not serialize (negative ids). The
 * recorded text is never read.
 */
export function createKeystrokeCollector(
  options: DescribeOptions = {},
): Collector<KeystrokeSummary> {
  const describe = resolveDescribeOptions(options);
  const fields = new Map<number, FieldKeystrokes>();
  let total = 0;

  return {
    usesNodes: true,
    visit(event, { time, nodes }) {
      const data = incrementalData(event);
      if (data?.source !== IncrementalSource.Input) return;
      if (typeof data.id !== 'number' || data.id < 0) return;
      if (data.userTriggered === false) return;

      total += 1;
      const field = fields.get(data.id);
      if (field) {
        field.count += 1;
        field.lastTime = time;
        return;
      }
      fields.set(data.id, {
        targetId: data.id,
        description: describeNode(nodes, data.id, describe),
        count: 1,
        firstTime: time,
        lastTime: time,
      });
    },
    finish: () => ({ total, fields: [...fields.values()] }),
  };
}

/** Input counts per field in `recording`. */
export function countKeystrokes(
  recording: Recording,
  options?: DescribeOptions,
): KeystrokeSummary {
  return collect(recording, createKeystrokeCollector(options));
}
