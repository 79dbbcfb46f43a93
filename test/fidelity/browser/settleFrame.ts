/** Maximum wait for web fonts and images of a replayed frame, in ms. */
const RESOURCE_TIMEOUT = 3000;

/**
 * Waits until a replayed frame can be photographed: its web fonts and
 * images have loaded (or `RESOURCE_TIMEOUT` passed) and the host page has
 * painted twice, with CSS animations finished. `extraMs` adds a fixed wait, for replayers that finish
 * some work (canvas images) after their seek call returns.
 */
export async function settleFrame(doc: Document, extraMs = 0): Promise<void> {
  const images = [...doc.images].filter((image) => !image.complete);
  const loads = images.map(
    (image) =>
      new Promise((resolve) => {
        image.addEventListener('load', resolve, { once: true });
        image.addEventListener('error', resolve, { once: true });
      }),
  );
  const resources = Promise.all([doc.fonts.ready, ...loads]);
  await Promise.race([resources, delay(RESOURCE_TIMEOUT)]);

  if (extraMs > 0) await delay(extraMs);
  finishAnimations(doc);
  await nextFrame();
  await nextFrame();
}

/**
 * Jumps CSS animations and transitions to their end. A rebuilt element
 * starts them afresh, while the user saw them finished because checkpoints
 * wait for the page to settle. Infinite ones cannot finish, so they are
 * cancelled.
 */
function finishAnimations(doc: Document): void {
  for (const animation of doc.getAnimations()) {
    try {
      animation.finish();
    } catch {
      animation.cancel();
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// The host page's frames, not the replay iframe's: a sandboxed frame
// without scripts may never call back.
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
