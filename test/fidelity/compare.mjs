import { alignChildren } from './alignChildren.mjs';

/** Kinds of mismatch, in report order. */
export const MISMATCH_KINDS = [
  'missing',
  'extra',
  'tag',
  'attribute',
  'text',
  'value',
  'checked',
  'scroll',
  'canvas',
  'css',
  'modal',
];

/** Maximum samples per kind and checkpoint, for the diff files. */
const MAX_SAMPLES = 25;

/**
 * Compares a replayed document description with the ground truth, node by
 * node. A truth node is matched when the replay has a node at the same
 * place with the same tag and the same fields. The share of nodes matched
 * is matched / (truth nodes + extra replay nodes), so both missing and
 * extra nodes lower it. Missing and extra counts include descendants.
 */
export function compareDescriptions(truth, replay) {
  const tally = {
    truthNodes: 0,
    extraNodes: 0,
    matched: 0,
    counts: Object.fromEntries(MISMATCH_KINDS.map((kind) => [kind, 0])),
    samples: [],
  };

  if (truth.root && replay.root) {
    compareNode(truth.root, replay.root, 'html', tally);
  } else if (truth.root) {
    addMissing(truth.root, 'html', tally);
  }

  const total = tally.truthNodes + tally.extraNodes;
  const { counts, samples, matched } = tally;
  return {
    share: total === 0 ? 1 : matched / total,
    matched,
    total,
    counts,
    samples,
  };
}

function note(tally, kind, path, detail, size = 1) {
  tally.counts[kind] += size;
  const sampled = tally.samples.filter((sample) => sample.kind === kind).length;
  if (sampled < MAX_SAMPLES) tally.samples.push({ kind, path, ...detail });
}

function compareNode(truth, replay, path, tally) {
  tally.truthNodes += 1;
  let same = true;

  if (truth.tag !== replay.tag) {
    note(tally, 'tag', path, { truth: truth.tag, replay: replay.tag });
    same = false;
  }
  for (const [kind, truthValue, replayValue] of fieldsOf(truth, replay)) {
    if (equal(truthValue, replayValue)) continue;
    note(tally, kind, path, describeDifference(kind, truthValue, replayValue));
    same = false;
  }
  if (same) tally.matched += 1;

  compareChildren(truth.children ?? [], replay.children ?? [], path, tally);
}

function fieldsOf(truth, replay) {
  return [
    ['attribute', truth.attrs ?? {}, replay.attrs ?? {}],
    ['text', truth.text, replay.text],
    ['value', truth.value, replay.value],
    ['checked', truth.checked, replay.checked],
    ['scroll', truth.scroll ?? [0, 0], replay.scroll ?? [0, 0]],
    ['canvas', truth.canvas, replay.canvas],
    ['css', truth.css, replay.css],
    ['modal', truth.modal, replay.modal],
  ];
}

function equal(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Picks the part of two differing values worth reading in a diff file. */
function describeDifference(kind, truth, replay) {
  if (kind === 'attribute') {
    const names = new Set([...Object.keys(truth), ...Object.keys(replay)]);
    const differing = [...names].filter((name) => truth[name] !== replay[name]);
    return {
      truth: pick(truth, differing),
      replay: pick(replay, differing),
    };
  }
  if (kind === 'css') {
    const index = truth.findIndex((rule, at) => rule !== replay[at]);
    return {
      rules: [truth.length, replay.length],
      truth: truth[index] ?? null,
      replay: replay[index] ?? null,
    };
  }
  return { truth: truth ?? null, replay: replay ?? null };
}

function pick(object, names) {
  return Object.fromEntries(names.map((name) => [name, object[name] ?? null]));
}

function compareChildren(truthList, replayList, parentPath, tally) {
  const steps = alignChildren(truthList, replayList);
  for (const { truth, replay, truthIndex, replayIndex } of steps) {
    const node = truth ?? replay;
    const path = `${parentPath} > ${label(node, truthIndex ?? replayIndex)}`;
    if (truth && replay) compareNode(truth, replay, path, tally);
    else if (truth) addMissing(truth, path, tally);
    else addExtra(replay, path, tally);
  }
}

function addMissing(node, path, tally) {
  const size = subtreeSize(node);
  tally.truthNodes += size;
  note(tally, 'missing', path, { node: summary(node) }, size);
}

function addExtra(node, path, tally) {
  const size = subtreeSize(node);
  tally.extraNodes += size;
  note(tally, 'extra', path, { node: summary(node) }, size);
}

function subtreeSize(node) {
  let size = 1;
  for (const child of node.children ?? []) size += subtreeSize(child);
  return size;
}

function summary(node) {
  const { children, css, ...own } = node;
  return { ...own, children: children?.length ?? 0, cssRules: css?.length };
}

/** Names a path step for people: tag, id or first class, position. */
function label(node, index) {
  const id = node.attrs?.id;
  if (id) return `${node.tag}#${id}`;
  const className = node.attrs?.class?.split(' ')[0];
  const suffix = className ? `.${className}` : '';
  return `${node.tag}${suffix}[${index}]`;
}
