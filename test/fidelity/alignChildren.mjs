/** Above this many cells the alignment falls back to pairing by position. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * Aligns two lists of sibling nodes. The longest common subsequence of
 * keys (tag plus id) anchors the alignment. Between two anchors, nodes
 * left over on both sides are paired in order, even when their tags
 * differ. The rest are missing (truth only) or extra (replay only).
 *
 * Returns steps in document order: `{ truth, replay, truthIndex,
 * replayIndex }`, where a side is undefined for a missing or extra node.
 */
export function alignChildren(truthList, replayList) {
  const anchors = commonSubsequence(truthList.map(key), replayList.map(key));
  const steps = [];
  let t = 0;
  let r = 0;

  for (const [anchorT, anchorR] of [
    ...anchors,
    [truthList.length, replayList.length],
  ]) {
    while (t < anchorT && r < anchorR) steps.push(step(t++, r++));
    while (t < anchorT) steps.push(step(t++, undefined));
    while (r < anchorR) steps.push(step(undefined, r++));
    if (anchorT < truthList.length) steps.push(step(t++, r++));
  }
  return steps;

  function step(truthIndex, replayIndex) {
    return {
      truth: truthIndex === undefined ? undefined : truthList[truthIndex],
      replay: replayIndex === undefined ? undefined : replayList[replayIndex],
      truthIndex,
      replayIndex,
    };
  }
}

function key(node) {
  const id = node.attrs?.id;
  return id ? `${node.tag}#${id}` : node.tag;
}

/** Index pairs of a longest common subsequence, in order. */
function commonSubsequence(a, b) {
  if (a.length * b.length > MAX_TABLE_CELLS) return [];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);

  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }

  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}
