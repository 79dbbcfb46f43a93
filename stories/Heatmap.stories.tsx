import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import {
  Heatmap,
  HeatmapExportButton,
  HeatmapLegend,
  TopElements,
} from '../src/react/heatmap';
import type { HeatmapProps } from '../src/react/heatmap';
import { heatmapLoader } from './support/heatmapLoader';
import type { HeatmapStoryData } from './support/heatmapLoader';
import { HeatmapStage } from './support/HeatmapStage';

type StoryArgs = Omit<HeatmapProps, 'rows' | 'background'>;

const PRICING = [
  'reprise-pricing-375',
  'reprise-pricing-768',
  'reprise-pricing-1280',
] as const;

const meta = {
  title: 'Heatmap/Heatmap',
  loaders: [heatmapLoader(PRICING, 'reprise-pricing-1280')],
  args: {
    mode: 'click',
    radius: 20,
    blur: 0.85,
    palette: 'turbo',
    scale: 'linear',
    bucket: null,
  },
  argTypes: {
    mode: {
      control: 'select',
      options: ['click', 'move', 'scroll', 'rage', 'dead'],
    },
    palette: {
      control: 'select',
      options: ['turbo', 'inferno', 'magma', 'viridis', 'ylOrRd', 'blues'],
    },
    scale: {
      control: 'inline-radio',
      options: ['linear', 'log', 'percentile'],
    },
    radius: { control: { type: 'range', min: 4, max: 80, step: 2 } },
    blur: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
  render: (args, { loaded }) => {
    const { data, background } = loaded.heatmap as HeatmapStoryData;
    return (
      <Heatmap {...args} rows={data.rows} background={background}>
        <HeatmapStage
          stats={data.stats}
          side={
            <>
              <HeatmapExportButton />
              <TopElements limit={8} />
            </>
          }
        >
          <HeatmapLegend />
        </HeatmapStage>
      </Heatmap>
    );
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the frame and returns the heatmap canvas. */
async function waitForHeatmap(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  return canvas.findByRole(
    'img',
    { name: /heatmap|map of/i },
    { timeout: 20_000 },
  );
}

/**
 * Reads the legend's tick values, checks that none is above `total` (a
 * count per square cannot exceed the points there are) and returns the
 * top one.
 */
async function expectLegendAtMost(canvasElement: HTMLElement, total: number) {
  const legend = within(canvasElement).getByRole('figure');
  const ticks = Array.from(
    legend.querySelectorAll('.reprise-heatmap-legend__ticks span'),
    (tick) => Number.parseFloat(tick.textContent ?? ''),
  );
  await expect(ticks.length).toBeGreaterThan(1);
  const top = Math.max(...ticks);
  await expect(top).toBeGreaterThan(0);
  await expect(top).toBeLessThanOrEqual(total);
  return top;
}

/**
 * The pricing page recorded at 375, 768 and 1280 px (made by this
 * project), every width drawn on the 1280 px layout: each click was
 * anchored to its element and lands on that element here.
 */
export const ClicksAcrossWidths: Story = {
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(/all widths: 24 clicks/);

    const list = within(canvasElement).getByRole('list', {
      name: 'Top elements by clicks',
    });
    const items = within(list).getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('div.guide:nth-of-type(3)');
    await expect(items[0]).toHaveTextContent('12 (50.0%)');
    await expect(list).toHaveTextContent('#signup6 (25.0%)');
    await expect(within(canvasElement).getByRole('figure')).toHaveTextContent(
      'clicks per 40 px square',
    );
    // The busiest element has 12 clicks, so no 40 px square has more,
    // on the first screen or scrolled down to the busiest element.
    await expectLegendAtMost(canvasElement, 12);
    within(canvasElement).getByRole('group').focus();
    await userEvent.keyboard('{End}');
    const frame = canvasElement.querySelector('iframe')!;
    await waitFor(() =>
      expect(frame.contentWindow!.scrollY).toBeGreaterThan(0),
    );
    await expectLegendAtMost(canvasElement, 12);
  },
};

/** Hovering over the sign-up button shows its count and selector. */
export const HoverReadout: Story = {
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    const layer = image.parentElement!;
    const frame = canvasElement.querySelector('iframe')!;
    const button = frame
      .contentDocument!.querySelector('#signup')!
      .getBoundingClientRect();
    const bounds = layer.getBoundingClientRect();
    const scale = bounds.width / frame.offsetWidth;

    fireEvent.pointerMove(layer, {
      clientX: bounds.left + (button.left + button.width / 2) * scale,
      clientY: bounds.top + (button.top + button.height / 2) * scale,
    });

    const tooltip = await within(canvasElement.ownerDocument.body).findByRole(
      'tooltip',
    );
    // The two counts cover different areas, so each line names its area.
    // A bare "0 clicks within 20 px" over "#signup: 6" is a contradiction.
    const [near, ...elements] = Array.from(
      tooltip.children,
      (line) => line.textContent ?? '',
    );
    await expect(near).toMatch(/^\d+ clicks within 20 px of the pointer$/);
    await expect(elements).toContain('#signup: 6 clicks on the element');
  },
};

/** Hovering a list item outlines the element and explains the count. */
export const TopElementTooltip: Story = {
  play: async ({ canvasElement }) => {
    await waitForHeatmap(canvasElement);
    const list = within(canvasElement).getByRole('list', {
      name: 'Top elements by clicks',
    });

    await userEvent.hover(
      within(list).getByRole('button', { name: /#signup/ }),
    );

    const tooltip = await within(canvasElement.ownerDocument.body).findByRole(
      'tooltip',
    );
    await expect(tooltip).toHaveTextContent(
      '6 clicks, 25.0% of all clicks here',
    );
    await waitFor(() =>
      expect(
        canvasElement.querySelector('.reprise-heatmap__highlight'),
      ).not.toBeNull(),
    );
  },
};

/** Only the 375 px sessions, still on the 1280 px layout. */
export const PhoneBucketOnly: Story = {
  args: { bucket: '0-767' },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(/0-767 px: 8 clicks/);
  },
};

/** Pointer movement, from every mouse-move sample. */
export const Movement: Story = {
  args: { mode: 'move', bucket: '1024-1439', radius: 30 },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(
      /Movement heatmap .* pointer samples/,
    );
  },
};

/** Share of sessions that reached each depth, and the average fold. */
export const ScrollDepth: Story = {
  args: { mode: 'scroll' },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(/Scroll-depth map .* 3 sessions/);
    await expect(within(canvasElement).getByRole('figure')).toHaveTextContent(
      'Sessions that reached the depth',
    );

    // End scrolls the page frame to its bottom, where fewer sessions got.
    const layer = within(canvasElement).getByRole('group');
    layer.focus();
    await userEvent.keyboard('{End}');
    const frame = canvasElement.querySelector('iframe')!;
    await waitFor(() =>
      expect(frame.contentWindow!.scrollY).toBeGreaterThan(0),
    );
  },
};

/** The burst of four clicks on a guide tile, at every width. */
export const RageClicks: Story = {
  args: { mode: 'rage', palette: 'inferno' },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(/12 rage clicks/);
    // The burst is below the first screen, so the legend names it there
    // and keeps the page's scale, which cannot exceed the 12 rage clicks.
    const legend = within(canvasElement).getByRole('figure');
    await waitFor(() =>
      expect(legend).toHaveTextContent(
        '12 rage clicks below the visible area: scroll to see them',
      ),
    );
    await expectLegendAtMost(canvasElement, 12);
  },
};

/** Clicks the page did not react to: the headline and the guide tile. */
export const DeadClicks: Story = {
  args: { mode: 'dead', palette: 'magma' },
  play: async ({ canvasElement }) => {
    await waitForHeatmap(canvasElement);
    const list = within(canvasElement).getByRole('list', {
      name: 'Top elements by dead clicks',
    });
    await expect(list).toHaveTextContent('#headline');
    await expectLegendAtMost(canvasElement, 3);
  },
};

/** The PNG export: heatmap layer with a legend strip. */
export const ExportPng: Story = {
  play: async ({ canvasElement, args }) => {
    await waitForHeatmap(canvasElement);
    await expect(args.mode).toBe('click');
    await expect(
      within(canvasElement).getByRole('button', { name: 'Export PNG' }),
    ).toBeEnabled();
  },
};

/**
 * Real sessions of one React Native Web app (chalk) recorded at 1001,
 * 1280 and 1470 px on three hosts, keyed by path alone, on the 1280 px
 * session's frame at 6 s.
 */
export const ChalkAcrossWidths: Story = {
  loaders: [
    heatmapLoader(
      [
        'chalk-session-25131bfa',
        'chalk-session-08463d03',
        'chalk-session-e1e2280b',
        'chalk-session-30497eae',
      ],
      'chalk-session-25131bfa',
      { normalizeUrl: { keepOrigin: false } },
    ),
  ],
  args: { scale: 'log', normalizeUrl: { keepOrigin: false }, frameTime: 6000 },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(
      /Click heatmap of \/, all widths: \d+ clicks/,
    );
    await expect(
      within(canvasElement).getByRole('list', {
        name: 'Top elements by clicks',
      }),
    ).toBeVisible();
  },
};

/** posthog.com at 1920 px: how far the homepage was read. */
export const PosthogScrollDepth: Story = {
  loaders: [heatmapLoader(['posthog-com-homepage'], 'posthog-com-homepage')],
  args: { mode: 'scroll', bucket: undefined },
  play: async ({ canvasElement }) => {
    const image = await waitForHeatmap(canvasElement);
    await expect(image).toHaveAccessibleName(
      /Scroll-depth map of https:\/\/posthog.com\/, 1440\+ px: 1 sessions/,
    );
  },
};
