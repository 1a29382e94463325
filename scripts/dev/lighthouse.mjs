// Developer aid, not part of CI: Lighthouse's desktop performance score of a first `?demo` visit.
// Lighthouse is not a dependency of the project: install it once outside it
// (`mkdir /tmp/lh && cd /tmp/lh && npm i lighthouse@12`) and pass its CLI in LIGHTHOUSE.
// Usage: LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse node scripts/dev/lighthouse.mjs [buildDir]
//   Without a build dir it builds the working tree into a temp dir. A real first visit shows the
//   welcome question and draws nothing behind it, and Lighthouse answers nothing: it would measure
//   the app's start, not the demo board. So each round gets a fresh on-disk profile in which the
//   question is answered on an empty board (Playwright), and Lighthouse then opens `/?demo` in
//   that profile (`--disable-storage-reset`): the demo board is made and written inside the
//   measurement. Prints score, total blocking time, FCP, LCP and the machine's load per round.
// Env: ROUNDS=3, PORT=4193, SHOTS=<dir> keeps Lighthouse's final screenshot of each round.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { answerWelcome, buildInto, startPreview, stopPreview } from '../preview.mjs';

const LIGHTHOUSE = process.env.LIGHTHOUSE;
if (!LIGHTHOUSE) {
  console.error('Zet LIGHTHOUSE naar de lighthouse-CLI (zie de kop van dit script).');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORT = Number(process.env.PORT ?? 4193);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const [given] = process.argv.slice(2);
const dir = given ?? join(os.tmpdir(), 'uitstroombord-lighthouse');
if (!given) buildInto(dir);

/** @param {string} profile */
async function answeredProfile(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: ['--no-sandbox'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await answerWelcome(page, 'Lighthouse', 'Meetaanbieder');
  await page.getByRole('button', { name: 'Demobord laden' }).waitFor();
  // Let the service worker finish precaching, as on a second visit of a real person.
  await page.waitForTimeout(1500);
  await context.close();
}

const server = await startPreview(dir, PORT);
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const profile = mkdtempSync(join(os.tmpdir(), 'uitstroombord-lh-'));
    const report = join(profile, 'report.json');
    try {
      await answeredProfile(profile);
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      execFileSync(
        LIGHTHOUSE,
        [
          `http://127.0.0.1:${PORT}/?demo`,
          '--only-categories=performance',
          '--preset=desktop',
          '--disable-storage-reset',
          `--chrome-flags=--headless=new --no-sandbox --user-data-dir=${profile}`,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'inherit' },
      );
      const result = JSON.parse(readFileSync(report, 'utf8'));
      // What the page showed when Lighthouse stopped: the demo board must be drawn by then, or
      // the round measured less than a first `?demo` visit.
      const shot = result.audits['final-screenshot']?.details?.data ?? '';
      if (process.env.SHOTS)
        writeFileSync(
          join(process.env.SHOTS, `lighthouse-${round}.jpg`),
          shot.split(',')[1] ?? '',
          'base64',
        );
      /** @param {string} id */
      const ms = (id) => Math.round(result.audits[id].numericValue);
      console.log(
        `ronde ${round}: score ${Math.round(result.categories.performance.score * 100)}, ` +
          `TBT ${ms('total-blocking-time')} ms, FCP ${ms('first-contentful-paint')} ms, ` +
          `LCP ${ms('largest-contentful-paint')} ms (load ${load})`,
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  stopPreview(server);
}
