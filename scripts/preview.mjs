// `vite preview` of a build directory for the scripts that drive Chromium (bench, dev aids).
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the working tree into `outDir` (as shipped, or unminified for profiles).
 * @param {string} outDir
 * @param {{ minify?: boolean }} [options]
 */
export function buildInto(outDir, { minify = true } = {}) {
  execSync(
    `npx vite build --outDir ${outDir} --emptyOutDir${minify ? '' : ' --minify false'} --logLevel warn`,
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/**
 * Serves `outDir` on 127.0.0.1:`port`; resolves once it answers, fails with vite's output.
 * @param {string} outDir
 * @param {number} port
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
export async function startPreview(outDir, port) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'].concat([
      '--outDir',
      outDir,
    ]),
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  server.on('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview stopte:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}`);
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview startte niet binnen 60 s:\n${output}`);
}

/** @param {import('node:child_process').ChildProcess | undefined} server */
export function stopPreview(server) {
  if (!server || server.exitCode !== null) return;
  try {
    // The whole process group: npx starts vite as a child.
    process.kill(-(/** @type {number} */ (server.pid)), 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * A fresh Chromium profile on disk, as a coordinator's browser has, with one
 * page. `browser.newContext()` is an incognito context, and Chromium keeps an
 * incognito context's IndexedDB in memory, where writing was ~4.5× as slow here
 * (Chromium 150: 60,000 assessments at ~330 µs each against ~75 µs on disk).
 * `close()` closes the browser and deletes the profile. `options` go to
 * `launchPersistentContext` (viewport, locale, args…).
 * @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options]
 */
export async function launchProfile(options = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'uitstroombord-profile-'));
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      ...options,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    const close = async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { context, page, version: product.replace(/^[^/]*\//, ''), close };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts a Chromium trace through a page's CDP session (a profile has no `browser.startTracing`).
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string[]} categories
 */
export async function startTrace(cdp, categories) {
  await cdp.send('Tracing.start', {
    categories: categories.join(','),
    transferMode: 'ReturnAsStream',
  });
}

/**
 * Ends the trace begun by {@link startTrace}; resolves to its JSON text.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof } = await cdp.send('IO.read', { handle: stream });
    text += data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return text;
}

/**
 * The board as the bench sees it (1366×800, Dutch) in {@link launchProfile}; `options` go there too.
 * @param {Parameters<typeof launchProfile>[0]} [options]
 */
export function boardPage(options = {}) {
  return launchProfile({ viewport: { width: 1366, height: 800 }, locale: 'nl-NL', ...options });
}

/**
 * First use asks who works here, in a modal that blocks the board's keys. A
 * coordinator answers it once per browser; so do the scripts, right after the
 * demo board is in, so every measurement after it sees the board as used daily.
 * @param {import('@playwright/test').Page} page
 */
export async function answerWelcome(page, name = 'Bench', provider = 'Uitstroombord bench') {
  const dialog = page.getByRole('dialog', { name: 'Welkom bij het Uitstroombord' });
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.getByRole('radio', { name: /^Ik werk bij de zorgaanbieder/ }).check();
  await dialog.getByLabel('Je naam').fill(name);
  await dialog.getByLabel('Naam van de zorgaanbieder').fill(provider);
  await dialog.getByRole('button', { name: 'Aan de slag' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Resolves once the demo board shows all `n` young people and the first-use question is answered.
 * @param {import('@playwright/test').Page} page
 * @param {number | string} n
 */
export async function waitForDemoBoard(page, n) {
  // The demo board fills once the first-use question is answered.
  await answerWelcome(page);
  await page
    .locator('.row-count')
    .filter({ hasText: new RegExp(`^${n} jongeren$`) })
    .waitFor({ timeout: 600_000 });
}
