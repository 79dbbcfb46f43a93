import { resizeViewport, sharedSteps } from './shared.mjs';

const OPEN = '.flatpickr-calendar.open';

/** A date popup, a time popup and an inline range calendar. */
export const flatpickr = {
  page: 'flatpickr.html',
  async run(session) {
    const { page } = session;
    await session.checkpoint('loaded');

    await page.click('#arrival');
    await session.checkpoint('date popup open');

    await page
      .locator(`${OPEN} .flatpickr-day:not(.prevMonthDay)`, { hasText: /^20$/ })
      .click();
    await session.checkpoint('date picked');

    await page.click('#arrival');
    await page.click(`${OPEN} .flatpickr-next-month`);
    await session.checkpoint('next month shown');
    await page.keyboard.press('Escape');

    await page.click('#time');
    await page.click(`${OPEN} .arrowUp >> nth=0`);
    await page.click(`${OPEN} .arrowUp >> nth=0`);
    await session.checkpoint('time popup open');
    await page.keyboard.press('Escape');

    const range =
      '#range + .flatpickr-calendar .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)';
    await page.locator(range, { hasText: /^13$/ }).click();
    await page.locator(range, { hasText: /^17$/ }).click();
    await session.checkpoint('range picked');

    await sharedSteps(session);
    await resizeViewport(session);
  },
};
