import { afterEach, describe, expect, test } from 'vitest';
import {
  createCache,
  createMirror,
  createSandboxedIframe,
  rebuild,
  snapshot,
} from 'rrweb-snapshot';
import { describeDocument } from './browser/describeDocument';

const PAGE = `<!doctype html>
<html><head>
<style>
  a:hover { color: red; }
  @media (min-device-width: 100px) { p { color: blue; } }
  .logo { background: url(logo.png); }
</style>
<script>window.loaded = true;</script>
</head><body>
<p class="intro">Hello <a href="next.html">next</a></p>
<input id="name" value="start">
<input id="agree" type="checkbox">
<select id="plan"><option value="a">A</option><option value="b">B</option></select>
<textarea id="notes">note</textarea>
<canvas id="chart" width="20" height="10"></canvas>
</body></html>`;

const frames: HTMLElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Creates a same-origin page with scripts, as the recorded page is. */
function livePage(): Document {
  const iframe = document.createElement('iframe');
  document.body.appendChild(iframe);
  frames.push(iframe);
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write(PAGE);
  doc.close();
  return doc;
}

/** Snapshots `doc` and rebuilds it into a sandboxed iframe, as replay does. */
function replayOf(doc: Document): Document {
  const holder = document.createElement('div');
  document.body.appendChild(holder);
  frames.push(holder);
  const iframe = createSandboxedIframe({ root: holder });
  const node = snapshot(doc, {
    mirror: createMirror(),
    inlineStylesheet: true,
    recordCanvas: true,
  });
  const replayed = iframe.contentDocument!;
  rebuild(node!, {
    doc: replayed,
    mirror: createMirror(),
    cache: createCache(),
    hackCss: true,
  });
  return replayed;
}

function changeState(doc: Document): void {
  (doc.getElementById('name') as HTMLInputElement).value = 'typed';
  (doc.getElementById('agree') as HTMLInputElement).checked = true;
  (doc.getElementById('plan') as HTMLSelectElement).value = 'b';
  const canvas = doc.getElementById('chart') as HTMLCanvasElement;
  canvas.getContext('2d')!.fillRect(0, 0, 5, 5);
}

describe('describeDocument', () => {
  test('describes a rebuilt snapshot exactly like the live page', async () => {
    const live = livePage();
    changeState(live);
    const replayed = replayOf(live);
    // The rebuild draws a canvas's recorded pixels once an image loads.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const truth = describeDocument(live).root;
    expect(describeDocument(replayed).root).toEqual(truth);
  });

  test('still sees a differing value, check or canvas after replay', () => {
    const live = livePage();
    const replayed = replayOf(live);
    changeState(replayed);

    const truth = JSON.stringify(describeDocument(live).root);
    const replay = JSON.stringify(describeDocument(replayed).root);
    expect(replay).not.toEqual(truth);
    expect(replay).toContain('"value":"typed"');
    expect(truth).toContain('"value":"start"');
  });

  test('leaves out the elements the skip option names', () => {
    const live = livePage();
    const injected = live.createElement('style');
    injected.setAttribute('data-reprise', '');
    live.head.appendChild(injected);

    const skipped = describeDocument(live, {
      skip: (element) => element.hasAttribute('data-reprise'),
    });
    expect(JSON.stringify(skipped)).not.toContain('data-reprise');
    expect(JSON.stringify(describeDocument(live))).toContain('data-reprise');
  });
});
