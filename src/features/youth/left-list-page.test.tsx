import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
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
});
