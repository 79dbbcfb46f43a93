import { createReplayer } from '../../engine/createReplayer';
import type { CreateReplayerOptions } from '../../engine/options';
import { pageBox } from './ElementBox';
import type { BoxMeasurer, ElementBox } from './ElementBox';

/** Options of `createReplayBoxMeasurer`. */
export interface ReplayBoxOptions {
  /**
   * Element the hidden replay frames are created in; it must be attached
   * to the document and rendered. @default a transparent element placed
   * off-screen, appended to the `<html>` element so that page styles
   * hiding the body's children do not hide it
   */
  root?: HTMLElement | undefined;
  /** Further engine options (a logger, `assets`). @default {} */
  replayerOptions?: Omit<CreateReplayerOptions, 'root'> | undefined;
}

const silentLogger = { warn: () => undefined };

/**
 * Returns a box measurer that rebuilds each recording with the engine in
 * a hidden frame, seeks to every click in turn and reads the target's
 * box (`getBoundingClientRect` plus the replayed window scroll). Boxes
 * are exact for the recorded layout at the recorded width. Browser only:
 * it needs a DOM, so it cannot run in a worker. Each seek runs in a task
 * of its own.
 */
export function createReplayBoxMeasurer(
  options: ReplayBoxOptions = {},
): BoxMeasurer {
  return async (recording, clicks) => {
    const root = options.root ?? createHiddenRoot();
    const replayer = createReplayer(recording, {
      logger: silentLogger,
      checkpoints: false,
      ...options.replayerOptions,
      root,
    });
    try {
      if (replayer.iframe.getBoundingClientRect().width === 0) {
        throw new Error(
          'Measuring heatmap boxes failed: the replay frame has no layout. ' +
            'Pass a root element that is rendered (not inside display: none).',
        );
      }
      const boxes: (ElementBox | undefined)[] = [];
      for (const click of clicks) {
        await replayer.seek(click.time);
        boxes.push(boxOf(replayer.getNode(click.targetId)));
      }
      return boxes;
    } finally {
      replayer.destroy();
      if (!options.root) root.remove();
    }
  };
}

function boxOf(node: Node | null): ElementBox | undefined {
  const element =
    node && node.nodeType === Node.ELEMENT_NODE
      ? (node as Element)
      : (node?.parentElement ?? null);
  if (!element || !element.isConnected) return undefined;
  return pageBox(element);
}

function createHiddenRoot(): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('aria-hidden', 'true');
  Object.assign(root.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: '320px',
    height: '240px',
    overflow: 'hidden',
    opacity: '0',
    pointerEvents: 'none',
  });
  document.documentElement.appendChild(root);
  return root;
}
