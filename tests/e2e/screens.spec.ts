import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';

/**
 * The keyboard focus never leaves the screen: at 1024×768 and at 200 % zoom.
 * 200 % zoom is a halved CSS viewport (683×384) drawn at deviceScaleFactor 2,
 * which is what the browser lays out when a 1366×768 screen zooms to 200 %.
 */
const SIZES = [
  { name: '1024×768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
];

/** The focused cell lies inside the grid's scroll box, clear of the sticky parts, and inside the window. */
async function expectFocusedCellShown(page: Page) {
  const box = await page.evaluate(() => {
    const cell = document.activeElement as HTMLElement;
    const scroll = cell.closest('.board-scroll') as HTMLElement;
    const head = scroll.querySelector('thead') as HTMLElement;
    const first = head.querySelector('.col-youth') as HTMLElement;
    const c = cell.getBoundingClientRect();
    const s = scroll.getBoundingClientRect();
    const inFirst = cell.closest('.col-youth') !== null;
    return {
      cell: { left: c.left, right: c.right, top: c.top, bottom: c.bottom },
      area: {
        left: s.left + scroll.clientLeft + (inFirst ? 0 : first.offsetWidth),
        right: s.left + scroll.clientLeft + scroll.clientWidth,
        top: head.getBoundingClientRect().bottom,
        bottom: s.top + scroll.clientTop + scroll.clientHeight,
      },
      window: { width: window.innerWidth, height: window.innerHeight },
    };
  });
  // Borders and sub-pixel rounding of the sticky header: two pixels are not "off screen".
  const slack = 2;
  expect(box.cell.left).toBeGreaterThanOrEqual(Math.max(box.area.left, 0) - slack);
  expect(box.cell.right).toBeLessThanOrEqual(Math.min(box.area.right, box.window.width) + slack);
  expect(box.cell.top).toBeGreaterThanOrEqual(Math.max(box.area.top, 0) - slack);
  expect(box.cell.bottom).toBeLessThanOrEqual(Math.min(box.area.bottom, box.window.height) + slack);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`arrow keys to the last column and the last row keep the focused cell in view (${size.name})`, async ({
      demoPage: page,
    }) => {
      const board = new BoardPageModel(page);
      await board.openStoredDemo();
      // A fresh start of the page: the first Tab stop is the skip link; Enter puts the keyboard on the grid.
      await page.reload();
      await expect(board.grid()).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Naar het bord' });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      const focused = board.grid().locator(':focus');
      await expect(focused).toHaveAttribute('data-row', '0');

      const columns = await board.grid().locator('thead .col-condition').count();
      for (let step = 0; step < columns; step++) {
        await page.keyboard.press('ArrowRight');
        await expectFocusedCellShown(page);
      }
      await expect(focused).toHaveAttribute('data-col', String(columns));
      for (let step = 0; step < 12; step++) {
        await page.keyboard.press('ArrowDown');
        await expectFocusedCellShown(page);
      }
      await page.keyboard.press('Control+End');
      await expect(focused).toHaveAttribute('data-row', '59');
      await expectFocusedCellShown(page);
      await page.keyboard.press('Home');
      await expectFocusedCellShown(page);
      await page.keyboard.press('Control+Home');
      await expect(focused).toHaveAttribute('data-row', '0');
      await expectFocusedCellShown(page);
    });
  });
}

test('at 1366×768 with the filters folded at least 15 rows of the board show', async ({
  demoPage: page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const rows = board.grid().locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  let inView = 0;
  for (const row of await rows.all())
    if (await row.isVisible()) {
      const box = await row.boundingBox();
      if (box && box.y >= 0 && box.y + box.height <= 768) inView++;
    }
  expect(inView).toBeGreaterThanOrEqual(15);
});

/** Every view in the menu: the link's name, the page title, the heading it lands on. */
const VIEWS = [
  ['Aandacht', 'Aandacht – Uitstroombord', /^Aandacht/],
  ['Acties', 'Acties – Uitstroombord', /^Acties/],
  ['Overleggen', 'Overleggen – Uitstroombord', /^Overleggen/],
  ['Gemeenten', 'Gemeenten – Uitstroombord', /Gemeenten/],
  ['Uitgestroomd', 'Uitgestroomd – Uitstroombord', /Uitgestroomd/],
  ['Randvoorwaarden', 'Randvoorwaarden – Uitstroombord', /^Randvoorwaarden/],
  ['Gegevens', 'Gegevens – Uitstroombord', /Gegevens/],
  ['Instellingen', 'Instellingen – Uitstroombord', /^Instellingen/],
  ['Bord', 'Bord – Uitstroombord', /Bord|Stoplichten/],
] as const;

// One test per view, so an axe finding on one view does not hide the others.
for (const [link, title, heading] of VIEWS) {
  test(`a route change to ${link} names the page and puts focus on its heading; it passes axe at 1024 px`, async ({
    demoPage: page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const board = new BoardPageModel(page);
    await board.openStoredDemo();
    await expect(page).toHaveTitle('Bord – Uitstroombord');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // The board is where the demo opens: come to it from another view.
    if (link === 'Bord') {
      await nav.getByRole('link', { name: 'Aandacht' }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveTitle('Aandacht – Uitstroombord');
    }
    await nav.getByRole('link', { name: link, exact: false }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoSeriousA11yViolations(page);
  });
}
