import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { useUiStore } from '@/ui/store';
import { BoardPage } from './board-page';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  useUiStore.setState(useUiStore.getInitialState());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  database.close();
  vi.restoreAllMocks();
});

describe('the board with a birth date that is not a date', () => {
  it.each(['gisteren', '2010-02-30'])(
    'born %s: the row renders with "ongeldige datum" for the age and the 18th birthday',
    async (birthDate) => {
      const youth = await addYouth({
        ...makeYouthFields(),
        initials: 'K.L.',
        municipality: 'Zwolle',
      });
      await addYouth({ ...makeYouthFields(), initials: 'M.N.' });
      // Past every check, as a future bug might.
      await database.youths.update(youth.id, { birthDate });
      render(<BoardPage />);
      const link = await screen.findByRole('link', { name: /^K\.L\./ });
      const row = link.closest('tr')!;
      expect(row).toHaveTextContent(`${t.dates.invalid} · Zwolle`);
      expect(within(row).getAllByText(t.dates.invalid).length).toBeGreaterThan(0);
      expect(row.querySelectorAll('td.col-date')[1]).toHaveTextContent(t.dates.invalid);
      expect(screen.getByRole('link', { name: /^M\.N\./ })).toBeInTheDocument();
    },
  );
});
