import { randomInt } from './random.mjs';

const ELEMENT = 2;
const TEXT = 3;
/** Elements that are metadata or code rather than page content. */
const SKIPPED_TAGS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'link',
  'style',
  'script',
  'noscript',
  'title',
  'base',
  'template',
]);

/**
 * @typedef {object} TickerOptions
 * @property {number} eventsPerSecond Mutation events per second
 * @property {number} attributesPerEvent attribute changes per event
 * @property {number} textsPerEvent text changes per event
 */

/**
 * Generates a steady stream of attribute and text mutations, as a live
 * dashboard or ticker would: data attributes, ARIA state, inline opacity
 * and changing labels. Targets are nodes present in the model at each
 * moment, so every change names an existing node.
 */
export class MutationTicker {
  /**
   * @param {import('./domModel.mjs').DomModel} model
   * @param {TickerOptions} options
   * @param {() => number} random
   * @param {number} startTime timestamp of the first tick
   */
  constructor(model, options, random, startTime) {
    this.model = model;
    this.options = options;
    this.random = random;
    this.nextTime = startTime;
    this.tick = 0;
    this.emitted = 0;
    this.cachedVersion = -1;
    /** @type {number[]} */
    this.elements = [];
    /** @type {{ id: number, text: string }[]} */
    this.texts = [];
  }

  /**
   * Returns the ticks due before `timestamp`.
   * @param {number} timestamp
   */
  until(timestamp) {
    const events = [];
    const step = 1000 / this.options.eventsPerSecond;
    while (this.nextTime < timestamp) {
      const event = this.createEvent(Math.round(this.nextTime));
      if (event) events.push(event);
      this.nextTime += step;
    }
    this.emitted += events.length;
    return events;
  }

  /** @param {number} timestamp */
  createEvent(timestamp) {
    this.refreshTargets();
    if (this.elements.length === 0 || this.texts.length === 0) return null;
    this.tick++;

    const attributes = [];
    for (let i = 0; i < this.options.attributesPerEvent; i++) {
      const id = pick(this.random, this.elements);
      attributes.push({ id, attributes: attributeChange(this.tick, i) });
    }
    const texts = [];
    for (let i = 0; i < this.options.textsPerEvent; i++) {
      const { id, text } = pick(this.random, this.texts);
      texts.push({ id, value: `${text.slice(0, 24)} ${this.tick % 1000}` });
    }
    const data = { source: 0, removes: [], adds: [], texts, attributes };
    return { type: 3, data, timestamp };
  }

  /** Lists the present targets again when the model changed. */
  refreshTargets() {
    if (this.cachedVersion === this.model.version) return;
    this.cachedVersion = this.model.version;
    this.elements = [];
    this.texts = [];

    for (const [id, node] of this.model.serialized) {
      if (node.type === ELEMENT && !SKIPPED_TAGS.has(node.tagName ?? '')) {
        if (!node.isSVG) this.elements.push(id);
      }
      if (node.type !== TEXT) continue;
      const parentId = this.model.parentOf.get(id);
      const parent =
        parentId == null ? null : this.model.serialized.get(parentId);
      const text = node.textContent?.trim() ?? '';
      if (
        text &&
        parent?.type === ELEMENT &&
        !SKIPPED_TAGS.has(parent.tagName ?? '')
      ) {
        this.texts.push({ id, text });
      }
    }
  }
}

/**
 * @param {number} tick
 * @param {number} index
 * @returns {Record<string, string | Record<string, string>>}
 */
function attributeChange(tick, index) {
  switch (index % 3) {
    case 0:
      return { 'data-tick': String(tick) };
    case 1:
      return { 'aria-busy': tick % 2 === 0 ? 'true' : 'false' };
    default:
      return { style: { opacity: (0.9 + (tick % 10) / 100).toFixed(2) } };
  }
}

/**
 * @template T
 * @param {() => number} random
 * @param {T[]} items
 * @returns {T}
 */
function pick(random, items) {
  return /** @type {T} */ (items[randomInt(random, 0, items.length - 1)]);
}
