import { chartjs } from './chartjs.mjs';
import { flatpickr } from './flatpickr.mjs';
import { katex } from './katex.mjs';
import { prismjs } from './prismjs.mjs';
import { quill } from './quill.mjs';
import { sortablejs } from './sortablejs.mjs';
import { tomselect } from './tomselect.mjs';

/** Every app the harness records, by name. */
export const SCENARIOS = {
  chartjs,
  sortablejs,
  flatpickr,
  tomselect,
  quill,
  prismjs,
  katex,
};
