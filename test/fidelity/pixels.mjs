import fs from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** pixelmatch's per-pixel colour distance threshold (0 to 1). */
export const PIXEL_THRESHOLD = 0.1;

/**
 * Compares two screenshots of the same viewport size. Returns the share
 * of differing pixels (0 to 1) and writes a diff image to `diffPath` when
 * any pixel differs. Screenshots of different sizes differ everywhere.
 */
export async function diffScreenshots(truthPath, replayBuffer, diffPath) {
  const truth = PNG.sync.read(await fs.readFile(truthPath));
  const replay = PNG.sync.read(replayBuffer);
  const { width, height } = truth;

  if (replay.width !== width || replay.height !== height) {
    return {
      share: 1,
      pixels: width * height,
      note: `size ${replay.width}x${replay.height}, expected ${width}x${height}`,
    };
  }

  const diff = new PNG({ width, height });
  const pixels = pixelmatch(truth.data, replay.data, diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (pixels > 0) await fs.writeFile(diffPath, PNG.sync.write(diff));
  return { share: pixels / (width * height), pixels };
}
