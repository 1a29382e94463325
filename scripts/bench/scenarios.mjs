// Scenarios: what a person does on the board, driven through Playwright and
// timed by the probes; `runBoard` runs them all on one generated board.
import os from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { answerWelcome, boardPage } from '../preview.mjs';
import { installAfterFrame } from '../paint-probe.mjs';
import { viewProbe } from '../view-probe.mjs';
import { coldPair, installColdPaint } from './bare-floor.mjs';
import {
  BASE,
  BOARD_TABLES,
  CPU_SLOWDOWN,
  FILTER_KEYS,
  MIN_SAMPLES,
  MONTHS,
  PHASE_BUDGET_MS,
  VIEWS,
  log,
} from './config.mjs';
import {
  floorProbe,
  installFilterFloor,
  installIdbHelpers,
  installLightFloor,
  recordCount,
  recordFloorProbe,
  writeFloorProbe,
} from './floors.mjs';
import { boardSnapshot, detailProbe, filterProbe, lightProbe } from './probes.mjs';
import { median, p95, round } from './stats.mjs';

/** @typedef {import('@playwright/test').Page} Page */

/**
 * What a backup round measured.
 * `bytes` is the downloaded `.json.gz`, `plainBytes` the JSON inside it (unpacked here);
 * `madeMs` the app's own time from reading the tables to the finished file, and
 * `plainMs` the part of it that is not compression (reading, JSON text, checksum),
 * both from the app's `backup-made` performance mark.
 * @typedef {{ exportMs: number[]; madeMs: number[]; plainMs: number[]; restoreMs: number[];
 *   checkMs: number[]; writeMs: number[]; writeFloorMs: number[]; writeFloorRecords: number;
 *   recordFloorUs: number[]; records: number; bytes: number; plainBytes: number;
 *   refused: string | null }} BackupResult
 */

/**
 * Cold starts, from the start of the navigation to the frame painted after `board-ready`
 * (`cold`, `bare`), and to the mark itself (`…Ready`); `rows`: drawn in the first screen.
 * @typedef {{ cold: number[]; coldReady: number[]; bare: number[]; bareReady: number[];
 *   rows: number }} ColdResult
 */

/**
 * What one board measured (bench/results.json holds these). Samples in ms.
 * @typedef {{ n: number; throttle: number; chromium: string; demoLoadMs: number;
 *   loadAverageAtStart: number[]; loadAverageAtEnd?: number[];
 *   cold: number[]; coldReady: number[]; bare: number[]; bareReady: number[]; rows: number;
 *   throttledCold?: ColdResult & { throttle: number };
 *   floorBoard: number[]; floorAssessments: number[];
 *   counts: { currentLights: number; assessments: number } & Record<string, number>;
 *   floorRaw: unknown[];
 *   lightChange: number[]; filter: number[]; filterKeys: string[];
 *   lightFloor?: number[]; filterFloor?: number[]; openDetail?: number[];
 *   views?: Record<string, number[]>; viewsComplete?: Record<string, number[]>; meetingLight?: number[]; backup?: BackupResult }} BoardResult
 */

/**
 * Whether a measurement loop may take another sample.
 * @param {number} wanted
 */
function budget(wanted) {
  const started = Date.now();
  return (/** @type {number} */ taken) =>
    taken < wanted && (taken < MIN_SAMPLES || Date.now() - started < PHASE_BUDGET_MS);
}

const nextFrame = (/** @type {Page} */ page) =>
  page.evaluate(
    () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => requestAnimationFrame(() => resolve()))
      ),
  );

/**
 * @param {Page} page
 * @param {number} n
 * @param {number} timeout
 */
async function waitForBoard(page, n, timeout) {
  await page.getByRole('grid').waitFor({ timeout });
  await page
    .locator('.row-count')
    .filter({ hasText: new RegExp(`^${n} jongeren$`) })
    .waitFor({ timeout });
}

/**
 * @param {Page} page
 * @param {number} n
 */
async function loadDemo(page, n) {
  await page.goto(`${BASE}/?demo=${n}&maanden=${MONTHS}#/`);
  // No view (and so no demo) is drawn behind the first-use question: answer it first.
  await answerWelcome(page);
  const started = Date.now();
  await waitForBoard(page, n, 600_000);
  return Date.now() - started;
}

/**
 * Cold starts of the app against the bare-page floor (bare-floor.mjs), in pairs.
 * @param {Page} page
 * @param {number} runs
 * @param {number} n
 */
async function coldPairs(page, runs, n) {
  /** @type {ColdResult} */
  const result = { cold: [], coldReady: [], bare: [], bareReady: [], rows: 0 };
  const more = budget(runs);
  while (more(result.cold.length)) {
    const { app, bare } = await coldPair(page, n);
    result.cold.push(app.paintedMs);
    result.coldReady.push(app.readyMs);
    result.bare.push(bare.paintedMs);
    result.bareReady.push(bare.readyMs);
    result.rows = app.rows;
  }
  return result;
}

/**
 * The IndexedDB table floors, in the app's page, `runs` times: after the cold starts, so
 * what they leave in memory does not land in one.
 * @param {Page} page
 * @param {number} runs
 * @param {number} n
 */
async function tableFloors(page, runs, n) {
  await page.goto(`${BASE}/#/`);
  await waitForBoard(page, n, 60_000);
  const floorBoard = [];
  const floorAssessments = [];
  /** @typedef {{ counts: BoardResult['counts'] }} Floor */
  /** @type {unknown[]} */
  const floorRaw = [];
  for (let run = 0; run < runs; run++) {
    const floor = await page.evaluate(floorProbe, BOARD_TABLES);
    floorBoard.push(floor.boardMs);
    floorAssessments.push(floor.assessmentsMs);
    floorRaw.push(floor);
  }
  return {
    floorBoard,
    floorAssessments,
    counts: /** @type {Floor} */ (floorRaw[0]).counts,
    floorRaw,
  };
}

/** @type {Record<string, string>} */
const COLOUR_WORDS = { r: 'rood', o: 'oranje', g: 'groen' };

/** The colour word of a cell's name, "A.B. – Wonen: rood, reden ontbreekt" → "rood". */
const colourOf = (/** @type {string} */ label) => (label.split(': ')[1] ?? '').split(',')[0];

/**
 * @param {Page} page
 * @param {number} changes
 */
async function lightChanges(page, changes) {
  const grid = page.getByRole('grid');
  await grid.locator('button[aria-label*=" – "]').first().focus();
  const samples = [];
  const more = budget(changes);
  let col = 1;
  for (let i = 0; more(samples.length); i++) {
    const label = await page.evaluate(lightProbe, undefined);
    // A colour other than the current one, so the label (and the light) always changes; the
    // same colour again is a confirmation that changes nothing visible.
    const keys = ['r', 'o', 'g'];
    const key = keys
      .slice(i % 3)
      .concat(keys.slice(0, i % 3))
      .find((candidate) => colourOf(label) !== COLOUR_WORDS[candidate]);
    await page.keyboard.press(/** @type {string} */ (key));
    samples.push(await page.evaluate(() => window.__bench));
    // Next cell: along the row, then down to the first light of the next row.
    if (col < 8) {
      await page.keyboard.press('ArrowRight');
      col += 1;
    } else {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      col = 1;
    }
    await nextFrame(page);
    await page.waitForTimeout(30);
  }
  return samples;
}

/**
 * Typed into the search box: a character, then Backspace, and again. With
 * `snapshots`, what the board showed after each keystroke is kept there.
 * @param {Page} page
 * @param {number} runs
 * @param {{ rows?: string; snapshots?: import('./probes.mjs').BoardSnapshot[] }} [options]
 */
async function filterKeystrokes(page, runs, { rows, snapshots } = {}) {
  const search = page.getByLabel('Zoeken', { exact: true });
  await search.fill('');
  await search.focus();
  await nextFrame(page);
  const samples = [];
  const keys = [];
  const more = budget(runs);
  // Pairs: a character, then Backspace back to the whole board.
  for (let i = 0; more(samples.length) || samples.length % 2 === 1; i++) {
    const key =
      samples.length % 2 === 0
        ? /** @type {string} */ (FILTER_KEYS[(i / 2) % FILTER_KEYS.length])
        : 'Backspace';
    await page.evaluate(filterProbe, rows);
    await page.keyboard.press(/** @type {string} */ (key));
    samples.push(await page.evaluate(() => window.__bench));
    keys.push(key);
    if (snapshots) snapshots.push(await page.evaluate(boardSnapshot));
    await nextFrame(page);
    await page.waitForTimeout(30);
  }
  await search.fill('');
  return { samples, keys };
}

/**
 * @param {Page} page
 * @param {number} runs
 * @param {number} n
 */
async function openDetails(page, runs, n) {
  const samples = [];
  const more = budget(runs);
  for (let i = 0; more(samples.length); i++) {
    const links = page.getByRole('grid').locator('a.youth-link');
    await links.first().waitFor();
    const count = await links.count();
    const link = links.nth((i * 3) % count);
    await page.evaluate(detailProbe);
    await link.click();
    samples.push(await page.evaluate(() => window.__bench));
    await page.goBack();
    await waitForBoard(page, n, 60_000);
    await page.waitForTimeout(30);
  }
  return samples;
}

/**
 * @param {Page} page
 * @param {number} runs
 * @param {number} n
 */
async function openViews(page, runs, n) {
  /** @type {Record<string, number[]>} */
  const result = {};
  /** @type {Record<string, number[]>} */
  const complete = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, route] of VIEWS) {
      const times = await page.evaluate(viewProbe, route);
      (result[name] ??= []).push(times.content);
      (complete[name] ??= []).push(times.complete);
      await page.evaluate(() => (location.hash = '#/'));
      await waitForBoard(page, n, 60_000);
      await page.waitForTimeout(30);
    }
  }
  return { views: result, complete };
}

/**
 * The monthly case meeting at the projector: plan one from the board (every
 * young person on the agenda at this size), start it, and per young person set
 * the first two lights by key (R/O/G), as the coordinator does; then the next.
 * The first light of each young person also marks them discussed.
 * @param {Page} page
 * @param {number} changes
 */
async function meetingLights(page, changes) {
  await page.evaluate(() => (location.hash = '#/overleggen'));
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
  await dialog.getByLabel('Voorzitter').fill('Bench');
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
  await page
    .getByRole('heading', { level: 1, name: /^Casusoverleg/ })
    .waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await page.locator('.meeting-lights').waitFor({ timeout: 60_000 });
  const conditions = await page
    .locator('.meeting-lights button[aria-label]')
    .evaluateAll((buttons) =>
      buttons.map(
        (button) => /** @type {string} */ (button.getAttribute('aria-label')).split(': ')[0],
      ),
    );
  const samples = [];
  const more = budget(changes);
  for (let i = 0; more(samples.length); i++) {
    const column = i % 2;
    await page.keyboard.press(String(column + 1));
    const label = await page.evaluate(lightProbe, conditions[column]);
    const key = ['r', 'o', 'g'].find((candidate) => colourOf(label) !== COLOUR_WORDS[candidate]);
    await page.keyboard.press(/** @type {string} */ (key));
    samples.push(await page.evaluate(() => window.__bench));
    await nextFrame(page);
    await page.waitForTimeout(30);
    if (column === 1) {
      await page.keyboard.press('ArrowRight');
      await nextFrame(page);
      await page.waitForTimeout(30);
    }
  }
  await page.evaluate(() => (location.hash = '#/'));
  return samples;
}

/**
 * Export: click "Back-up downloaden" → the browser has the whole file. Restore
 * ("Alles vervangen"): choose that file → checked and planned → written → done.
 * The time a person needs to read the plan and click is left out.
 * @param {Page} page
 * @param {number} runs
 * @param {boolean | undefined} writeFloor
 */
async function backups(page, runs, writeFloor) {
  /** @type {BackupResult} */
  const result = {
    exportMs: [],
    madeMs: [],
    plainMs: [],
    restoreMs: [],
    checkMs: [],
    writeMs: [],
    writeFloorMs: [],
    writeFloorRecords: 0,
    recordFloorUs: [],
    records: 0,
    bytes: 0,
    plainBytes: 0,
    refused: null,
  };
  for (let run = 0; run < runs; run++) {
    await page.goto(`${BASE}/#/gegevens`);
    const button = page.getByRole('button', { name: 'Back-up downloaden' });
    await button.waitFor({ timeout: 60_000 });
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      button.click(),
    ]);
    const file = await download.path();
    result.exportMs.push(Date.now() - started);
    result.bytes = statSync(file).size;
    result.plainBytes = gunzipSync(readFileSync(file)).byteLength;
    const made = await page.evaluate(() => {
      const marks = performance.getEntriesByName('backup-made');
      return /** @type {{ readMs: number; serialiseMs: number; totalMs: number } | undefined} */ (
        /** @type {PerformanceMark | undefined} */ (marks[marks.length - 1])?.detail
      );
    });
    if (made) {
      result.madeMs.push(made.totalMs);
      result.plainMs.push(made.readMs + made.serialiseMs);
    }

    const checkStarted = Date.now();
    await page.getByLabel('Back-upbestand').setInputFiles(file);
    const plan = page.getByRole('heading', { name: 'Wat er gaat gebeuren' });
    const problem = page.locator('section[aria-labelledby="restore-title"] .field-error');
    await Promise.race([plan.waitFor({ timeout: 300_000 }), problem.waitFor({ timeout: 300_000 })]);
    if (!(await plan.isVisible())) {
      // Refused (for instance larger than the restore limit): nothing to time.
      result.refused = (await problem.textContent())?.trim() ?? 'geweigerd';
      break;
    }
    const checked = Date.now();
    await page.getByRole('radio', { name: /^Vervangen/ }).check();
    const writeStarted = Date.now();
    await page.getByRole('button', { name: 'Alles vervangen' }).click();
    await page
      .locator('[role=status], [role=alert]')
      .filter({ hasText: 'De back-up is teruggezet.' })
      .waitFor({ timeout: 600_000 });
    const done = Date.now();
    result.checkMs.push(checked - checkStarted);
    result.writeMs.push(done - writeStarted);
    result.restoreMs.push(checked - checkStarted + (done - writeStarted));
    result.records = await page.evaluate(recordCount);
    result.recordFloorUs.push((await page.evaluate(recordFloorProbe)).usPerRecord);
    if (writeFloor) {
      const floor = await page.evaluate(writeFloorProbe);
      result.writeFloorMs.push(floor.ms);
      result.writeFloorRecords = floor.records;
    }
  }
  return result;
}

/**
 * @param {import('./config.mjs').BoardPlan} plan
 * @returns {Promise<BoardResult>}
 */
export async function runBoard(plan) {
  const name = `${plan.n}${plan.throttle ? ` (${plan.throttle}× CPU)` : ''}`;
  // Each board in its own fresh profile on disk, as a coordinator's browser stores IndexedDB.
  const profile = await boardPage({
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    timezoneId: 'Europe/Amsterdam',
  });
  const { context, page } = profile;
  await context.addInitScript(installAfterFrame);
  await context.addInitScript(installIdbHelpers);
  await context.addInitScript(installColdPaint);
  try {
    log(`Bord ${name}: demo laden (${plan.n} jongeren, ${MONTHS} maanden)…`);
    const loadMs = await loadDemo(page, plan.n);
    log(`Bord ${name}: geladen in ${(loadMs / 1000).toFixed(1)} s`);
    if (plan.throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: plan.throttle });
    }
    const result = /** @type {BoardResult} */ ({
      n: plan.n,
      throttle: plan.throttle ?? 1,
      chromium: profile.version,
      demoLoadMs: loadMs,
      loadAverageAtStart: os.loadavg().map(round),
    });
    Object.assign(result, await coldPairs(page, plan.cold, plan.n));
    log(
      `Bord ${name}: koude start mediaan ${round(median(result.cold))} ms, vloer kale pagina ${round(median(result.bare))} ms`,
    );
    if (plan.throttledCold) {
      // Only the cold starts at a slower CPU: a whole throttled board would cost its own demo load.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      result.throttledCold = {
        throttle: CPU_SLOWDOWN,
        ...(await coldPairs(page, plan.throttledCold, plan.n)),
      };
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
      log(
        `Bord ${plan.n} (${CPU_SLOWDOWN}× CPU): koude start mediaan ${round(median(result.throttledCold.cold))} ms, vloer kale pagina ${round(median(result.throttledCold.bare))} ms`,
      );
    }
    Object.assign(result, await tableFloors(page, result.cold.length, plan.n));
    // The floor probe just read every table of this page into memory, the app never does; its
    // garbage is collected during the next seconds (at 4× CPU the first 25 light changes took
    // 60–480 ms, the later ones ~50). The interactions start on a freshly loaded board instead.
    await page.reload();
    await waitForBoard(page, plan.n, 60_000);
    result.lightChange = await lightChanges(page, plan.changes);
    log(`Bord ${name}: stoplicht p95 ${round(p95(result.lightChange))} ms`);
    const interactionFloors = plan.interactionFloors ?? 0;
    /** @type {import('./probes.mjs').BoardSnapshot[] | undefined} */
    const snapshots = interactionFloors > 0 ? [] : undefined;
    const filter = await filterKeystrokes(page, plan.filters, { snapshots });
    result.filter = filter.samples;
    result.filterKeys = filter.keys;
    log(`Bord ${name}: filter p95 ${round(p95(result.filter))} ms`);
    if (interactionFloors > 0) {
      await page.evaluate(installLightFloor);
      result.lightFloor = await lightChanges(page, interactionFloors);
      await page.evaluate(
        installFilterFloor,
        /** @type {import('./probes.mjs').BoardSnapshot[]} */ (snapshots),
      );
      result.filterFloor = (
        await filterKeystrokes(page, interactionFloors, {
          rows: '.board-scroll[data-floor] tbody',
        })
      ).samples;
      log(
        `Bord ${name}: vloer stoplicht p95 ${round(p95(result.lightFloor))} ms, vloer filter p95 ${round(p95(result.filterFloor))} ms`,
      );
      // The floors changed the page behind React's back; the app's own state is untouched.
      await page.reload();
      await page.evaluate(async () => {
        for (const { name } of await indexedDB.databases()) {
          if (name?.startsWith('bench-')) indexedDB.deleteDatabase(name);
        }
      });
      await waitForBoard(page, plan.n, 60_000);
    }
    if (plan.details > 0) {
      result.openDetail = await openDetails(page, plan.details, plan.n);
      log(`Bord ${name}: detail p95 ${round(p95(result.openDetail))} ms`);
    }
    if (plan.views > 0) {
      const opened = await openViews(page, plan.views, plan.n);
      result.views = opened.views;
      result.viewsComplete = opened.complete;
      log(
        `Bord ${name}: weergaven ${Object.entries(result.views)
          .map(([view, samples]) => `${view} ${round(median(samples))}`)
          .join(', ')} ms`,
      );
    }
    if (plan.meetingChanges > 0) {
      result.meetingLight = await meetingLights(page, plan.meetingChanges);
      log(`Bord ${name}: stoplicht in vergadermodus p95 ${round(p95(result.meetingLight))} ms`);
      await waitForBoard(page, plan.n, 60_000);
    }
    if (plan.backups > 0) {
      result.backup = await backups(page, plan.backups, plan.writeFloor);
      const { exportMs, restoreMs, bytes, plainBytes, refused } = result.backup;
      log(
        `Bord ${name}: back-up ${(bytes / 1024 ** 2).toFixed(1)} MB gzip (JSON ${(plainBytes / 1024 ** 2).toFixed(1)} MB) in ${round(median(exportMs))} ms, terugzetten ${refused ? `geweigerd: ${refused}` : `${round(median(restoreMs))} ms`}`,
      );
    }
    result.loadAverageAtEnd = os.loadavg().map(round);
    return result;
  } finally {
    await profile.close();
  }
}
