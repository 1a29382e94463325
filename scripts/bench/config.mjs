// The bench's settings: where it serves the build, which boards it measures, how often.
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_PORT lets two checkouts on one machine bench at the same time.
export const PORT = Number(process.env.BENCH_PORT ?? 4174);
export const BASE = `http://127.0.0.1:${PORT}`;
// A private build directory: e2e runs elsewhere on this machine rebuild dist/ at any moment.
export const OUT_DIR = join(os.tmpdir(), `uitstroombord-bench-${process.pid}`);
export const MONTHS = 12;
export const CPU_SLOWDOWN = 4;
export const BOARD_TABLES = ['youths', 'conditions', 'currentLights', 'settings'];

/**
 * Repetitions per board, chosen to stay well under 10 minutes on 2 cores. A
 * slow build would take much longer, so each measurement also stops after
 * PHASE_BUDGET_MS (with at least MIN_SAMPLES); the table shows how many it got.
 */
export const PHASE_BUDGET_MS = 45_000;
export const MIN_SAMPLES = 5;
/**
 * One board of the bench and how often each scenario runs on it.
 * @typedef {{ n: number; throttle?: number; cold: number; changes: number; filters: number;
 *   details: number; views: number; meetingChanges: number; backups: number;
 *   writeFloor?: boolean; interactionFloors?: number; throttledCold?: number }} BoardPlan
 */
/** @type {BoardPlan[]} */
export const PLAN = [
  {
    n: 100,
    cold: 5,
    changes: 50,
    filters: 20,
    details: 10,
    views: 3,
    meetingChanges: 20,
    backups: 2,
    writeFloor: true,
  },
  {
    n: 1000,
    cold: 5,
    changes: 50,
    filters: 20,
    details: 10,
    views: 3,
    meetingChanges: 20,
    backups: 1,
    writeFloor: true,
    interactionFloors: 20,
  },
  // The write floor at 5,000 would add a minute; it is the 1,000 one scaled (README).
  // `throttledCold`: cold starts at 4× CPU on this board too, without loading it again.
  {
    n: 5000,
    cold: 3,
    throttledCold: 3,
    changes: 50,
    filters: 20,
    details: 10,
    views: 2,
    meetingChanges: 20,
    backups: 1,
  },
  {
    n: 1000,
    throttle: CPU_SLOWDOWN,
    cold: 3,
    changes: 50,
    filters: 20,
    details: 0,
    views: 0,
    meetingChanges: 20,
    backups: 0,
    interactionFloors: 20,
  },
];

/**
 * The views besides the board, by their menu name and route. Each is opened from
 * the board; the review views read history (Regio all of it), the others the
 * current lights.
 */
/** @type {[name: string, route: string][]} */
export const VIEWS = [
  ['Aandacht', '/aandacht'],
  ['Acties', '/acties'],
  ['Overleggen', '/overleggen'],
  ['Gemeenten', '/gemeenten'],
  ['Regionaal overzicht', '/regio'],
];

// Characters typed into the search box; each narrows the board, Backspace widens it again.
export const FILTER_KEYS = ['a', 'h', 'o', 'z', 'k', 'm', 's', 'd', 't', 'b', 'i', 'r'];

export const startedAt = Date.now();
export const log = (/** @type {string} */ message) =>
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
