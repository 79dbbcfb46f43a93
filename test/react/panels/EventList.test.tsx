import { act, fireEvent, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../../src/react/panels';
import { custom } from '../../insights/build';
import {
  eventsRecording,
  generatedRecording,
  quietRecording,
} from './fixtures';
import { mockListLayout, wheelScroll } from './mockLayout';
import { renderInPlayer } from './renderInPlayer';

mockListLayout();

const list = () => within(screen.getByRole('list', { name: 'Events' }));
const rows = () => list().getAllByRole('button');

describe('EventList rows', () => {
  it('lists every insight with its kind, time and label', () => {
    renderInPlayer(eventsRecording(), <EventList />);

    expect(screen.getByRole('region', { name: 'Events' })).toBeVisible();
    expect(rows()[0]).toHaveAccessibleName(
      'Click 0:01.0 Click on button "Save"',
    );
    expect(
      list().getByRole('button', { name: /^Rage click 0:03\.0 Rage click/ }),
    ).toBeVisible();
    expect(
      list().getByRole('button', { name: /^Console error 0:05\.0 Cannot/ }),
    ).toBeVisible();
    expect(
      list().getByRole('button', { name: /^Failed request 0:06\.0 POST/ }),
    ).toHaveTextContent('POST https://api.test/save (HTTP 500)');
    expect(
      list().getByRole('button', { name: /^Custom event 0:07\.0 checkout/ }),
    ).toBeVisible();
  });

  it('shows why a click was flagged', () => {
    renderInPlayer(eventsRecording(), <EventList />);

    const rage = list().getByRole('button', { name: /^Rage click/ });
    expect(rage).toHaveAccessibleDescription(
      /^3 clicks on div "Static" in 400 ms/,
    );
    expect(rage).toHaveTextContent('3 clicks on div "Static" in 400 ms');
    const dead = list().getAllByRole('button', { name: /^Dead click/ });
    expect(dead).toHaveLength(3);
    expect(dead[0]).toHaveTextContent(/No DOM change.*within 2500 ms/);
    const errors = list().getAllByRole('button', { name: /^Error click/ });
    expect(errors[0]).toHaveTextContent(
      /"Cannot save" 2\.0 s after the click on div "Static"/,
    );
  });

  it('says so when the recording has nothing to list', () => {
    renderInPlayer(quietRecording(), <EventList />);

    expect(screen.getByText('No events in this recording')).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('EventList kind filters', () => {
  it('hides and shows a kind with its toggle', () => {
    renderInPlayer(eventsRecording(), <EventList />);
    const kinds = screen.getByRole('group', { name: 'Kinds' });
    const clicks = within(kinds).getByRole('button', { name: 'Clicks 4' });
    expect(clicks).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(clicks);

    expect(clicks).toHaveAttribute('aria-pressed', 'false');
    expect(list().queryByRole('button', { name: /^Click / })).toBeNull();
    expect(list().getByRole('button', { name: /^Rage click/ })).toBeVisible();

    fireEvent.click(clicks);
    expect(list().getAllByRole('button', { name: /^Click / })).toHaveLength(4);
  });

  it('starts with `hiddenKinds` off and says when all are hidden', () => {
    renderInPlayer(
      generatedRecording(2, (i) => custom(100 * i, 'tag', null), 1000),
      <EventList hiddenKinds={['custom']} />,
    );

    expect(
      screen.getByRole('button', { name: 'Custom events 2' }),
    ).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('No events of the chosen kinds')).toBeVisible();
  });
});

describe('EventList and the playhead', () => {
  it('seeks to a chosen row', () => {
    const { replayer } = renderInPlayer(eventsRecording(), <EventList />);

    fireEvent.click(list().getByRole('button', { name: /^Failed request/ }));

    expect(replayer.seek).toHaveBeenCalledWith(6000);
  });

  it('marks the last row at or before the playhead', () => {
    const { replayer } = renderInPlayer(eventsRecording(), <EventList />);
    const current = () => screen.queryByRole('button', { current: true });
    expect(current()).toBeNull();

    act(() => replayer.emit({ currentTime: 5500 }));
    expect(current()).toHaveAccessibleName(/^Console error 0:05\.0/);

    act(() => replayer.emit({ currentTime: 1000 }));
    expect(current()).toHaveAccessibleName(/^Click 0:01\.0/);
  });

  it('re-renders only when the current row changes', () => {
    let renders = 0;
    const { replayer } = renderInPlayer(
      eventsRecording(),
      <Profiler id="events" onRender={() => (renders += 1)}>
        <EventList />
      </Profiler>,
    );
    act(() => replayer.emit({ currentTime: 1000 }));
    const before = renders;

    for (let time = 1016; time < 2900; time += 16) {
      act(() => replayer.emit({ currentTime: time }));
    }
    expect(renders).toBe(before);

    act(() => replayer.emit({ currentTime: 3000 }));
    expect(renders).toBeGreaterThan(before);
  });
});

describe('EventList keys', () => {
  it('moves focus between rows with the arrow keys and stops following', () => {
    renderInPlayer(eventsRecording(), <EventList />);
    const [first, second] = rows();
    first?.focus();

    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(second).toHaveFocus();
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' });
    expect(first).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('EventList with 10,000 rows', () => {
  const many = () =>
    generatedRecording(
      10_000,
      (i) => custom(10 * i, `tag ${i}`, null),
      100_010,
    );

  it('renders only the rows in view', () => {
    renderInPlayer(many(), <EventList />);

    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    expect(
      screen.getByRole('button', { name: 'Custom events 10000' }),
    ).toBeVisible();
  });

  it('follows the playhead until the list is scrolled away', () => {
    const { replayer } = renderInPlayer(many(), <EventList />);
    const follow = screen.getByRole('button', { name: 'Follow' });
    expect(follow).toHaveAttribute('aria-pressed', 'true');

    act(() => replayer.emit({ currentTime: 80_005 }));
    expect(screen.getByRole('button', { current: true })).toHaveTextContent(
      'tag 8000',
    );

    wheelScroll(screen.getByRole('list', { name: 'Events' }), 0);
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    act(() => replayer.emit({ currentTime: 50_000 }));
    expect(screen.queryByRole('button', { current: true })).toBeNull();
    expect(rows()[0]).toHaveTextContent('tag 0');

    fireEvent.click(follow);
    expect(screen.getByRole('button', { current: true })).toHaveTextContent(
      'tag 5000',
    );
  });
});
