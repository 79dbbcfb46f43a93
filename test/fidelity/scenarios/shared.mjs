/**
 * Steps every app's session runs on the parts the pages share (see
 * `apps/common.js`): form fields, an inner scrolling element, the modal
 * dialog, window scrolling and a viewport resize. Each step ends with a
 * checkpoint.
 */

/** Viewport of every recording before the resize, in CSS pixels. */
export const START_VIEWPORT = { width: 1024, height: 720 };

/** Viewport after `resizeViewport`. */
export const RESIZED_VIEWPORT = { width: 860, height: 640 };

export async function fillForm(session) {
  const { page } = session;
  await page.click('#name');
  await page.keyboard.type('Ada Lovelace', { delay: 15 });
  await page.check('#agree');
  await page.check('#size-l');
  await page.selectOption('#plan', 'team');
  await page.click('#notes');
  await page.keyboard.press('End');
  await page.keyboard.type(', then more', { delay: 15 });
  await session.checkpoint('form filled');
}

export async function scrollInner(session) {
  const { page } = session;
  await page.hover('#scroller');
  await page.mouse.wheel(0, 320);
  await page.mouse.wheel(90, 0);
  await session.checkpoint('inner element scrolled');
}

export async function useModal(session) {
  const { page } = session;
  await page.click('#open-modal');
  await page.click('#modal-input');
  await page.keyboard.type('Checking', { delay: 15 });
  await session.checkpoint('modal open');
  await page.click('#modal-close');
  await session.checkpoint('modal closed');
}

export async function scrollWindow(session, deltaY) {
  const { page } = session;
  await page.mouse.move(600, 300);
  await page.mouse.wheel(0, deltaY);
  await session.checkpoint(`window scrolled by ${deltaY}`);
}

export async function resizeViewport(session) {
  await session.page.setViewportSize(RESIZED_VIEWPORT);
  await session.checkpoint('viewport resized');
}

/** Runs the shared steps in their usual order. */
export async function sharedSteps(session) {
  await fillForm(session);
  await scrollInner(session);
  await useModal(session);
  await scrollWindow(session, 600);
}
