import { defineConfig } from '@playwright/test';

// Browser downloads do not work here: drive Debian's Chromium (scripts/ensure-test-tools.mjs installs it).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Two checkouts on one machine each serve their own build: E2E_PORT keeps them apart.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // A test spends much of its time waiting on the page, so a second worker fills CI's second
  // core. A third was faster overall but pushed the heaviest test (a 300-young-person demo)
  // past its timeout on a clean-clone run. Elsewhere Playwright's default: half the cores.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Read in a terminal or a CI log alike: one line per test with its duration.
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
