import { resizeViewport, sharedSteps } from './shared.mjs';

/** Drags a list item with the mouse, checkpointing in the middle. */
async function drag(session, from, to, label) {
  const { page } = session;
  const start = await page.locator(from).boundingBox();
  const end = await page.locator(to).boundingBox();
  if (!start || !end) throw new Error(`Cannot drag ${from} to ${to}.`);

  await page.mouse.move(start.x + 20, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 24, start.y + start.height / 2 + 8, {
    steps: 4,
  });
  await page.mouse.move(end.x + 30, end.y + end.height * 0.75, { steps: 16 });
  await session.checkpoint(`${label}: dragging`);
  await page.mouse.up();
  await session.checkpoint(`${label}: dropped`);
}

/** Two SortableJS lists: a reorder and a move between lists. */
export const sortablejs = {
  page: 'sortablejs.html',
  async run(session) {
    await session.checkpoint('loaded');
    await drag(
      session,
      '#backlog li >> nth=0',
      '#backlog li >> nth=3',
      'reorder',
    );
    await drag(session, '#backlog li >> nth=1', '#sprint li >> nth=1', 'move');
    await sharedSteps(session);
    await resizeViewport(session);
    await session.page.mouse.wheel(0, -2000);
    // Let the smooth scroll end before measuring where the items are.
    await session.page.waitForTimeout(500);
    await drag(session, '#sprint li >> nth=0', '#backlog li >> nth=0', 'back');
  },
};
