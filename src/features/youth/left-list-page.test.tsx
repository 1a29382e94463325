import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { saveOutflowCheck } from '@/db/outflow-check-repository';
import { addYouth, registerOutflow } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { LeftListPage } from './left-list-page';
import { daysAgo, youthFields } from './test-fixtures';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

describe('Uitgestroomd list', () => {
  it('says when nobody has left yet', async () => {
    await addYouth(youthFields());
    render(<LeftListPage />);
    expect(await screen.findByText(t.youth.left.empty)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists young people who left, newest first', async () => {
    const earlier = await addYouth(youthFields({ initials: 'E.F.', placementStart: daysAgo(300) }));
    const later = await addYouth(youthFields({ initials: 'G.H.', placementStart: daysAgo(100) }));
    await addYouth(youthFields({ initials: 'still.placed' }));
    await registerOutflow(earlier.id, daysAgo(200), 'thuis');
    await registerOutflow(later.id, daysAgo(5), 'zelfstandig');

    render(<LeftListPage />);
    await screen.findByRole('table');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'G.H.' })).toHaveAttribute(
      'href',
      `#/jongere/${later.id}`,
    );
    expect(rows[0]).toHaveTextContent(t.perspective.zelfstandig);
    expect(rows[0]).toHaveTextContent('95');
    expect(rows[1]).toHaveTextContent('E.F.');
    expect(rows[1]).toHaveTextContent('100');
    expect(screen.getByText('2 jongeren')).toBeInTheDocument();
  });

  it('shows each follow-up answer: reached, still in the intended place, back in care', async () => {
    const gone = await addYouth(youthFields({ initials: 'K.L.', placementStart: daysAgo(400) }));
    const away = await addYouth(youthFields({ initials: 'M.N.', placementStart: daysAgo(400) }));
    await registerOutflow(gone.id, daysAgo(200), 'thuis');
    await registerOutflow(away.id, daysAgo(100), 'zelfstandig');
    const base = { checkedOn: daysAgo(10), note: '' };
    await saveOutflowCheck({
      ...base,
      youthId: gone.id,
      monthsAfter: 3,
      reached: true,
      stillInIntendedPlace: false,
      backInCare: true,
    });
    await saveOutflowCheck({
      ...base,
      youthId: away.id,
      monthsAfter: 3,
      reached: false,
      stillInIntendedPlace: false,
      backInCare: false,
    });

    render(<LeftListPage />);
    await screen.findByRole('table');
    const header = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(header).toEqual(expect.arrayContaining(['Na 3 maanden', 'Na 6 maanden']));
    const rowOf = (initials: string) =>
      screen.getAllByRole('row').find((row) => row.textContent?.includes(initials))!;
    const goneCells = within(rowOf('K.L.')).getAllByRole('cell');
    expect(goneCells.at(-2)).toHaveTextContent('Bereikt: jaOp beoogde plek: neeTerug in zorg: ja');
    // Left 200 days ago: the 6-month check is open, not answered.
    expect(goneCells.at(-1)).toHaveTextContent(/^Nog niet beantwoord \(vanaf /);
    const awayCells = within(rowOf('M.N.')).getAllByRole('cell');
    expect(awayCells.at(-2)).toHaveTextContent(/^Niet bereikt/);
    expect(awayCells.at(-2)).not.toHaveTextContent('Op beoogde plek');
    expect(awayCells.at(-1)).toHaveTextContent(/^Vanaf /);
  });
});
