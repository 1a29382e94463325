// Fails when the JavaScript the first page load needs exceeds the budget (gzip).
// Views loaded on demand (demo generator, later charts and print) do not count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 140;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => /** @type {string} */ (m[1])),
);
if (initial.size === 0) {
  console.error('check-bundle: no scripts found in dist/index.html — run `npm run build` first.');
  process.exit(1);
}
let total = 0;
for (const file of initial) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} kB gzip`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (kb > BUDGET_KB) {
  console.error(
    `Over budget by ${(kb - BUDGET_KB).toFixed(1)} kB. Load views on demand (dynamic import).`,
  );
  process.exit(1);
}
