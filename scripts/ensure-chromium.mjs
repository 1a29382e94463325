// npm test needs a Chromium for the e2e and a11y tests; browser downloads do not work here,
// so use Debian's package. Installs it when running as root, otherwise says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium ontbreekt (${path}). Installeer het eenmalig met:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'of zet CHROMIUM_PATH naar een bestaande Chromium/Chrome.',
  );
  process.exit(1);
}
console.log('Chromium ontbreekt; installeer Debian-pakket chromium…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
if (!existsSync(path)) {
  console.error(`Installatie klaar, maar ${path} bestaat niet. Zet CHROMIUM_PATH.`);
  process.exit(1);
}
