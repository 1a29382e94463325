// Developer aid, not part of CI: where the time of one keystroke goes, and A/B of builds.
// Usage: node scripts/dev/latency.mjs [filter|light] [buildDir …]
//   Without a build dir it builds the working tree (minified, as shipped) into a temp dir.
//   With several, it measures them in turn, ROUNDS times, each in its own fresh browser profile
//   on disk (launchProfile, as the bench):
//   two pages in one browser disturb each other, and this machine's noise is ±5 ms per run.
// Env: N=1000 young people, KEYS=30 per run, ROUNDS=1, THROTTLE=4, CSS='…' extra rules,
//   TRACE_OUT=file.json a Chromium trace with P-* marks per phase (last run only); ALL=1 every key.
// Per key, medians (ms): keydown's timeStamp → its listener; → the input event (filter) or the
// IndexedDB commit (light); → the DOM changed; → the next frame's rAF; → that frame painted
// (a user-blocking task posted from rAF); total; for filtering also the typed character's first painted
// frame (echo); and main-thread CPU per key (CDP TaskDuration).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { installAfterFrame } from '../paint-probe.mjs';
import {
  buildInto,
  boardPage,
  startPreview,
  startTrace,
  stopPreview,
  stopTrace,
  waitForDemoBoard,
} from '../preview.mjs';

const [what = 'filter', ...given] = process.argv.slice(2);
const N = Number(process.env.N ?? 1000);
const KEYS = Number(process.env.KEYS ?? 30);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const FILTER_KEYS = 'ahozkmsdtb';
const COLOUR_WORDS = { r: ': rood', o: ': oranje', g: ': groen' };

const dirs = given.length ? given : [join(os.tmpdir(), 'uitstroombord-latency')];
if (!given.length) buildInto(dirs[0]);

/** In the page: times of one keystroke's phases, resolved once its frame is painted. */
function armProbe() {
  // Called from rAF: runs once that frame is painted (see paint-probe.mjs).
  const afterFrame = (done) => window.__afterFrame(done);
  const times = {};
  window.__latency = times;
  document.addEventListener(
    'keydown',
    (event) => {
      times.stamp = event.timeStamp;
      times.keydown = performance.now();
    },
    { capture: true, once: true },
  );
  document.addEventListener(
    'input',
    () => {
      times.handled ??= performance.now();
      // The typed character on screen: the first frame painted after the input event.
      requestAnimationFrame(() => afterFrame(() => (times.echo = performance.now())));
    },
    { capture: true, once: true },
  );
  window.__done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      times.changed = performance.now();
      performance.mark('P-changed');
      requestAnimationFrame(() => {
        times.frame = performance.now();
        performance.mark('P-frame');
        afterFrame(() => {
          times.painted = performance.now();
          performance.mark('P-painted');
          resolve(times);
        });
      });
    });
    const cell = document.activeElement;
    if (cell?.dataset?.col) {
      observer.observe(cell, { attributes: true, attributeFilter: ['aria-label'] });
    } else {
      observer.observe(document.querySelector('.row-count'), {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }
  });
}

async function measure(dir, port, trace) {
  const server = await startPreview(dir, port);
  // An on-disk profile, as the bench and a coordinator's browser: IndexedDB in memory is slower.
  const profile = await boardPage({ bypassCSP: Boolean(process.env.CSS) });
  try {
    const { context, page } = profile;
    await page.addInitScript(installAfterFrame);
    // A light is "handled" when its write commits.
    await page.addInitScript(() => {
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (...args) {
        const opened = transaction.apply(this, args);
        if (args[1] === 'readwrite') {
          opened.addEventListener('complete', () => {
            if (window.__latency) window.__latency.handled ??= performance.now();
          });
        }
        return opened;
      };
    });
    await page.goto(`http://127.0.0.1:${port}/?demo=${N}&maanden=12#/`);
    await waitForDemoBoard(page, N);
    if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
    const cdp = await context.newCDPSession(page);
    if (process.env.THROTTLE) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
    }
    if (trace) {
      await startTrace(cdp, [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'toplevel',
        'v8',
        'blink.user_timing',
        'cc',
        'viz',
      ]);
    }
    if (what === 'light') {
      await page.getByRole('grid').locator('[data-col="1"]').first().focus();
    } else {
      await page.getByLabel('Zoeken', { exact: true }).focus();
    }
    await cdp.send('Performance.enable');
    const busy = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find(
        (metric) => metric.name === 'TaskDuration',
      ).value;
    const before = await busy();
    const samples = [];
    for (let key = 0; key < KEYS; key++) {
      await page.evaluate(armProbe);
      if (what === 'light') {
        const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
        // The colour word, without a ", reden ontbreekt" after it: the same colour changes nothing.
        const colour = `: ${(label.split(': ')[1] ?? '').split(',')[0]}`;
        await page.keyboard.press(['r', 'o', 'g'].find((c) => colour !== COLOUR_WORDS[c]));
      } else {
        await page.keyboard.press(key % 2 ? 'Backspace' : FILTER_KEYS[(key / 2) % 10]);
      }
      const t = await page.evaluate(() => window.__done);
      samples.push([
        t.keydown - t.stamp,
        t.handled - t.keydown,
        t.changed - t.handled,
        t.frame - t.changed,
        t.painted - t.frame,
        t.painted - t.stamp,
        (t.echo ?? Number.NaN) - t.stamp,
      ]);
      if (what === 'light') {
        await page.waitForTimeout(50);
        await page.keyboard.press(key % 8 === 7 ? 'ArrowDown' : 'ArrowRight');
      }
      await page.waitForTimeout(100);
    }
    const cpu = ((await busy()) - before) * 1000;
    if (trace) writeFileSync(trace, await stopTrace(cdp));
    return { samples, cpuPerKey: cpu / KEYS };
  } finally {
    await profile.close();
    stopPreview(server);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = dirs.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (const [index, dir] of dirs.entries()) {
    const last = round === ROUNDS - 1 && index === dirs.length - 1;
    results[index].push(await measure(dir, 4195 + index, last && process.env.TRACE_OUT));
  }
}
const handled = what === 'light' ? 'IDB commit' : 'input';
console.log(
  `${what}, ${N} young people${process.env.THROTTLE ? `, ${process.env.THROTTLE}× CPU` : ''}; ms, medians per run`,
);
console.log(
  `${'build'.padEnd(36)} →listener →${handled.padEnd(10)} →DOM  →frame →painted  total   echo  cpu/key`,
);
for (const [index, dir] of dirs.entries()) {
  for (const { samples, cpuPerKey } of results[index]) {
    const columns = [0, 1, 2, 3, 4, 5, 6].map((column) =>
      median(samples.map((sample) => sample[column])).toFixed(1),
    );
    if (process.env.ALL) {
      for (const sample of samples) console.log(`  ${sample.map((v) => v.toFixed(1)).join(' ')}`);
    }
    console.log(
      `${dir.slice(-36).padEnd(36)} ${columns.map((value, i) => value.padStart([9, 12, 6, 7, 9, 7, 7][i])).join('')} ${cpuPerKey.toFixed(1).padStart(8)}`,
    );
  }
}
