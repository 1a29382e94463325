// Developer aid: time to open each view of the app on a demo board (hash navigation, no reload).
// Usage: node scripts/dev/views.mjs [n=1000] [buildDir]  Env: THROTTLE=4, ROUNDS=2, VIEWS=/acties,/
// (routes, comma-separated), PORT=4185. Without buildDir it builds the working tree. For the bench's numbers see bench.mjs.
import os from 'node:os';
import { join } from 'node:path';
import { buildInto, boardPage, startPreview, stopPreview, waitForDemoBoard } from '../preview.mjs';
import { installAfterFrame } from '../paint-probe.mjs';
import { viewProbe } from '../view-probe.mjs';

const [n = '1000', given] = process.argv.slice(2);
const dir = given ?? join(os.tmpdir(), 'uitstroombord-views');
if (!given) buildInto(dir);
const VIEWS = (
  process.env.VIEWS ?? '/aandacht,/acties,/overleggen,/uitgestroomd,/gemeenten,/regio,/'
).split(',');
const PORT = Number(process.env.PORT ?? 4185);
const server = await startPreview(dir, PORT);
// An on-disk profile, as the bench and a coordinator's browser: IndexedDB in memory is slower.
const profile = await boardPage();
try {
  const { page } = profile;
  await page.addInitScript(installAfterFrame);
  await page.goto(`http://127.0.0.1:${PORT}/?demo=${n}&maanden=12#/`);
  await waitForDemoBoard(page, n);
  const cdp = await page.context().newCDPSession(page);
  if (process.env.THROTTLE)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    for (const view of VIEWS) {
      const { content: ms, complete } = await page.evaluate(viewProbe, view);
      console.log(
        `${n}${process.env.THROTTLE ? ` ${process.env.THROTTLE}x` : ''} round ${round} ${view.padEnd(14)} ${Math.round(ms)} ms (alle delen ${Math.round(complete)} ms)`,
      );
    }
  }
} finally {
  await profile.close();
  stopPreview(server);
}
