import { IncrementalSource, MouseInteractions, NodeType } from '@rrweb/types';
import type { Recording } from '../events/types';
import { classifyTarget } from './classifyTarget';
import type { TargetClass } from './classifyTarget';
import { describeNode, resolveDescribeOptions } from './describeNode';
import type { DescribeOptions } from './describeNode';
import type { NodeIndex } from './NodeIndex';
import { finiteNumber, incrementalData } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/** The kind of pointer that clicked, when the recorder wrote it. */
export type PointerKind = 'mouse' | 'pen' | 'touch';

/** The element a click landed on, described from the recorded DOM. */
export interface ClickTarget extends TargetClass {
  /** Node id in the recording's mirror. */
  id: number;
  /** For example `button "Add todo"`; never includes typed text. */
  description: string;
  /** Lower-case tag of the element, if the node was in the snapshot. */
  tagName: string | undefined;
}

/** One click, at a playback time in ms. */
export interface Click {
  /** `click-<eventIndex>`: stable for a given recording. */
  id: string;
  /** Index of the click event in `recording.events`. */
  eventIndex: number;
  /** Playback time, ms from the recording's start. */
  time: number;
  /** Viewport position in CSS px, when recorded. */
  x: number | undefined;
  y: number | undefined;
  pointerType: PointerKind | undefined;
  target: ClickTarget;
}

/** Description options for click targets. */
export type ClickOptions = DescribeOptions;

const POINTER_KINDS: readonly PointerKind[] = ['mouse', 'pen', 'touch'];

/**
 * Collects every Click interaction. Taps are counted through the Click
 * the browser fires after them: TouchEnd alone also ends every swipe and
 * scroll gesture, and counting it as well would count each tap twice.
 * Targets are described as the page was at the moment of the click.
 */
export function createClickCollector(
  options: ClickOptions = {},
): Collector<Click[]> {
  const describe = resolveDescribeOptions(options);
  const clicks: Click[] = [];

  return {
    usesNodes: true,
    visit(event, { eventIndex, time, nodes }) {
      const data = incrementalData(event);
      if (data?.source !== IncrementalSource.MouseInteraction) return;
      if (data.type !== MouseInteractions.Click) return;
      if (typeof data.id !== 'number') return;

      clicks.push({
        id: `click-${eventIndex}`,
        eventIndex,
        time,
        x: finiteNumber(data.x),
        y: finiteNumber(data.y),
        pointerType: POINTER_KINDS[finiteNumber(data.pointerType) ?? -1],
        target: {
          id: data.id,
          description: describeNode(nodes, data.id, describe),
          tagName: elementOf(nodes, data.id)?.tagName,
          ...classifyTarget(nodes, data.id),
        },
      });
    },
    finish: () => clicks,
  };
}

/** Lists every click in `recording`, in time order. */
export function findClicks(
  recording: Recording,
  options?: ClickOptions,
): Click[] {
  return collect(recording, createClickCollector(options));
}

function elementOf(nodes: NodeIndex, id: number) {
  const node = nodes.get(id);
  if (node?.type !== NodeType.Text || node.parentId === undefined) return node;
  return nodes.get(node.parentId);
}
