import { test } from '../fixtures';
test('shot', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 2400 });
  await page.goto('/#/gegevens');
  const rows = ['Initialen;Geboortedatum;Gemeente;Wonen;Toelichting wonen;School;18+;Netwerk', 'A.B.;1-3-2008;Zwolle;rood;Wachtlijst;2;groen;paars', 'C.D.;2-4-2009;Kampen;O;;g;n.v.t.;'];
  const section = page.getByRole('region', { name: 'Stoplichten importeren uit een spreadsheet' });
  await section.getByLabel('Bladen (CSV, een of meer)').setInputFiles([{ name: 'overzicht.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) }]);
  await section.getByText('Dit moet eerst goed').waitFor();
  await section.screenshot({ path: '/tmp/section.png' });
});
