// Statistics over a measurement's samples (never empty: each loop takes at least one).

/**
 * @param {readonly number[]} samples
 * @returns {number}
 */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * Nearest-rank p95: with 50 samples the 48th, with 3 the largest.
 * @param {readonly number[]} samples
 * @returns {number}
 */
export function p95(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return /** @type {number} */ (
    sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]
  );
}

export const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;
