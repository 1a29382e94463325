import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyForYouth } from '@/db/assessment-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import { useUiStore } from '@/ui/store';
import { Toaster } from '@/ui/toaster';
import { freshDatabase } from '@/testing/test-database';
import { BoardPage } from './board-page';
import { makeYouthFields } from '@/testing/factories';

let database: UitstroombordDatabase;

const base = makeYouthFields();

beforeEach(async () => {
  database = await freshDatabase();
  useUiStore.setState(useUiStore.getInitialState());
});
afterEach(() => database.close());

function renderBoard() {
  return render(
    <>
      <BoardPage />
      <Toaster />
    </>,
  );
}

describe('BoardPage', () => {
  it('explains what to do on an empty board and loads the demo on request', async () => {
    const user = userEvent.setup();
    renderBoard();
    expect(
      await screen.findByRole('heading', { name: 'Nog geen jongeren op het bord' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demobord laden' }));
    expect(await screen.findByRole('grid', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await database.youths.where('status').equals('placed').count()).toBe(60);
    expect(screen.getByText('60 jongeren')).toBeInTheDocument();
  });

  it('sets a light with one key, appends history and offers undo', async () => {
    const user = userEvent.setup();
    const youth = await addYouth({
      ...base,
      initials: 'K.L.',
      birthDate: '2009-04-12',
      municipality: 'Zwolle',
    });
    renderBoard();
    const cell = await screen.findByRole('button', { name: 'K.L. – Wonen: niet beoordeeld' });
    cell.focus();
    await user.keyboard('r');
    // A one-key colour says nothing about what is missing, and the cell says so.
    expect(
      await screen.findByRole('button', { name: 'K.L. – Wonen: rood, reden ontbreekt' }),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowRight}o');
    expect(
      await screen.findByRole('button', {
        name: 'K.L. – Onderwijs / werk: oranje, reden ontbreekt',
      }),
    ).toHaveFocus();

    const toast = await screen.findByRole('status');
    await user.click(within(toast).getByRole('button', { name: 'Ongedaan maken' }));
    expect(
      await screen.findByRole('button', { name: 'K.L. – Onderwijs / werk: niet beoordeeld' }),
    ).toBeInTheDocument();
    // Undo appended a record; nothing was deleted.
    await waitFor(async () => expect(await historyForYouth(youth.id)).toHaveLength(3));
  });

  it('shows 18+ overgang as n.v.t. for a 14-year-old and counts colours per column', async () => {
    await addYouth({ ...base, initials: 'J.J.', birthDate: '2012-03-03', municipality: 'Kampen' });
    renderBoard();
    expect(
      await screen.findByRole('button', {
        name: 'J.J. – 18+ overgang: n.v.t. op grond van leeftijd',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Totaal (1)')).toBeInTheDocument();
  });

  it('filters by free text', async () => {
    const user = userEvent.setup();
    await addYouth({ ...base, initials: 'A.A.', birthDate: '2009-01-01', municipality: 'Zwolle' });
    await addYouth({ ...base, initials: 'B.B.', birthDate: '2009-01-01', municipality: 'Kampen' });
    renderBoard();
    await screen.findByText('2 jongeren');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'kampen');
    expect(await screen.findByText('1 van 2 jongeren')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'A.A.' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'B.B.' })).toBeInTheDocument();
  });
});
