// Report: the Markdown table of scenario, median, p95, target, floor ratio and verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { median, p95 } from './stats.mjs';

/** @typedef {import('./scenarios.mjs').BoardResult} BoardResult */

/**
 * @param {number} n
 * @param {number} slowdown
 */
function targetsFor(n, slowdown) {
  const factor = slowdown > 1 ? 2 : 1;
  return {
    coldMs: n === 1000 ? 1000 * factor : undefined,
    // Against the bare-page floor (bare-floor.mjs), which pays the same CPU: the same ratio at 4×.
    coldRatio: n === 1000 || n === 5000 ? 2 : undefined,
    lightP95: (n === 5000 ? 100 : 50) * factor,
    filterP95: n === 5000 ? undefined : 50 * factor,
    // Issue 26: every view (and a young person's page) opens, click to the first painted frame
    // with its content, within a median of 100 ms at 1,000 and 300 ms at 5,000 (1× CPU).
    viewMedian: slowdown > 1 ? undefined : n === 1000 ? 100 : n === 5000 ? 300 : undefined,
  };
}

/** Issue #26: a restore takes at most this many times the per-record write floor, at every size. */
const RESTORE_FACTOR = 1.3;
/** Issue #26: a compressed backup is at most 1/SIZE_FACTOR of the plain JSON. */
const SIZE_FACTOR = 5;

const ms = (/** @type {number} */ value) => `${Math.round(value).toLocaleString('nl-NL')} ms`;

/**
 * @typedef {{ scenario: string; n: string; median: string; p95: string; target: string;
 *   ratio: string; verdict: string }} Row
 */

/**
 * The cold start against its floor, the bare page: the app's line with its targets and
 * verdict, then the floor's own line.
 * @param {string} n
 * @param {ReturnType<typeof targetsFor>} targets
 * @param {import('./scenarios.mjs').ColdResult} cold
 * @returns {Row[]}
 */
function coldRows(n, targets, cold) {
  const ratio = median(cold.cold) / median(cold.bare);
  const checks = [];
  const parts = [];
  if (targets.coldMs !== undefined) {
    checks.push(median(cold.cold) <= targets.coldMs);
    parts.push(`≤ ${ms(targets.coldMs)}`);
  }
  if (targets.coldRatio !== undefined) {
    checks.push(ratio <= targets.coldRatio);
    parts.push(`≤ ${targets.coldRatio}× vloer kale pagina`);
  }
  const line = (/** @type {string} */ scenario, /** @type {number[]} */ samples) => ({
    scenario,
    n,
    median: ms(median(samples)),
    p95: ms(p95(samples)),
    target: '—',
    ratio: '',
    verdict: '',
  });
  return [
    {
      ...line(`Koude start (${cold.cold.length}×)`, cold.cold),
      target: parts.length ? `mediaan ${parts.join(' en ')}` : '—',
      ratio: `${ratio.toFixed(1)}× vloer kale pagina`,
      verdict: checks.length ? (checks.every(Boolean) ? 'OK' : 'MISSED') : '',
    },
    {
      ...line(`Vloer: kale pagina (koude start, ${cold.bare.length}×)`, cold.bare),
      ratio: `${cold.rows} rijen in beeld; zelfde database en service worker, zonder framework`,
    },
  ];
}

/** @param {BoardResult} result */
function rowsFor(result) {
  const targets = targetsFor(result.n, result.throttle);
  const n = `${result.n.toLocaleString('nl-NL')}${result.throttle > 1 ? ` (${result.throttle}× CPU)` : ''}`;
  /** @type {{ scenario: string; n: string; median: string; p95: string; target: string; ratio: string; verdict: string }[]} */
  const rows = [];
  /**
   * @param {string} scenario
   * @param {number[]} [samples]
   * @param {string} [target]
   * @param {boolean} [check]
   * @param {string} [ratio]
   */
  const add = (scenario, samples, target, check, ratio) =>
    rows.push({
      scenario,
      n,
      median: samples ? ms(median(samples)) : 'n.v.t.',
      p95: samples ? ms(p95(samples)) : 'n.v.t.',
      target: target ?? '—',
      ratio: ratio ?? '',
      verdict: check === undefined ? '' : check ? 'OK' : 'MISSED',
    });

  rows.push(...coldRows(n, targets, result));
  if (result.throttledCold) {
    const { throttle } = result.throttledCold;
    const slow = `${n} (${throttle}× CPU)`;
    rows.push(...coldRows(slow, targetsFor(result.n, throttle), result.throttledCold));
  }
  add(
    `Vloer: IndexedDB bordtabellen`,
    result.floorBoard,
    undefined,
    undefined,
    `${result.counts.currentLights.toLocaleString('nl-NL')} lichten`,
  );
  add(
    `Vloer: IndexedDB assessments`,
    result.floorAssessments,
    undefined,
    undefined,
    `${result.counts.assessments.toLocaleString('nl-NL')} records`,
  );
  // Median and p95 as multiples of the same figures of the floor.
  const versus = (/** @type {number[]} */ samples, /** @type {number[] | undefined} */ floor) =>
    floor
      ? `${(median(samples) / median(floor)).toFixed(1)}× / ${(p95(samples) / p95(floor)).toFixed(1)}× vloer`
      : undefined;
  add(
    `Stoplicht wijzigen (${result.lightChange.length}×)`,
    result.lightChange,
    `p95 ≤ ${targets.lightP95} ms`,
    p95(result.lightChange) <= targets.lightP95,
    versus(result.lightChange, result.lightFloor),
  );
  if (result.lightFloor) {
    add(
      `Vloer: stoplicht zonder React en Dexie (${result.lightFloor.length}×)`,
      result.lightFloor,
      undefined,
      undefined,
      'kale IndexedDB (lezen, 2 records schrijven), cel met de hand',
    );
  }
  add(
    `Filteren, 1 toets (${result.filter.length}×)`,
    result.filter,
    targets.filterP95 === undefined ? undefined : `p95 ≤ ${targets.filterP95} ms`,
    targets.filterP95 === undefined ? undefined : p95(result.filter) <= targets.filterP95,
    versus(result.filter, result.filterFloor),
  );
  if (result.filterFloor) {
    add(
      `Vloer: filteren zonder React (${result.filterFloor.length}×)`,
      result.filterFloor,
      undefined,
      undefined,
      'dezelfde rijen, totalen en telling als de app, met de hand',
    );
  }
  if (result.meetingLight) {
    add(
      `Stoplicht in vergadermodus (${result.meetingLight.length}×)`,
      result.meetingLight,
      `p95 ≤ ${targets.lightP95} ms`,
      p95(result.meetingLight) <= targets.lightP95,
    );
  }
  if (result.openDetail) {
    const target = targets.viewMedian;
    add(
      `Jongere openen met geschiedenis (${result.openDetail.length}×)`,
      result.openDetail,
      target ? `mediaan ≤ ${ms(target)}` : undefined,
      target ? median(result.openDetail) <= target : undefined,
    );
  }
  for (const [view, samples] of Object.entries(result.views ?? {})) {
    const target = targets.viewMedian;
    add(
      `${view} openen (${samples.length}×)`,
      samples,
      target ? `mediaan ≤ ${ms(target)}` : undefined,
      target ? median(samples) <= target : undefined,
      view === 'Regionaal overzicht'
        ? `${(median(samples) / median(result.floorAssessments)).toFixed(1)}× vloer assessments`
        : undefined,
    );
    // A part that shows later (Gemeenten' trend, read from the history): when all of it was there.
    const complete = result.viewsComplete?.[view];
    if (complete && complete.some((value, index) => value !== samples[index])) {
      add(
        `${view} met alle delen (${complete.length}×)`,
        complete,
        undefined,
        undefined,
        'geen doel',
      );
    }
  }
  if (result.backup) {
    const { exportMs, madeMs, plainMs, restoreMs, bytes, plainBytes, refused } = result.backup;
    const mb = (/** @type {number} */ value) =>
      `${(value / 1024 ** 2).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
    // Issue #26: the compressed file is at most a fifth of the plain JSON.
    const shrink = plainBytes ? plainBytes / bytes : undefined;
    add(
      `Back-up maken, gzip: klik tot download (${exportMs.length}×)`,
      exportMs,
      'omvang ≤ 1/5 van JSON',
      shrink === undefined ? undefined : shrink >= SIZE_FACTOR,
      shrink === undefined
        ? mb(bytes)
        : `${mb(bytes)} .json.gz = 1/${shrink.toFixed(1)} van ${mb(plainBytes)} JSON`,
    );
    if (madeMs.length) {
      add(
        `Back-up maken in de app: met gzip / zonder gzip (${madeMs.length}×)`,
        madeMs,
        undefined,
        undefined,
        `zonder gzip ${ms(median(plainMs))} (lezen, JSON, controlegetal): gzip kost ${ms(median(madeMs) - median(plainMs))}`,
      );
    }
    const restoreTarget = `≤ ${RESTORE_FACTOR.toLocaleString('nl-NL')}× vloer per record`;
    if (refused) {
      rows.push({
        scenario: 'Back-up terugzetten (alles vervangen)',
        n,
        median: 'geweigerd',
        p95: 'geweigerd',
        target: restoreTarget,
        ratio: refused.length > 60 ? `${refused.slice(0, 57)}…` : refused,
        verdict: 'MISSED',
      });
    } else {
      const { checkMs, writeMs, writeFloorMs, writeFloorRecords, recordFloorUs, records } =
        result.backup;
      // The issue's floor: every record a restore writes, at what one bare record costs here.
      const floorMs = (median(recordFloorUs) * records) / 1000;
      const perRecord = median(restoreMs) / floorMs;
      const parts = [
        `controleren ${ms(median(checkMs))}`,
        `schrijven ${ms(median(writeMs))}`,
        ...(writeFloorMs.length
          ? [`${(median(restoreMs) / median(writeFloorMs)).toFixed(1)}× schrijfvloer`]
          : []),
      ].join(', ');
      add(
        `Back-up terugzetten, alles vervangen (${restoreMs.length}×)`,
        restoreMs,
        restoreTarget,
        perRecord <= RESTORE_FACTOR,
        `${perRecord.toFixed(1)}× vloer per record (${parts})`,
      );
      // Per record, whatever its size or indexes: times the records a restore writes.
      add(
        `Vloer: IndexedDB per record schrijven`,
        recordFloorUs.map((us) => (us * records) / 1000),
        undefined,
        undefined,
        `${records.toLocaleString('nl-NL')} records × ${median(recordFloorUs).toLocaleString('nl-NL', { maximumFractionDigits: 0 })} µs (kaal record, geen index)`,
      );
      if (writeFloorMs.length) {
        add(
          `Vloer: IndexedDB assessments schrijven`,
          writeFloorMs,
          undefined,
          undefined,
          `${writeFloorRecords.toLocaleString('nl-NL')} records met de indexen van de app`,
        );
      }
    }
  }
  return rows;
}

/** @param {BoardResult[]} results */
export function markdownTable(results) {
  const header = ['Scenario', 'n', 'Mediaan', 'p95', 'Doel', 'Vloer-verhouding, omvang', 'Oordeel'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index >= 2 && index <= 3 ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const result of results) {
    for (const row of rowsFor(result)) {
      lines.push(
        `| ${[row.scenario, row.n, row.median, row.p95, row.target, row.ratio, row.verdict].join(' | ')} |`,
      );
    }
  }
  return lines.join('\n');
}

const TABLE_START = '<!-- bench:table:start -->';
const TABLE_END = '<!-- bench:table:end -->';

/**
 * Puts the machine line and the table of a full run between the markers in
 * docs/performance.md, so the document always shows the last full measurement
 * (the README's short summary is written by hand from it).
 * @param {string} file
 * @param {string} machineLine
 * @param {string} table
 * @returns {boolean} false when the markers are missing
 */
export function writeTableInto(file, machineLine, table) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) return false;
  const block = `${TABLE_START}\n\n${machineLine}\n\n${table}\n\n`;
  writeFileSync(file, text.slice(0, start) + block + text.slice(end));
  return true;
}
