import { resizeViewport, sharedSteps } from './shared.mjs';

/** Typing, bold text, a new list item and a header in a Quill editor. */
export const quill = {
  page: 'quill.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.click('.ql-editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' It replays rich text.', { delay: 15 });
    await session.checkpoint('typed');

    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.click('.ql-bold');
    await session.checkpoint('word made bold');

    await page.click('.ql-editor li >> nth=1');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Show heatmaps', { delay: 15 });
    await session.checkpoint('list item added');

    await page.click('.ql-header .ql-picker-label');
    await session.checkpoint('header picker open');
    await page.click('.ql-header .ql-picker-item[data-value="1"]');
    await session.checkpoint('header applied');

    await page.hover('.ql-editor');
    await page.mouse.wheel(0, 200);
    await session.checkpoint('editor scrolled');

    await sharedSteps(session);
    await resizeViewport(session);
  },
};
