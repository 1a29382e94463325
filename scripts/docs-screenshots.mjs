// Regenerates the pictures in docs/ (linked from the README): the board and Aandacht as a
// coordinator sees them on a 1366×768 projector, and the grayscale pictures of the printed
// pages — the monthly report, the regional overview and the board, each printed by Chromium to
// PDF exactly as "Afdrukken / PDF" does, then page 1 rendered in gray with pdftoppm.
//
//   npm run build && node scripts/docs-screenshots.mjs
//
// Starts its own `vite preview` on port 4175 (DOCS_PORT to change) and stops it afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { answerWelcome } from './preview.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.DOCS_PORT ?? 4175);
const base = `http://127.0.0.1:${port}`;
const docs = join(root, 'docs');
const work = mkdtempSync(join(tmpdir(), 'uitstroombord-docs-'));

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/ ontbreekt: voer eerst `npm run build` uit.');
  process.exit(1);
}

// Node runs vite itself (not through npx), so stopping it stops the server too.
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
const stop = () => {
  if (server.exitCode === null) server.kill();
  rmSync(work, { recursive: true, force: true });
};

async function waitForServer() {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview stopte (poort ${port} bezet?)`);
    try {
      // Only our own server counts: a server already on the port makes ours exit.
      if ((await fetch(base)).ok && attempt > 1 && server.exitCode === null) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`vite preview op ${base} reageert niet`);
}

/**
 * The screen as it is, in colour.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 */
async function screenToPng(page, name) {
  await page.screenshot({ path: join(docs, `${name}.png`) });
  console.log(`docs/${name}.png`);
}

/**
 * Prints the page to A4 PDF with the print stylesheet and renders page 1 in grayscale.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 */
async function printToPng(page, name) {
  const pdf = join(work, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', [
    '-gray',
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(docs, name),
  ]);
  console.log(`docs/${name}.png`);
}

try {
  await waitForServer();
  mkdirSync(docs, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(`${base}/#/`);
  await answerWelcome(page, 'Anna de Boer', 'Stichting De Linde');
  await page.getByRole('button', { name: 'Demobord laden' }).click();
  await page.getByRole('grid').waitFor();
  // The toast saying the demo loaded would cover the board's last rows.
  await page
    .locator('[data-toast]')
    .getByRole('button', { name: 'Sluiten' })
    .click({ timeout: 5_000 })
    .catch(() => {});
  await screenToPng(page, 'board');
  await printToPng(page, 'print-bord');

  await page.getByRole('link', { name: /^Aandacht/ }).click();
  await page.getByRole('heading', { level: 1, name: /Aandacht/ }).waitFor();
  await screenToPng(page, 'aandacht');

  // The last complete month: a report as it would be sent.
  const month = await page.evaluate(() => {
    const date = new Date();
    date.setDate(1);
    date.setMonth(date.getMonth() - 1);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  });
  await page.goto(`${base}/#/rapport/Zwolle/${month}`);
  await page.getByRole('heading', { name: 'Stoplichten per randvoorwaarde' }).waitFor();
  await printToPng(page, 'print-maandrapport');

  await page.goto(`${base}/#/regio`);
  await page.getByRole('heading', { name: 'Grootste knelpunten' }).waitFor();
  await printToPng(page, 'print-regionaal-overzicht');
  await browser.close();
} finally {
  stop();
}
