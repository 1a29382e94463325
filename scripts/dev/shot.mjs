import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/?demo#/';
const out = process.argv[3] ?? '/tmp/board.png';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'nl-NL' });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
if (process.argv[4]) {
  await page.keyboard.press('Tab');
  for (const k of process.argv[4].split(',')) await page.keyboard.press(k);
  await page.waitForTimeout(500);
}
if (process.argv[5]) {
  await page.evaluate((hash) => (window.location.hash = hash), process.argv[5]);
  await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
}
await page.screenshot({ path: out });
await browser.close();
