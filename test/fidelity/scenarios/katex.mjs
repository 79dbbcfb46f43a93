import { resizeViewport, sharedSteps } from './shared.mjs';

/** Rendered formulas, live rendering while typing, an error message. */
export const katex = {
  page: 'katex.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.click('#tex');
    await page.keyboard.press('End');
    await page.keyboard.type(' + \\frac{1}{x}', { delay: 15 });
    await session.checkpoint('formula typed');

    await page.check('#display');
    await session.checkpoint('display mode');

    await page.click('#tex');
    await page.keyboard.press('End');
    await page.keyboard.type(' + \\sqrt{', { delay: 15 });
    await session.checkpoint('parse error shown');

    await page.keyboard.type('y}', { delay: 15 });
    await sharedSteps(session);
    await resizeViewport(session);
  },
};
