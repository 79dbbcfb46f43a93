// `node --import ./test/package/useReact18.mjs script.mjs` runs the script
// with React 18 in place of the project's React 19.
import { register } from 'node:module';

register('./reactVersionHooks.mjs', import.meta.url, {
  data: {
    parentURL: new URL('../react18/package.json', import.meta.url).href,
  },
});
