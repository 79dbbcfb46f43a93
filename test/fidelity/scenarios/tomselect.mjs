import { resizeViewport, sharedSteps } from './shared.mjs';

/** A single select with search and a multi select with removable tags. */
export const tomselect = {
  page: 'tomselect.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.click('#fruit-ts-control');
    await session.checkpoint('dropdown open');

    await page.keyboard.type('ap', { delay: 30 });
    await session.checkpoint('options filtered');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await session.checkpoint('option chosen');

    await page.click('#tags-ts-control');
    await page.click('.ts-dropdown .option[data-value="organic"]');
    await page.keyboard.type('vegan', { delay: 30 });
    await page.keyboard.press('Enter');
    await session.checkpoint('tags added');

    await page.keyboard.press('Escape');
    await page.click('.item[data-value="fresh"] .remove');
    await session.checkpoint('tag removed');

    await sharedSteps(session);
    await resizeViewport(session);
  },
};
