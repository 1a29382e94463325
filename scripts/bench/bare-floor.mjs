// The cold start's floor: a bare page (bare-page.js) that does what the board's first screen
// needs with no framework, served the same way as the app. Every page pays for navigating,
// loading and starting its code; a floor measured inside an already loaded page leaves that
// out. The bare page is built into the bench's build next to the app, so the app's service
// worker precaches it with the app's files, and both are timed from the start of their
// navigation to the frame painted after their `board-ready` mark.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from './config.mjs';

export const BARE_PAGE = 'bench-floor.html';
const BARE_SCRIPT = 'bench-floor.js';

/**
 * A Vite plugin for the bench's build only: writes the bare page and its script into the
 * build directory before vite-plugin-pwa lists the files to precache (that happens when the
 * bundle is closed, after every plugin wrote its files), so the service worker precaches
 * and serves them exactly like the app's own. The page links the app's stylesheet(s), read
 * from the built index.html, so its rows are styled, laid out and painted as the app's are.
 * @returns {import('vite').Plugin}
 */
export function bareFloorPage() {
  return {
    name: 'uitstroombord-bench-bare-floor',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = /** @type {string} */ (options.dir);
      const index = readFileSync(join(dir, 'index.html'), 'utf8');
      const styles = index.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
      if (styles.length === 0) throw new Error('Geen stylesheet in index.html voor de kale pagina');
      writeFileSync(
        join(dir, BARE_PAGE),
        [
          '<!doctype html>',
          '<html lang="nl">',
          '<head>',
          '<meta charset="UTF-8" />',
          '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
          '<title>Vloer: kale pagina</title>',
          ...styles,
          `<script type="module" src="/${BARE_SCRIPT}"></script>`,
          '</head>',
          '<body></body>',
          '</html>',
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(dir, BARE_SCRIPT),
        readFileSync(new URL('./bare-page.js', import.meta.url), 'utf8'),
      );
    },
  };
}

/**
 * In the page, as an init script (after installAfterFrame): when the page marks
 * `board-ready` (the app once its board shows every row's lights, the bare page once its
 * rows are in the DOM), count the rows in the DOM and, once the next frame is painted, put
 * the times on `window.__cold` (ms since the start of the navigation).
 */
export function installColdPaint() {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'board-ready' && !window.__cold) {
      const cold = {
        readyMs: entry.startTime,
        rows: document.querySelectorAll('[role=grid] tbody tr:not(.spacer)').length,
        paintedMs: 0,
      };
      window.__cold = cold;
      requestAnimationFrame(() => window.__afterFrame(() => (cold.paintedMs = performance.now())));
    }
    return entry;
  };
}

/**
 * Navigates to `url` and waits until its `board-ready` frame is painted.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
async function timeNavigation(page, url) {
  const response = await page.goto(url);
  await page.waitForFunction(() => (window.__cold?.paintedMs ?? 0) > 0, null, {
    timeout: 120_000,
  });
  const cold = await page.evaluate(() => ({
    .../** @type {NonNullable<Window['__cold']>} */ (window.__cold),
    detail: /** @type {{ rows?: number; youths?: number }} */ (
      /** @type {PerformanceMark} */ (performance.getEntriesByName('board-ready')[0]).detail
    ),
  }));
  return { ...cold, fromServiceWorker: response?.fromServiceWorker() ?? false };
}

/**
 * One cold start of the app, then one of the bare page drawing as many rows as the app
 * drew in its first screen. Each is a navigation from the other page (the same kind of
 * navigation, the browser in the same state before it), both served by the service worker.
 * @param {import('@playwright/test').Page} page
 * @param {number} n
 */
export async function coldPair(page, n) {
  // Both from the service worker's cache: it must control the page before the first run.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
    timeout: 120_000,
  });
  // `/`, not `/#/`: from the board at `/#/` that would only change the hash, not load the page.
  const app = await timeNavigation(page, `${BASE}/`);
  // The app's mark counts every row of the board; the DOM holds those in the first screen.
  if (app.detail.rows !== n)
    throw new Error(`board-ready met ${app.detail.rows} rijen, verwacht ${n}`);
  const bare = await timeNavigation(page, `${BASE}/${BARE_PAGE}#rows=${app.rows}`);
  if (bare.detail.youths !== n || bare.rows !== app.rows) {
    throw new Error(
      `Kale pagina: ${bare.rows} rijen van ${bare.detail.youths} jongeren, de app ${app.rows} van ${n}`,
    );
  }
  if (!app.fromServiceWorker || !bare.fromServiceWorker) {
    throw new Error('De app of de kale pagina kwam niet uit de service worker');
  }
  return { app, bare };
}
