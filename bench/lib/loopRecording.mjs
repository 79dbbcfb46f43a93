import { buildRestore } from './buildRestore.mjs';
import { DomModel } from './domModel.mjs';
import { IdRemapper } from './IdRemapper.mjs';
import { MutationTicker } from './MutationTicker.mjs';
import { randomInt } from './random.mjs';

const FULL_SNAPSHOT = 2;
const INCREMENTAL = 3;
/** Pause between a loop's last event and the Mutation that restores. */
const RESTORE_DELAY_MS = 400;
/** Pause between the restore and the next loop. */
const LOOP_GAP_MS = 1_000;
/** The ticker starts this long after the full snapshot. */
const TICKER_DELAY_MS = 1_000;

/**
 * @typedef {object} LoopOptions
 * @property {number} durationMs length of the generated recording
 * @property {() => number} random seeded source of randomness
 * @property {number} idleChance chance, per loop, of an idle gap after it
 * @property {[number, number]} idleRangeMs idle gap length, min and max
 * @property {import('./MutationTicker.mjs').TickerOptions} [ticker]
 *   extra attribute and text mutations, from 1 s after the snapshot on
 */

/**
 * Builds a long recording from a real one by replaying its incremental
 * events in a loop after its full snapshot. Each loop gets fresh ids for
 * the nodes it adds and ends with a Mutation that restores the snapshot's
 * DOM. The document so stays the size of the original, and every id that
 * an event names exists when the event is applied.
 *
 * @param {any[]} base events of a recording with exactly one full snapshot
 * @param {LoopOptions} options
 */
export function loopRecording(base, options) {
  const snapshotIndex = base.findIndex((e) => e.type === FULL_SNAPSHOT);
  const snapshots = base.filter((e) => e.type === FULL_SNAPSHOT).length;
  if (snapshots !== 1) {
    throw new Error(
      `The base recording has ${snapshots} full snapshots; looping needs ` +
        'exactly one.',
    );
  }
  const head = base.slice(0, snapshotIndex + 1);
  const body = base
    .slice(snapshotIndex + 1)
    .filter((e) => e.type === INCREMENTAL);
  const looper = new Looper(base, head, options);
  const endTime = head[0].timestamp + options.durationMs;

  let loopStart = body[0].timestamp;
  while (loopStart < endTime) {
    const last = looper.writeLoop(body, loopStart - body[0].timestamp, endTime);
    const restoreTime = last + RESTORE_DELAY_MS;
    if (restoreTime > endTime) break;

    looper.writeRestore(restoreTime);
    loopStart = restoreTime + LOOP_GAP_MS;
    if (options.random() < options.idleChance) {
      loopStart += randomInt(options.random, ...options.idleRangeMs);
      looper.idleGaps++;
    }
  }
  return { events: looper.events, model: looper.model, stats: looper.stats() };
}

/** Writes the events of the generated recording, loop by loop. */
class Looper {
  /**
   * @param {any[]} base
   * @param {any[]} head events up to and including the full snapshot
   * @param {LoopOptions} options
   */
  constructor(base, head, options) {
    const snapshot = head[head.length - 1];
    this.model = new DomModel(snapshot.data.node);
    this.remapper = new IdRemapper(this.model, maxNodeId(base) + 1);
    this.events = head.slice();
    this.ticker = options.ticker
      ? new MutationTicker(
          this.model,
          options.ticker,
          options.random,
          snapshot.timestamp + TICKER_DELAY_MS,
        )
      : null;
    this.loops = 0;
    this.idleGaps = 0;
    /** Node counts after each restore: one value when the DOM is bounded. */
    this.restoredSizes = new Set();
    /** @type {Set<string>} failed operations per whole loop */
    this.failures = new Set();
  }

  /**
   * Appends one loop of `body` shifted by `shift` ms. Returns the time of
   * its last event, or Infinity when `endTime` cut the loop short.
   * @param {any[]} body
   * @param {number} shift
   * @param {number} endTime
   */
  writeLoop(body, shift, endTime) {
    this.remapper.startLoop();
    this.failedBefore = { ...this.remapper.failed };
    let last = body[0].timestamp + shift;
    for (const event of body) {
      const timestamp = event.timestamp + shift;
      if (timestamp > endTime) return Infinity;
      this.addTicks(timestamp);
      const data = this.remapper.mapData(event.data);
      this.events.push({ ...event, timestamp, data });
      last = timestamp;
    }
    return last;
  }

  /** @param {number} time */
  writeRestore(time) {
    this.addTicks(time);
    const data = buildRestore(this.model, this.remapper);
    this.events.push({ type: INCREMENTAL, data, timestamp: time });

    const { failed } = this.remapper;
    const before = this.failedBefore ?? { adds: 0, removes: 0 };
    this.loops++;
    this.restoredSizes.add(this.model.size);
    this.failures.add(
      `${failed.adds - before.adds} adds, ` +
        `${failed.removes - before.removes} removes`,
    );
  }

  /**
   * Appends the ticker's events due before `timestamp`.
   * @param {number} timestamp
   */
  addTicks(timestamp) {
    if (this.ticker) this.events.push(...this.ticker.until(timestamp));
  }

  stats() {
    return {
      loops: this.loops,
      idleGaps: this.idleGaps,
      snapshotNodes: this.model.snapshot.size,
      nodesAfterRestore: [...this.restoredSizes],
      failedPerLoop: [...this.failures],
      tickerEvents: this.ticker?.emitted ?? 0,
    };
  }
}

/** Largest node id in the full snapshots and added subtrees of `events`. */
export function maxNodeId(/** @type {any[]} */ events) {
  let max = 0;
  const visit = (/** @type {any} */ node) => {
    max = Math.max(max, node.id);
    for (const child of node.childNodes ?? []) visit(child);
  };
  for (const event of events) {
    if (event.type === FULL_SNAPSHOT) visit(event.data.node);
    if (event.type === INCREMENTAL && event.data.source === 0) {
      for (const add of event.data.adds) visit(add.node);
    }
  }
  return max;
}
