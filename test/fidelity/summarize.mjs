import { MISMATCH_KINDS } from './compare.mjs';

/** Goal: every node matched and at most this share of pixels differing. */
export const PIXEL_GOAL = 0.001;

/**
 * Sums up one engine's checkpoints of one app: node match shares, mismatch
 * counts by kind (added over checkpoints), the largest share of differing
 * pixels and how many checkpoints meet the goal.
 */
export function summarizeEngine(checkpoints) {
  const shares = checkpoints.map((checkpoint) => checkpoint.dom.share);
  const counts = Object.fromEntries(MISMATCH_KINDS.map((kind) => [kind, 0]));
  for (const checkpoint of checkpoints) {
    for (const kind of MISMATCH_KINDS)
      counts[kind] += checkpoint.dom.counts[kind];
  }

  let worst = checkpoints[0];
  for (const checkpoint of checkpoints) {
    if (checkpoint.pixels.share > worst.pixels.share) worst = checkpoint;
  }

  return {
    checkpoints: checkpoints.length,
    minShare: Math.min(...shares),
    meanShare: shares.reduce((sum, share) => sum + share, 0) / shares.length,
    counts,
    maxPixels: worst?.pixels.share ?? 0,
    worstCheckpoint: worst?.n,
    atGoal: checkpoints.filter(meetsGoal).length,
  };
}

export function meetsGoal(checkpoint) {
  return checkpoint.dom.share === 1 && checkpoint.pixels.share <= PIXEL_GOAL;
}

/** "attribute 3, canvas 10" for the kinds that occurred, or "none". */
export function formatCounts(counts) {
  const parts = MISMATCH_KINDS.filter((kind) => counts[kind] > 0).map(
    (kind) => `${kind} ${counts[kind]}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Formats a share (0 to 1) as a percentage that can show 99.99%. */
export function formatShare(share) {
  if (share === 1) return '100%';
  return `${(Math.floor(share * 10000) / 100).toFixed(2)}%`;
}

/** Formats a pixel share as a percentage with three decimals. */
export function formatPixels(share) {
  return `${(share * 100).toFixed(3)}%`;
}
