// `npm run bench`: measures the production build in Debian's Chromium on generated
// boards (issue 4) and prints a Markdown table; raw samples go to bench/results.json.
// Speed claims in the README come from this script, not from impressions.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_SIZES=100,1000 to run
// only some boards (the 4× slowdown run belongs to 1000; 5000 has its own cold starts at 4×);
// BENCH_NO_THROTTLE=1 skips them;
// BENCH_PORT (default 4174) where the build is served.
//
// The parts: bench/config.mjs (boards, repetitions), bench/probes.mjs (in-page timing),
// bench/floors.mjs (the same work without our code), bench/scenarios.mjs (what a person
// does, per board) and bench/report.mjs (the table).
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { startPreview, stopPreview } from './preview.mjs';
import { bareFloorPage } from './bench/bare-floor.mjs';
import { BASE, MONTHS, OUT_DIR, PLAN, PORT, ROOT, log, startedAt } from './bench/config.mjs';
import { markdownTable, writeTableInto } from './bench/report.mjs';
import { runBoard } from './bench/scenarios.mjs';
import { round } from './bench/stats.mjs';

// ---------------------------------------------------------------------------
// Build, server, browser

// The app as shipped (vite.config.ts), plus the bare page of the cold start's floor, which
// the app's service worker then precaches with the rest (bench/bare-floor.mjs).
async function build() {
  log(`Bouwen: vite build --outDir ${OUT_DIR}, met de kale pagina`);
  await viteBuild({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
    plugins: [bareFloorPage()],
  });
}

// ---------------------------------------------------------------------------

async function main() {
  execSync('node scripts/ensure-test-tools.mjs chromium', { cwd: ROOT, stdio: 'inherit' });
  const sizes = process.env.BENCH_SIZES?.split(',').map(Number);
  const plan = PLAN.filter(
    (entry) =>
      (!sizes || sizes.includes(entry.n)) && !(entry.throttle && process.env.BENCH_NO_THROTTLE),
  ).map((entry) =>
    process.env.BENCH_NO_THROTTLE ? { ...entry, throttledCold: undefined } : entry,
  );

  await build();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  const cleanup = () => {
    stopPreview(server);
    rmSync(OUT_DIR, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
  try {
    log(`Start: npx vite preview op ${BASE}`);
    server = await startPreview(OUT_DIR, PORT);
    /**
     * @type {{ cpu: string; cores: number; memoryGb: number; os: string; node: string;
     *   chromium: string; loadAverage: number[]; loadAverageAfter?: number[]; date: string }}
     */
    const machine = {
      cpu: os.cpus()[0]?.model ?? 'onbekend',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      chromium: '', // from the first board's browser
      loadAverage: os.loadavg().map(round),
      date: new Date().toISOString(),
    };
    log(
      `Machine: ${machine.cpu}, ${machine.cores} kernen, ${machine.memoryGb} GB, Node ${machine.node}`,
    );

    const results = [];
    for (const entry of plan) results.push(await runBoard(entry));
    machine.chromium = results[0]?.chromium ?? 'onbekend';
    machine.loadAverageAfter = os.loadavg().map(round);

    const table = markdownTable(results);
    console.log(
      `\nMachine: ${machine.cpu}, ${machine.cores} kernen, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.date.slice(0, 10)}\n`,
    );
    console.log(table);
    const busiest = Math.max(
      /** @type {number} */ (machine.loadAverage[0]),
      /** @type {number} */ (/** @type {number[]} */ (machine.loadAverageAfter)[0]),
    );
    if (busiest > machine.cores) {
      console.log(
        `\nLet op: de machine was druk (belasting ${busiest} op ${machine.cores} kernen); de cijfers zijn te hoog. Meet opnieuw op een rustige machine.`,
      );
    }
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench', 'results.json'),
      `${JSON.stringify(
        {
          machine,
          months: MONTHS,
          durationSeconds: Math.round((Date.now() - startedAt) / 1000),
          plan,
          results,
          table,
        },
        null,
        2,
      )}\n`,
    );
    log('Geschreven: bench/results.json');
    if (plan.length === PLAN.length) {
      const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
      const line = `**Machine:** ${machine.cpu}, ${machine.cores} kernen, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; gemeten op ${machine.date.slice(0, 10)} op commit ${commit}, belasting ${machine.loadAverage[0]} → ${machine.loadAverageAfter[0]} op ${machine.cores} kernen, ${Math.round((Date.now() - startedAt) / 60_000)} minuten.`;
      const file = join(ROOT, 'docs', 'performance.md');
      if (writeTableInto(file, line, table)) log('Geschreven: docs/performance.md (de tabel)');
      else log('docs/performance.md heeft de markeringen voor de tabel niet; niets geschreven.');
    } else log('Een deel van de meting: docs/performance.md blijft zoals het was.');
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
