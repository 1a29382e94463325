// Runs npm scripts side by side and fails if any of them fails. `npm test` uses it for the
// checks that are each single-threaded (ESLint, Prettier, tsc): on two cores they finish in
// about the time of the longest instead of the sum. Each script's output is printed whole
// when it ends, so the log reads as if they had run one after the other.
// Usage: node scripts/parallel.mjs <npm script> [<npm script> …]
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Gebruik: node scripts/parallel.mjs <npm-script> [<npm-script> …]');
  process.exit(2);
}

/** @param {string} name @returns {Promise<number>} */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const started = Date.now();
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const status = code === 0 ? 'ok' : `faalde (${signal ?? `code ${code}`})`;
      process.stdout.write(`\n> npm run ${name}: ${status} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(names.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
