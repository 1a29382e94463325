// Developer aid, not part of CI: does extra CSS change how the board looks?
// Usage: CSS='…' node scripts/dev/css-diff.mjs buildDir  (N=100 young people)
// Screenshots the demo board, adds the CSS, screenshots again (/tmp/cmp-a.png, /tmp/cmp-b.png)
// and prints how many pixels differ.
import { writeFileSync } from 'node:fs';
import { boardPage, startPreview, stopPreview, waitForDemoBoard } from '../preview.mjs';
const server = await startPreview(/** @type {string} */ (process.argv[2]), 4198);
const profile = await boardPage({ bypassCSP: true });
const { page } = profile;
const n = Number(process.env.N ?? 100);
await page.goto(`http://127.0.0.1:4198/?demo=${n}&maanden=12#/`);
await waitForDemoBoard(page, n);
await page.waitForTimeout(1000);
const a = await page.screenshot();
await page.addStyleTag({ content: process.env.CSS });
await page.waitForTimeout(300);
const b = await page.screenshot();
writeFileSync('/tmp/cmp-a.png', a);
writeFileSync('/tmp/cmp-b.png', b);
const diff = await page.evaluate(
  async (/** @type {[string, string]} */ [a, b]) => {
    const load = async (/** @type {string} */ b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const x = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
      x.drawImage(img, 0, 0);
      return x.getImageData(0, 0, c.width, c.height).data;
    };
    const da = await load(a),
      db = await load(b);
    let n = 0;
    for (let i = 0; i < da.length; i += 4)
      if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) n++;
    return n;
  },
  /** @type {[string, string]} */ ([a.toString('base64'), b.toString('base64')]),
);
console.log('differing pixels', diff);
await profile.close();
stopPreview(server);
