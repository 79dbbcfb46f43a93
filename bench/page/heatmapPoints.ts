/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Makes `count` points over a `width` x `height` page: 85% in 40 normal
 * clusters (buttons, links, fields) and 15% spread evenly, like clicks
 * and movement on a real page. Same seed, same points.
 */
export function makePoints(count: number, width: number, height: number) {
  const next = random(42);
  const gaussian = () => {
    const u = Math.max(next(), 1e-9);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const clusters = Array.from({ length: 40 }, () => ({
    x: next() * width,
    y: next() * height,
    spread: 5 + next() * 40,
  }));
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);

  for (let i = 0; i < count; i++) {
    if (next() < 0.15) {
      xs[i] = next() * width;
      ys[i] = next() * height;
      continue;
    }
    const cluster = clusters[Math.floor(next() * clusters.length)]!;
    xs[i] = Math.min(
      width - 1,
      Math.max(0, cluster.x + gaussian() * cluster.spread),
    );
    ys[i] = Math.min(
      height - 1,
      Math.max(0, cluster.y + gaussian() * cluster.spread),
    );
  }
  return { xs, ys };
}
