// Developer aid, not part of CI: CPU profile of light changes (or cold load) on a demo board.
// Usage: node scripts/dev/profile.mjs [n=1000] [what=light|cold|filter|restore|/route] [count=20]
// Env: THROTTLE=4 slows the CPU down; NO_PROFILE=1 only Chromium's totals; MARKS=1 X- marks;
// INCLUSIVE=60 also total time per function; CSS='…' extra style rules to try; TRACE=1 a Chromium trace: main-thread time per event and what invalidated paint and layout;
// TRACE_OUT=file.json keeps that trace; SAME_CELL=1 changes one light again and again (no arrow keys in the profile).
// SKIP_BUILD=1 reuses the last build. For latency per keystroke and A/B of builds, see latency.mjs.
// Builds unminified into a temp dir, serves it on 4175 and prints the top self-time functions.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  buildInto,
  boardPage,
  startPreview,
  startTrace,
  stopPreview,
  stopTrace,
  waitForDemoBoard,
} from '../preview.mjs';
import { installAfterFrame } from '../paint-probe.mjs';
import { viewProbe } from '../view-probe.mjs';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'blink',
];

/** Main-thread time per trace event and the invalidations, most frequent first. */
function summariseTrace({ traceEvents }) {
  const main = traceEvents.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const onMain = traceEvents.filter(
    (event) => main && event.pid === main.pid && event.tid === main.tid,
  );
  const time = new Map();
  for (const event of onMain.filter((event) => event.ph === 'X' && event.dur)) {
    const entry = time.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += event.dur / 1000;
    entry.count++;
    time.set(event.name, entry);
  }
  console.log('main thread, by event (inclusive):');
  for (const [name, { ms, count }] of [...time].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(5)}×  ${name}`);
  const reasons = new Map();
  for (const event of traceEvents.filter((event) => event.name.endsWith('InvalidationTracking'))) {
    const data = event.args?.data ?? {};
    const key = `${event.name.replace('InvalidationTracking', '')}: ${data.reason ?? data.invalidationList?.[0]?.classes ?? ''} ${data.nodeName ?? ''}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log('invalidations:');
  for (const [key, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${String(count).padStart(6)}×  ${key}`);
  if (process.env.TRACE === 'timeline') printTimeline(onMain);
  if (process.env.TRACE === 'tasks') {
    // Every main-thread task over 5 ms, in order, with its biggest parts.
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 5000);
    const t0 = tasks[0]?.ts ?? 0;
    for (const task of tasks) {
      const inner = onMain.filter(
        (e) =>
          e !== task &&
          e.ph === 'X' &&
          e.ts >= task.ts &&
          e.ts + e.dur <= task.ts + task.dur &&
          e.dur > 2000,
      );
      const names = [
        ...new Set(
          inner.map(
            (e) =>
              `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur / 1000).toFixed(0)}`,
          ),
        ),
      ].slice(0, 6);
      console.log(
        `+${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ${(task.dur / 1000).toFixed(0).padStart(5)} ms  ${names.join(', ')}`,
      );
    }
  }
  const paints = onMain.filter((event) => event.name === 'Paint' && event.ph === 'X');
  const rects = new Map();
  for (const paint of paints) {
    const clip = paint.args?.data?.clip ?? [];
    const key = `layer ${paint.args?.data?.layerId} ${clip.length ? `${clip[2] - clip[0]}×${clip[5] - clip[1]}` : ''} node ${paint.args?.data?.nodeId}`;
    const entry = rects.get(key) ?? { ms: 0, count: 0 };
    entry.ms += paint.dur / 1000;
    entry.count++;
    rects.set(key, entry);
  }
  console.log('paints:');
  for (const [key, { ms, count }] of [...rects].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(5)}×  ${key}`);
}

/** Per key press: the main-thread tasks that follow it, with what each spent its time on. */
function printTimeline(onMain) {
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur > 1000)
    .sort((a, b) => a.ts - b.ts);
  const inside = (task, event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur;
  const parts = {
    js: ['FunctionCall', 'EvaluateScript', 'RunMicrotasks'],
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    prepaint: ['PrePaint'],
    paint: ['LocalFrameView::RunPaintLifecyclePhase'],
    gc: ['MajorGC', 'MinorGC'],
  };
  const spans = onMain.filter((event) => event.ph === 'X' && event.dur);
  const keys = onMain.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  let keyIndex = 0;
  for (const task of tasks) {
    while (keyIndex < keys.length && keys[keyIndex].ts <= task.ts + task.dur) {
      console.log(`-- keydown @${(keys[keyIndex].ts / 1000).toFixed(0)}`);
      keyIndex++;
    }
    const own = spans.filter((event) => event !== task && inside(task, event));
    const summary = Object.entries(parts)
      .map(([part, names]) => {
        // Outermost events only, so nested calls count once.
        const matching = own.filter((event) => names.includes(event.name));
        const outer = matching.filter(
          (event) => !matching.some((other) => other !== event && inside(other, event)),
        );
        const ms = outer.reduce((sum, event) => sum + event.dur / 1000, 0);
        return ms >= 0.5 ? `${part} ${ms.toFixed(1)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    console.log(
      `  @${(task.ts / 1000).toFixed(0)} task ${(task.dur / 1000).toFixed(1)} ms: ${summary}`,
    );
  }
}

const [n = '1000', what = 'light', count = '20'] = process.argv.slice(2);
const OUT = process.env.PROFILE_OUT ?? join(os.tmpdir(), 'uitstroombord-profile');
const PORT = Number(process.env.PORT ?? 4175);
if (!process.env.SKIP_BUILD) buildInto(OUT, { minify: false });
const server = await startPreview(OUT, PORT);
const base = `http://127.0.0.1:${PORT}`;
// An on-disk profile, as the bench and a coordinator's browser: IndexedDB in memory is slower.
const browserProfile = await boardPage({ bypassCSP: Boolean(process.env.CSS) });
try {
  const { page } = browserProfile;
  await page.addInitScript(installAfterFrame);
  await page.goto(`${base}/?demo=${n}&maanden=12#/`);
  await waitForDemoBoard(page, n);
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (process.env.THROTTLE)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((metric) => [
        metric.name,
        metric.value,
      ]),
    );
  const before = await metrics();
  const started = Date.now();
  if (!process.env.NO_PROFILE) await cdp.send('Profiler.start');
  if (process.env.TRACE)
    await startTrace(cdp, process.env.TRACE_CATEGORIES?.split(',') ?? TRACE_CATEGORIES);
  if (what === 'restore') {
    await page.goto(`${base}/#/gegevens`);
    const button = page.getByRole('button', { name: 'Back-up downloaden' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = await download.path();
    await cdp.send('Profiler.stop').catch(() => {});
    if (!process.env.NO_PROFILE) await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.getByLabel('Back-upbestand').setInputFiles(file);
    await page.getByRole('heading', { name: 'Wat er gaat gebeuren' }).waitFor({ timeout: 600_000 });
    const t1 = Date.now();
    await page.getByRole('radio', { name: /^Vervangen/ }).check();
    const t2 = Date.now();
    await page.getByRole('button', { name: 'Alles vervangen' }).click();
    await page.getByText('De back-up is teruggezet.').waitFor({ timeout: 600_000 });
    console.log(`check ${t1 - t0} ms, write ${Date.now() - t2} ms`);
  } else if (what.startsWith('/')) {
    // Open a view by its hash route, `count` times, back to the board in between.
    for (let i = 0; i < Number(count); i++) {
      await page.evaluate(viewProbe, what);
      console.log(`${what}: ${await page.locator('main tr, main li').count()} rows and items`);
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('.row-count').waitFor();
    }
  } else if (what === 'cold') {
    const ready = [];
    for (let i = 0; i < Number(count); i++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('board-ready').length > 0);
      ready.push(
        await page.evaluate(() => performance.getEntriesByName('board-ready')[0].startTime),
      );
    }
    ready.sort((a, b) => a - b);
    console.log(`board-ready ms: ${ready.map(Math.round).join(' ')}`);
  } else if (what === 'filter') {
    const search = page.getByLabel('Zoeken', { exact: true });
    await search.focus();
    for (let i = 0; i < Number(count); i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : 'a');
      await page.waitForTimeout(150);
    }
  } else {
    await page.getByRole('grid').locator('button[aria-label*=" – "]').first().focus();
    for (let i = 0; i < Number(count); i++) {
      await page.keyboard.press(['r', 'o', 'g'][i % 3]);
      await page.waitForTimeout(400);
      if (!process.env.SAME_CELL) await page.keyboard.press('ArrowDown');
    }
  }
  const { profile } = process.env.NO_PROFILE
    ? { profile: { nodes: [], samples: [], timeDeltas: [] } }
    : await cdp.send('Profiler.stop');
  const after = await metrics();
  if (process.env.TRACE) {
    const trace = await stopTrace(cdp);
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, trace);
    summariseTrace(JSON.parse(trace));
  }
  for (const name of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'])
    console.log(`${name}: ${((after[name] - before[name]) * 1000).toFixed(0)} ms`);
  console.log(
    `Nodes: ${after.Nodes}, LayoutCount +${after.LayoutCount - before.LayoutCount}, RecalcStyleCount +${after.RecalcStyleCount - before.RecalcStyleCount}`,
  );
  if (process.env.MARKS) {
    // Temporary performance.mark('X-…') calls in the code under study, per key press.
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('X-'))
        .map((mark) => [mark.name.slice(2), mark.startTime]),
    );
    let line = [];
    let t0 = 0;
    for (const [name, at] of marks) {
      if (name === 'key') {
        if (line.length) console.log(line.join(' '));
        line = [];
        t0 = at;
      }
      line.push(`${name}@${(at - t0).toFixed(0)}`);
    }
    console.log(line.join(' '));
  }
  console.log(`profiled ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  let total = 0;
  for (const [id, micro] of dt) {
    const node = byId.get(id);
    const f = node.callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + micro);
    total += micro;
  }
  if (process.env.INCLUSIVE) {
    // Total time per function: each sample counts once for every function on its stack.
    const parent = new Map();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map();
    for (const [id, micro] of dt) {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame;
        const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + micro);
      }
    }
    console.log('inclusive:');
    for (const [name, micro] of [...inclusive]
      .filter(([name]) => !/^\((program|idle|root|garbage collector)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.INCLUSIVE)))
      console.log(`${(micro / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
  for (const [name, micro] of top)
    console.log(`${(micro / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  console.log(`total ${(total / 1000).toFixed(0)} ms`);
} finally {
  await browserProfile.close();
  stopPreview(server);
}
