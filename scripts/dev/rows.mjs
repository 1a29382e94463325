// Developer aid, not part of CI: what the browser alone needs to show new board rows, per CSS variant.
// Usage: node scripts/dev/rows.mjs [buildDir]  (VARIANTS='name=css;;name2=css2', ROUNDS=40, THROTTLE=4)
// Loads the 1,000 demo board, copies its table (as the bench's filter floor) and, in one page,
// replaces the copy's rows in view by other rows of the same markup again and again, each
// variant's extra CSS in turn (interleaved, so the machine's noise hits all alike); prints
// per variant the median time from the DOM change to the painted frame, and the trace phases.
import os from 'node:os';
import { join } from 'node:path';
import { installAfterFrame } from '../paint-probe.mjs';
import { boardPage, buildInto, startPreview, stopPreview, waitForDemoBoard } from '../preview.mjs';

const dir = process.argv[2] ?? join(os.tmpdir(), 'uitstroombord-rows');
if (!process.argv[2]) buildInto(dir);
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const variants = [
  ['base', ''],
  ...(process.env.VARIANTS ?? '')
    .split(';;')
    .filter(Boolean)
    .map((v) => {
      const at = v.indexOf('=');
      return [v.slice(0, at), v.slice(at + 1)];
    }),
];

const server = await startPreview(dir, 4196);
const profile = await boardPage({ bypassCSP: true });
try {
  const { context, page } = profile;
  await page.addInitScript(installAfterFrame);
  await page.goto('http://127.0.0.1:4196/?demo=1000&maanden=12#/');
  await waitForDemoBoard(page, 1000);
  // Rows from several places in the list, so each replacement brings rows not shown before.
  const pool = [];
  for (const top of [0, 4400, 13200, 22000, 30800]) {
    await page.evaluate((y) => (document.querySelector('.board-scroll').scrollTop = y), top);
    await page.waitForTimeout(600);
    pool.push(
      ...(await page.evaluate(() =>
        [...document.querySelectorAll('.board tbody tr:not(.spacer)')].map((r) => r.outerHTML),
      )),
    );
  }
  const spanPool = pool.map((html) =>
    html.replaceAll('<button', '<span').replaceAll('</button>', '</span>'),
  );
  // "@nopop": the rows without their (hidden) signal explanations.
  const noPopPool = pool.map((html) => html.replace(/<div class="signal-popover".*?<\/div>/, ''));
  await page.evaluate(() => (document.querySelector('.board-scroll').scrollTop = 0));
  await page.waitForTimeout(600);
  await page.evaluate(() => {
    const original = document.querySelector('.board-scroll');
    const copy = original.cloneNode(true);
    copy.dataset.floor = 'true';
    original.after(copy);
    original.style.display = 'none';
    window.__variant = document.createElement('style');
    document.head.append(window.__variant);
  });
  if (process.env.THROTTLE) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  }
  const results = Object.fromEntries(variants.map(([name]) => [name, []]));
  let shift = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, css] of variants) {
      await page.evaluate((css) => (window.__variant.textContent = css.replace(/^@\w+/, '')), css);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => window.__afterFrame(r))),
      );
      await page.waitForTimeout(50);
      shift += 13;
      // A variant whose CSS starts with "@span" gets the cells as <span>s instead of <button>s.
      const rows = css.startsWith('@span') ? spanPool : css.startsWith('@nopop') ? noPopPool : pool;
      const ms = await page.evaluate(
        ({ pool, shift }) =>
          new Promise((resolve) => {
            const body = document.querySelector('.board-scroll[data-floor] tbody');
            const count = Math.ceil(body.closest('.board-scroll').clientHeight / 44);
            const template = document.createElement('template');
            template.innerHTML = Array.from(
              { length: count },
              (_, i) => pool[(shift + i) % pool.length],
            ).join('');
            const spacer = body.querySelector('tr.spacer:last-child');
            // Changed at the start of a frame and timed to that frame painted: no wait for vsync.
            requestAnimationFrame(() => {
              const start = performance.now();
              body.replaceChildren(template.content, ...(spacer ? [spacer] : []));
              window.__afterFrame(() => resolve(performance.now() - start));
            });
          }),
        { pool: rows, shift },
      );
      results[name].push(ms);
    }
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  for (const [name, samples] of Object.entries(results)) {
    console.log(
      `${name.padEnd(16)} median ${median(samples).toFixed(1).padStart(6)} ms  min ${Math.min(
        ...samples,
      )
        .toFixed(1)
        .padStart(6)}  (${samples.length}×)`,
    );
  }
} finally {
  await profile.close();
  stopPreview(server);
}
