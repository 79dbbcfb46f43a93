import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import chalkIdleGap from '../test/fixtures/recordings/chalk-session-30497eae.json?url';
import posthogDocs from '../test/fixtures/recordings/posthog-com-docs.json?url';
import posthogPageviews from '../test/fixtures/recordings/posthog-localhost-with-pageviews.json?url';

/** Fetches a bundled recording before the story renders. */
const recordingLoader = (url: string) => async () => ({
  events: (await (await fetch(url)).json()) as unknown,
});

const meta = {
  title: 'Player/Timeline',
  component: ReplayPlayer,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
  args: { events: [] },
  render: (args, { loaded }) => (
    <ReplayPlayer {...args} events={loaded.events} />
  ),
} satisfies Meta<typeof ReplayPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the engine, then returns the marker toolbar. */
async function markerToolbar(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const play = await canvas.findByRole(
    'button',
    { name: 'Play' },
    { timeout: 20_000 },
  );
  await waitFor(() => expect(play).toBeEnabled(), { timeout: 20_000 });
  return canvas.findByRole('toolbar', { name: 'Markers' });
}

/**
 * posthog.com docs, 27 min: clicks, rage and dead clicks and navigations
 * above the activity graph. Hovering a marker describes it; a group
 * lists its markers and choosing one seeks there.
 */
export const MarkersAndActivity: Story = {
  loaders: [recordingLoader(posthogDocs)],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const toolbar = await markerToolbar(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Seek' });

    await step('the activity graph is drawn', async () => {
      const area = canvasElement.querySelector(
        '.reprise-timeline__interactions',
      );
      await expect(area?.getAttribute('d')).toMatch(/^M0 100L/);
    });

    await step('hovering a marker describes it', async () => {
      const single = within(toolbar)
        .getAllByRole('button')
        .find(
          (button) =>
            !/ markers /.test(button.getAttribute('aria-label') ?? ''),
        );
      const name = single?.getAttribute('aria-label') ?? '';
      const [, kind, time] = /^(.+) at (\d+:\d\d): /.exec(name) ?? [];
      await userEvent.hover(single as HTMLElement);
      const tooltip = await page.findByRole('tooltip');
      await expect(tooltip).toHaveTextContent(kind as string);
      await expect(tooltip).toHaveTextContent(time as string);
      await expect(single).toHaveAttribute('aria-describedby', tooltip.id);
      await userEvent.unhover(single as HTMLElement);
    });

    await step('a group lists its markers; one seeks', async () => {
      const [group] = within(toolbar).getAllByRole('button', {
        name: /^\d+ markers (at|from) /,
      });
      await userEvent.click(group as HTMLElement);
      const dialog = await page.findByRole('dialog');
      const items = within(dialog).getAllByRole('button');
      await expect(items.length).toBeGreaterThan(1);

      const last = items.at(-1) as HTMLElement;
      const time = /at (\d+):(\d\d)/.exec(
        last.getAttribute('aria-label') ?? '',
      );
      await userEvent.click(last);
      const seconds = Number(time?.[1]) * 60 + Number(time?.[2]);
      await waitFor(() =>
        expect(
          Math.floor(Number(slider.getAttribute('aria-valuenow')) / 1000),
        ).toBe(seconds),
      );
      await expect(page.queryByRole('dialog')).toBeNull();
    });
  },
};

/** chalk, 1.7 h with a 98 min idle gap, hatched as skipped. */
export const SkippedIdleGap: Story = {
  loaders: [recordingLoader(chalkIdleGap)],
  play: async ({ canvasElement }) => {
    await markerToolbar(canvasElement);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('switch', { name: 'Skip inactivity' }),
    ).toBeChecked();
    await expect(canvas.getAllByText('skipped').length).toBeGreaterThan(0);

    const toggle = canvas.getByRole('switch');
    await userEvent.click(toggle);
    await expect(toggle).not.toBeChecked();
    await expect(canvas.queryByText('skipped')).toBeNull();

    await userEvent.click(toggle);
    await expect(toggle).toBeChecked();
    await expect(canvas.getAllByText('skipped').length).toBeGreaterThan(0);
  },
};

/** A local PostHog build with nine `$pageview` custom events. */
export const CustomEvents: Story = {
  loaders: [recordingLoader(posthogPageviews)],
  play: async ({ canvasElement }) => {
    const toolbar = await markerToolbar(canvasElement);
    const [custom] = within(toolbar).getAllByRole('button', {
      name: /^Custom event at 0:\d\d: \$pageview$/,
    });
    custom?.focus();
    const tooltip = await within(canvasElement.ownerDocument.body).findByRole(
      'tooltip',
    );
    await expect(tooltip).toHaveTextContent('$pageview');
  },
};
