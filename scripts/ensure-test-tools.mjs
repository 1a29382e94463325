// npm test needs Chromium for the e2e and a11y tests, `pdftotext` (poppler-utils) to read
// the printed PDFs back and LibreOffice Calc to open the monthly report's CSV; browser
// downloads do not work here, so all come from Debian's packages. Installs what is missing when running as root, otherwise says what to run.
// Usage: node scripts/ensure-test-tools.mjs [chromium|pdftotext|libreoffice …]  (default: all)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @param {string} name */
const onPath = (name) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** @typedef {{ present: () => boolean; what: string; pkg: string; hint: string }} Tool */
/** @type {Record<string, Tool>} */
const TOOLS = {
  chromium: {
    present: () => existsSync(chromiumPath),
    what: `Chromium (${chromiumPath})`,
    pkg: 'chromium',
    hint: 'of zet CHROMIUM_PATH naar een bestaande Chromium/Chrome.',
  },
  pdftotext: {
    present: () => onPath('pdftotext'),
    what: 'pdftotext (de e2e-tests lezen er de afgedrukte PDF’s mee)',
    pkg: 'poppler-utils',
    hint: '',
  },
  libreoffice: {
    present: () => onPath('soffice') || onPath('libreoffice'),
    what: 'LibreOffice Calc (de e2e-test opent er de CSV van het maandrapport mee)',
    pkg: 'libreoffice-calc-nogui',
    hint: '',
  },
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(TOOLS);
const missing = wanted
  .map((name) => /** @type {Tool} */ (TOOLS[name]))
  .filter((tool) => !tool.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Ontbreekt: ${missing.map((tool) => tool.what).join(', ')}. Installeer eenmalig met:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${packages}\n` +
      missing
        .map((tool) => tool.hint)
        .filter(Boolean)
        .join('\n'),
  );
  process.exit(1);
}
console.log(`Ontbreekt: ${missing.map((tool) => tool.what).join(', ')}; installeer ${packages}…`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
  { stdio: 'inherit', shell: '/bin/bash' },
);
const still = missing.filter((tool) => !tool.present());
if (still.length) {
  console.error(
    `Installatie klaar, maar nog steeds ontbreekt: ${still.map((t) => t.what).join(', ')}.`,
  );
  process.exit(1);
}
