// Developer aid, not part of CI: how long `?demo=N` blocks the page's thread while the demo
// board fills, A/B between builds.
// Usage: node scripts/dev/demo-block.mjs [buildDir …]
//   Without a build dir it builds the working tree into a temp dir. Builds take turns, ROUNDS
//   times, each in a fresh on-disk profile (as the bench): answer the first-use question on an
//   empty board, wait for the start-up check, then open `/?demo=N`. Long tasks
//   (PerformanceObserver 'longtask') count from the moment the page says the demo is loading
//   until the grid shows; "blocking" adds up what each task ran over 50 ms, as Lighthouse's total
//   blocking time does, "longest" is the longest task (the longest a key waited at worst).
// Env: N=60 young people (the `?demo` default), ROUNDS=3, PORT=4180 (build i gets PORT + i).
import os from 'node:os';
import { join } from 'node:path';
import { answerWelcome, boardPage, buildInto, startPreview, stopPreview } from '../preview.mjs';

const N = Number(process.env.N ?? 60);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORT = Number(process.env.PORT ?? 4180);
const given = process.argv.slice(2);
const dirs = given.length ? given : [join(os.tmpdir(), 'uitstroombord-demo-block')];
if (!given.length) buildInto(/** @type {string} */ (dirs[0]));

/** @typedef {{ ms: number; blocking: number; longest: number; tasks: number }} Round */

function watchDemoLoad() {
  const w = /** @type {any} */ (window);
  w.demoLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.demoLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const text = document.body?.innerText ?? '';
    if (w.demoStart === undefined && /Demobord wordt/.test(text)) w.demoStart = performance.now();
    if (w.demoEnd === undefined && document.querySelector('[role=grid]'))
      w.demoEnd = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * @param {number} port
 * @returns {Promise<Round>}
 */
async function round(port) {
  const profile = await boardPage();
  try {
    const { context, page } = profile;
    await context.addInitScript(watchDemoLoad);
    await page.goto(`http://127.0.0.1:${port}/#/`);
    await answerWelcome(page);
    await page.getByRole('button', { name: 'Demobord laden' }).waitFor();
    // The start-up check runs in a worker a second after the start; let it finish first.
    await page.waitForTimeout(2500);
    await page.goto(`http://127.0.0.1:${port}/?demo=${N}#/`);
    await page.getByRole('grid').waitFor({ timeout: 600_000 });
    return await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      /** @type {[number, number][]} */
      const tasks = w.demoLongTasks.filter(
        (/** @type {[number, number]} */ [start, duration]) =>
          start + duration > w.demoStart && start < w.demoEnd,
      );
      return {
        ms: Math.round(w.demoEnd - w.demoStart),
        blocking: Math.round(tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)),
        longest: Math.round(Math.max(0, ...tasks.map(([, d]) => d))),
        tasks: tasks.length,
      };
    });
  } finally {
    await profile.close();
  }
}

const servers = [];
const all = dirs.map(() => /** @type {Round[]} */ ([]));
try {
  for (const [index, dir] of dirs.entries()) servers.push(await startPreview(dir, PORT + index));
  for (let turn = 0; turn < ROUNDS; turn++) {
    for (const [index, dir] of dirs.entries()) {
      const load = os.loadavg()[0]?.toFixed(1);
      const result = await round(PORT + index);
      /** @type {Round[]} */ (all[index]).push(result);
      console.log(
        `${dir.padEnd(36)} ${result.ms} ms to the board, blocking ${result.blocking} ms, longest ${result.longest} ms (${result.tasks} long tasks), load ${load}`,
      );
    }
  }
  const median = (/** @type {number[]} */ values) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\n?demo=${N}: median over ${ROUNDS} rounds`);
  for (const [index, dir] of dirs.entries()) {
    const rounds = /** @type {Round[]} */ (all[index]);
    console.log(
      `${dir.padEnd(36)} blocking ${median(rounds.map((r) => r.blocking))} ms, longest ${median(rounds.map((r) => r.longest))} ms, to the board ${median(rounds.map((r) => r.ms))} ms`,
    );
  }
} finally {
  for (const server of servers) stopPreview(server);
}
