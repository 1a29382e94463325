// Developer aid: light changes in meeting mode on a demo board (plan a monthly meeting, start it,
// press R/O on the first light of each young person, then go to the next).
// Usage: node scripts/dev/meeting.mjs [n=1000] [buildDir]  Env: THROTTLE=4, KEYS=20.
import os from 'node:os';
import { join } from 'node:path';
import { installAfterFrame } from '../paint-probe.mjs';
import {
  buildInto,
  launchProfile,
  startPreview,
  startTrace,
  stopPreview,
  stopTrace,
  waitForDemoBoard,
} from '../preview.mjs';

const [n = '1000', given] = process.argv.slice(2);
const dir = given ?? join(os.tmpdir(), 'uitstroombord-meeting');
if (!given) buildInto(dir);
const server = await startPreview(dir, 4186);
// An on-disk profile, as the bench and a coordinator's browser: IndexedDB in memory is slower.
const profile = await launchProfile({ viewport: { width: 1280, height: 720 } });
try {
  const { page } = profile;
  await page.addInitScript(installAfterFrame);
  await page.goto(`http://127.0.0.1:4186/?demo=${n}&maanden=12#/`);
  await waitForDemoBoard(page, n);
  await page.goto(`http://127.0.0.1:4186/#/overleggen`);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
  await dialog.getByLabel('Voorzitter').fill('Mo');
  const planned = Date.now();
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
  await page
    .getByRole('heading', { level: 1, name: /^Casusoverleg/ })
    .waitFor({ timeout: 120_000 });
  const items = await page
    .getByRole('list', { name: /^Agenda/ })
    .getByRole('listitem')
    .count();
  console.log(`planned in ${Date.now() - planned} ms, ${items} on the agenda`);
  const started = Date.now();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await page.locator('#meeting-youth-name').waitFor();
  await page.locator('.meeting-progress').waitFor();
  console.log(`meeting mode in ${Date.now() - started} ms`);
  console.log(
    'DOM:',
    await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      agendaLinks: document.querySelectorAll('.meeting-mode li').length,
    })),
  );
  const cdp = await page.context().newCDPSession(page);
  if (process.env.THROTTLE)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  await cdp.send('Performance.enable');
  const metric = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  const m0 = await metric();
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  if (process.env.TRACE)
    await startTrace(cdp, [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink',
      'blink.user_timing',
    ]);
  const times = [];
  for (let i = 0; i < Number(process.env.KEYS ?? 20); i++) {
    await page.keyboard.press('1');
    const light = page.getByRole('button', { name: /^Wonen: / });
    const before = ((await light.getAttribute('aria-label')) ?? '').split(': ')[1];
    const [key, after] = before === 'rood' ? ['o', 'oranje'] : ['r', 'rood'];
    const measured = page.evaluate(
      (want) =>
        new Promise((resolve) => {
          let down = 0;
          addEventListener(
            'keydown',
            (event) => {
              down = event.timeStamp;
              performance.mark('probe-key');
            },
            {
              once: true,
              capture: true,
            },
          );
          const poll = () => {
            const el = [...document.querySelectorAll('button[aria-label^="Wonen: "]')][0];
            if (down && el?.getAttribute('aria-label') === `Wonen: ${want}`)
              // Once this frame is painted (see paint-probe.mjs).
              requestAnimationFrame(() =>
                window.__afterFrame(() => {
                  performance.mark('probe-painted');
                  resolve(performance.now() - down);
                }),
              );
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      after,
    );
    await page.waitForTimeout(50);
    await page.keyboard.press(key);
    times.push(await measured);
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
  }
  if (process.env.PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = profile.timeDeltas;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${Math.round(ms).toString().padStart(7)} ms  ${key}`);
    // Total time per function (itself and what it called), to see which path costs.
    const parent = new Map();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map();
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { functionName, url, lineNumber } = byId.get(at).callFrame;
        const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
      }
    });
    console.log('inclusive:');
    for (const [key, ms] of [...inclusive]
      .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.INCLUSIVE ?? 45)))
      console.log(`${Math.round(ms).toString().padStart(7)} ms  ${key}`);
  }
  const m1 = await metric();
  if (process.env.TRACE) {
    const { traceEvents } = JSON.parse(await stopTrace(cdp));
    const main = traceEvents.find(
      (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
    );
    const total = new Map();
    for (const event of traceEvents) {
      if (event.ph !== 'X' || event.tid !== main?.tid || event.pid !== main?.pid) continue;
      total.set(event.name, (total.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    }
    for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${(ms / times.length).toFixed(1).padStart(7)} ms/key  ${name}`);
    // The last key's main-thread tasks, from key down to the probe's painted mark.
    const marks = traceEvents.filter((event) => event.name === 'probe-key');
    console.log(
      'marks',
      marks.length,
      JSON.stringify(traceEvents.filter((e) => String(e.name).includes('probe')).slice(0, 2)),
    );
    const painted = traceEvents.filter((event) => event.name === 'probe-painted');
    const from = marks[marks.length - 1]?.ts;
    const to = painted[painted.length - 1]?.ts;
    if (from !== undefined && to !== undefined) {
      console.log(`last key: ${((to - from) / 1000).toFixed(1)} ms`);
      const inside = traceEvents
        .filter(
          (event) =>
            event.ph === 'X' &&
            event.tid === main?.tid &&
            event.pid === main?.pid &&
            event.ts + (event.dur ?? 0) >= from - 20_000 &&
            event.ts <= to &&
            (event.dur ?? 0) >= 300,
        )
        .sort((a, b) => a.ts - b.ts);
      for (const event of inside) {
        const detail =
          event.args?.data?.type ??
          event.args?.data?.functionName ??
          event.args?.data?.url?.split('/').pop() ??
          '';
        console.log(
          `  +${((event.ts - from) / 1000).toFixed(1).padStart(6)} ${((event.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms  ${event.name} ${detail}`,
        );
      }
    }
  }
  for (const name of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'])
    console.log(
      `${name}: ${Math.round(((m1[name] - m0[name]) * 1000) / times.length)} ms per key (incl. navigation)`,
    );
  console.log(
    `LayoutCount +${m1.LayoutCount - m0.LayoutCount}, RecalcStyleCount +${m1.RecalcStyleCount - m0.RecalcStyleCount}`,
  );
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `${n}${process.env.THROTTLE ? ` ${process.env.THROTTLE}x` : ''}: light in meeting mode median ${Math.round(at(0.5))} ms, p95 ${Math.round(at(0.95))} ms; all ${times.map(Math.round).join(' ')}`,
  );
} finally {
  await profile.close();
  stopPreview(server);
}
