// Developer aid, not part of CI: A/B of the cold start (reload → `board-ready`) between builds.
// Usage: node scripts/dev/cold.mjs [buildDir …]
//   Without a build dir it builds the working tree (minified, as shipped) into a temp dir.
//   Builds take turns, ROUNDS times, each round in a fresh on-disk profile (launchProfile, as the
//   bench): the demo board is loaded once, then the page is reloaded RELOADS times. The first
//   reload after loading the demo is left out (the demo's writes are still being flushed).
// Env: N=1000 young people, ROUNDS=3, RELOADS=7, THROTTLE=4 for a slow laptop.
// Prints each round's reloads and, per build, the median over all rounds.
import os from 'node:os';
import { join } from 'node:path';
import { buildInto, boardPage, startPreview, stopPreview, waitForDemoBoard } from '../preview.mjs';

const N = Number(process.env.N ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const RELOADS = Number(process.env.RELOADS ?? 7);
const given = process.argv.slice(2);
const dirs = given.length ? given : [join(os.tmpdir(), 'uitstroombord-cold')];
if (!given.length) buildInto(/** @type {string} */ (dirs[0]));

const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {string} dir
 * @param {number} port
 */
async function round(dir, port) {
  const profile = await boardPage();
  try {
    const { context, page } = profile;
    await page.goto(`http://127.0.0.1:${port}/?demo=${N}&maanden=12#/`);
    await waitForDemoBoard(page, N);
    await page.waitForTimeout(2000);
    if (process.env.THROTTLE) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
    }
    const times = [];
    for (let reload = 0; reload < RELOADS; reload++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('board-ready').length > 0);
      times.push(
        await page.evaluate(() =>
          Math.round(
            /** @type {PerformanceEntry} */ (performance.getEntriesByName('board-ready')[0])
              .startTime,
          ),
        ),
      );
      await page.waitForTimeout(400);
    }
    return times;
  } finally {
    await profile.close();
  }
}

const servers = [];
const all = dirs.map(() => /** @type {number[]} */ ([]));
try {
  for (const [index, dir] of dirs.entries()) servers.push(await startPreview(dir, 4180 + index));
  for (let turn = 0; turn < ROUNDS; turn++) {
    for (const [index, dir] of dirs.entries()) {
      const times = await round(dir, 4180 + index);
      /** @type {number[]} */ (all[index]).push(...times.slice(1));
      console.log(`${dir.padEnd(36)} median ${median(times.slice(1))} ms  ${times.join(' ')}`);
    }
  }
  console.log(
    `\ncold start, ${N} young people${process.env.THROTTLE ? `, ${process.env.THROTTLE}× CPU` : ''}`,
  );
  for (const [index, dir] of dirs.entries()) {
    const times = /** @type {number[]} */ (all[index]);
    console.log(`${dir.padEnd(36)} median ${median(times)} ms over ${times.length}`);
  }
} finally {
  for (const server of servers) stopPreview(server);
}
