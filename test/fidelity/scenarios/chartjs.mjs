import { resizeViewport, sharedSteps } from './shared.mjs';

/** Bar and doughnut charts on canvases: updates, a tooltip, a resize. */
export const chartjs = {
  page: 'chartjs.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.click('#add-month');
    await page.click('#add-month');
    await session.checkpoint('two months added');

    await page.hover('#sales', { position: { x: 75, y: 220 } });
    await session.checkpoint('tooltip shown');

    await page.click('#kind');
    await session.checkpoint('switched to a line chart');

    await sharedSteps(session);
    await resizeViewport(session);

    await page.click('#change');
    await session.checkpoint('values changed');
  },
};
