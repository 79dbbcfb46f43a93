import { resizeViewport, sharedSteps } from './shared.mjs';

/** Highlighted code: sideways scroll, added snippets, live highlighting. */
export const prismjs = {
  page: 'prismjs.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.hover('#wide');
    await page.mouse.wheel(240, 0);
    await session.checkpoint('code scrolled sideways');

    await page.click('#add-snippet');
    await page.click('#add-snippet');
    await session.checkpoint('snippets added');

    await page.click('#live');
    await page.keyboard.press('End');
    await page.keyboard.type(' // "items" counted', { delay: 15 });
    await session.checkpoint('live code typed');

    await sharedSteps(session);
    await resizeViewport(session);
  },
};
