import { version } from 'react';
import { afterEach, expect, inject, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ReplayPlayer } from '../../src/react/ReplayPlayer';
import { fetchRecording } from '../support/recordings';

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
});

test('runs on the React version the project names', () => {
  expect(version.split('.')[0]).toBe(String(inject('reactMajor')));
});

test('player replays a real recording and seeks from the keyboard', async () => {
  const events = await fetchRecording('demoit-react-hooks');
  const screen = await render(
    <div style={{ width: 960 }}>
      <ReplayPlayer events={events} panels />
    </div>,
  );
  unmount = screen.unmount;

  const play = screen.getByRole('button', { name: 'Play' });
  await expect.element(play, { timeout: 20_000 }).toBeEnabled();

  const frame = screen.container.querySelector('iframe');
  expect(frame?.contentDocument?.body.childElementCount).toBeGreaterThan(0);

  const slider = screen.getByRole('slider', { name: 'Seek' });
  const time = () => Number(slider.element().getAttribute('aria-valuenow'));

  await play.click();
  await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(500);
  await screen.getByRole('button', { name: 'Pause' }).click();

  const paused = time();
  await slider.click({ position: { x: 2, y: 2 } });
  await userEvent.keyboard('{End}');
  await expect.poll(time).toBeGreaterThan(paused);
  await expect
    .element(screen.getByRole('tab', { name: /Console/ }))
    .toBeVisible();
});
