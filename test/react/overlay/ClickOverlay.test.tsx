import { EventType, IncrementalSource } from '@rrweb/types';
import { act } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import type { Recording, ReplayEvent } from '../../../src/events/types';
import { ClickOverlay } from '../../../src/react/overlay';
import type { ClickOverlayProps } from '../../../src/react/overlay';
import {
  click,
  element,
  mutation,
  page,
  recordingOf,
  start,
  T0,
  text,
} from '../../insights/build';
import { renderInPlayer } from '../panels/renderInPlayer';

/** Pointer moves sampled every 100 ms before `time`, ending there. */
function moves(time: number, points: [x: number, y: number][]): ReplayEvent {
  const positions = points.map(([x, y], index) => ({
    x,
    y,
    id: 3,
    timeOffset: (index - points.length + 1) * 100,
  }));
  return {
    type: EventType.IncrementalSnapshot,
    data: { source: IncrementalSource.MouseMove, positions },
    timestamp: T0 + time,
  };
}

/**
 * Builds a 1280 x 720 recording with pointer moves from 0.5 to 0.9 s, a click
 * on the button at 1 s, and a rage click burst on the div at 3.0, 3.2 and 3.4
 * s.
 */
function clicksRecording(): Recording {
  return recordingOf([
    ...start(
      page([
        element(4, 'button', {}, [text(5, 'Save')]),
        element(6, 'div', {}, [text(7, 'Static')]),
      ]),
    ),
    moves(900, [
      [100, 50],
      [150, 70],
      [180, 90],
      [195, 98],
      [200, 100],
    ]),
    click(1000, 4, 200, 100),
    click(3000, 6, 300, 200),
    click(3200, 6, 305, 202),
    click(3400, 6, 302, 199),
    mutation(8000),
  ]);
}

function renderOverlay(props: ClickOverlayProps = {}) {
  const result = renderInPlayer(clicksRecording(), <ClickOverlay {...props} />);
  const overlay = result.container.querySelector('.reprise-overlay');
  const at = (currentTime: number) =>
    act(() => result.replayer.emit({ currentTime }));
  return { ...result, overlay: overlay as HTMLElement, at };
}

const ripples = (overlay: HTMLElement) => [
  ...overlay.querySelectorAll<HTMLElement>('.reprise-overlay__ripple'),
];

describe('ClickOverlay', () => {
  it('is decoration: hidden from assistive technology', () => {
    const { overlay } = renderOverlay();

    expect(overlay).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws the cursor at the pointer, scaled from the stage centre', () => {
    const { overlay, replayer } = renderOverlay();
    const cursor = () => overlay.querySelector('.reprise-overlay__cursor');
    expect(cursor()).toBeNull();

    act(() => replayer.emit({ pointer: { x: 740, y: 410 }, scale: 0.5 }));

    // (740 - 1280 / 2) * 0.5 = 50, (410 - 720 / 2) * 0.5 = 25.
    expect(cursor()).toHaveStyle({ transform: 'translate(50px, 25px)' });
  });

  it('hides parts that are switched off', () => {
    const { overlay, replayer, at } = renderOverlay({
      showCursor: false,
      showRipples: false,
      highlightRageClicks: false,
    });
    act(() => replayer.emit({ pointer: { x: 1, y: 1 } }));
    at(3200);

    expect(
      overlay.querySelector('.reprise-overlay__origin'),
    ).toBeEmptyDOMElement();
  });
});

describe('ClickOverlay errors', () => {
  it('draws nothing while the player shows an error', () => {
    const { container, replayer, at } = renderOverlay();
    at(1000);
    expect(container.querySelector('.reprise-overlay__ripple')).not.toBeNull();

    act(() => replayer.emit({ status: 'error', error: new Error('Broken.') }));

    expect(container.querySelector('.reprise-overlay')).toBeNull();
  });
});

describe('ClickOverlay ripples', () => {
  it('shows a ripple for 600 ms after playback passes a click', () => {
    const { overlay, at } = renderOverlay();

    at(999);
    expect(ripples(overlay)).toHaveLength(0);

    at(1000);
    const [ripple] = ripples(overlay);
    expect(ripple).toHaveAttribute('data-click-id');
    // (200 - 640, 100 - 360) at scale 1, starting small.
    expect(ripple).toHaveStyle({
      transform: 'translate(-440px, -260px) scale(0.35)',
      opacity: '1',
    });

    at(1300);
    expect(ripples(overlay)[0]).toHaveStyle({ opacity: '0.5' });

    at(1600);
    expect(ripples(overlay)).toHaveLength(0);
  });

  it('shows the ripple again after seeking back to it', () => {
    const { overlay, at } = renderOverlay();
    at(5000);
    expect(ripples(overlay)).toHaveLength(0);

    at(1100);

    expect(ripples(overlay)).toHaveLength(1);
  });

  it('lasts `rippleDuration` ms', () => {
    const { overlay, at } = renderOverlay({ rippleDuration: 200 });

    at(1150);
    expect(ripples(overlay)).toHaveLength(1);
    at(1200);
    expect(ripples(overlay)).toHaveLength(0);
  });
});

describe('ClickOverlay rage clicks', () => {
  const ring = (overlay: HTMLElement) =>
    overlay.querySelector<HTMLElement>('.reprise-overlay__rage');

  it('rings the burst with its count while the playhead is in it', () => {
    const { overlay, at } = renderOverlay();

    at(2999);
    expect(ring(overlay)).toBeNull();

    at(3250);
    expect(ring(overlay)).toHaveTextContent('3×');
    // At the burst's latest click played: (305, 202).
    expect(ring(overlay)).toHaveStyle({
      transform: 'translate(-335px, -158px)',
    });

    at(4000);
    expect(ring(overlay)).not.toBeNull();
    at(4001);
    expect(ring(overlay)).toBeNull();
  });
});

describe('ClickOverlay trail', () => {
  const segments = (overlay: HTMLElement) =>
    overlay.querySelectorAll('.reprise-overlay__trail line');

  it('is off by default', () => {
    const { overlay, at } = renderOverlay();
    at(900);

    expect(segments(overlay)).toHaveLength(0);
  });

  it('joins the pointer positions of the last second', () => {
    const { overlay, at } = renderOverlay({ showTrail: true });

    at(700);
    // Samples at 500, 600 and 700 ms: two segments.
    expect(segments(overlay)).toHaveLength(2);

    at(1000);
    // The click adds a sample at 1000 ms, so five segments end there.
    const lines = segments(overlay);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toHaveAttribute('x2', '-440');
    expect(Number(lines[0]?.getAttribute('stroke-opacity'))).toBeLessThan(
      Number(lines[4]?.getAttribute('stroke-opacity')),
    );

    // The last sample is the click at 3.4 s; a second later it is gone.
    at(3400 + 999);
    expect(segments(overlay).length).toBeGreaterThan(0);
    at(3400 + 1000);
    expect(segments(overlay)).toHaveLength(0);
  });
});

describe('ClickOverlay render cost', () => {
  it('does not re-render on ticks between clicks', () => {
    let renders = 0;
    const { replayer } = renderInPlayer(
      clicksRecording(),
      <Profiler id="overlay" onRender={() => (renders += 1)}>
        <ClickOverlay />
      </Profiler>,
    );
    act(() => replayer.emit({ currentTime: 1700, pointer: { x: 5, y: 5 } }));
    const before = renders;

    for (let time = 1716; time < 2900; time += 16) {
      act(() => replayer.emit({ currentTime: time, pointer: { x: 5, y: 5 } }));
    }

    expect(renders).toBe(before);
  });
});
