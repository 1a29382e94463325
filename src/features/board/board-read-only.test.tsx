import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { CapabilityProvider, type Capability } from '@/ui/capability';
import { DataPrecisionProvider } from '@/ui/data-precision';
import { useUiStore } from '@/ui/store';
import { Toaster } from '@/ui/toaster';
import { freshDatabase } from '@/testing/test-database';
import { makeYouthFields } from '@/testing/factories';
import { BoardPage } from './board-page';

let database: UitstroombordDatabase;

beforeEach(async () => {
  database = await freshDatabase();
  useUiStore.setState(useUiStore.getInitialState());
  window.location.hash = '#/';
});
afterEach(() => database.close());

function renderBoard(capability: Capability) {
  return render(
    <CapabilityProvider value={capability}>
      <DataPrecisionProvider value={{ birthDate: 'month', shared: true }}>
        <BoardPage />
        <Toaster />
      </DataPrecisionProvider>
    </CapabilityProvider>,
  );
}

describe('BoardPage, read-only', () => {
  it('in inzage draws nothing that writes: no buttons, no colour keys, a cell opens the young person', async () => {
    const user = userEvent.setup();
    const youth = await addYouth({
      ...makeYouthFields(),
      initials: 'K.L.',
      birthDate: '2009-04-01',
    });
    renderBoard({ write: false, readOnlyBecause: 'review' });
    const cell = await screen.findByRole('button', { name: 'K.L. – Wonen: niet beoordeeld' });
    expect(screen.queryByRole('link', { name: t.board.addYouth })).toBeNull();
    expect(screen.queryByRole('button', { name: t.board.loadDemo })).toBeNull();
    expect(screen.queryByText('rood, oranje, groen, n.v.t.')).toBeNull();
    // The 18th birthday of a birth date known to the month: month and year only.
    expect(screen.getByRole('cell', { name: 'apr. 27' })).toBeInTheDocument();

    cell.focus();
    await user.keyboard('r');
    expect(screen.getByRole('button', { name: 'K.L. – Wonen: niet beoordeeld' })).toBeVisible();
    expect(await database.assessments.count()).toBe(0);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/jongere/${youth.id}`));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('on a municipality device without a share file talks about opening one, and goes there', async () => {
    renderBoard({ write: false, readOnlyBecause: 'municipality' });
    expect(
      await screen.findByRole('heading', { name: t.board.municipalityEmptyTitle }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.board.openShare })).toHaveAttribute(
      'href',
      '#/gegevens',
    );
    expect(screen.queryByText(t.board.emptySteps[0]!)).toBeNull();
    expect(screen.queryByRole('button', { name: t.board.loadDemo })).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/gegevens'));
  });
});
