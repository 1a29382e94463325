import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { countBadRecords, findBadRecords } from '@/db/data-health';
import { addYouth, registerOutflow } from '@/db/youth-repository';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { DataPage } from './data-page';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  database.close();
  vi.restoreAllMocks();
});

/** A young person with a light, then made bad directly in IndexedDB, as a future bug might. */
async function badBoard() {
  const youth = await addYouth(makeYouthFields({ initials: 'K.L.' }));
  await registerOutflow(youth.id, '2026-01-10', 'thuis');
  const [housing] = await listConditions();
  await setLight(youth.id, housing!.id, {
    colour: 'red',
    reason: 'Geen kamer',
    dueDate: '2026-12-01',
  });
  const [light] = await database.assessments.toArray();
  await database.youths.update(youth.id, { leftOn: '2026-02-31' });
  await database.assessments.update(light!.id, { dueDate: '2026-02-30' });
  await database.reviewRequests.add({
    id: 'request-of-nobody',
    youthId: 'nobody',
    trigger: 'crisis',
    note: '',
    requestedAt: '2026-01-01T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    updatedBy: 'T',
  } as never);
  return { youth, light: light! };
}

function renderPage() {
  return render(
    <>
      <DataPage />
      <Toaster />
    </>,
  );
}

describe('the start-up check', () => {
  it('counts, a page of history at a time, what the full check finds', async () => {
    const { youth } = await badBoard();
    const conditions = await listConditions();
    // More history than one page (2,000), one bad record far down it.
    const good = await database.assessments.toArray();
    const template = good[0]!;
    await database.assessments.bulkAdd(
      Array.from({ length: 2_500 }, (_, index) => ({
        ...template,
        id: `x-${String(index).padStart(5, '0')}` as never,
        youthId: youth.id,
        conditionId: conditions[1]!.id,
        dueDate: index === 2_300 ? '2026-13-01' : '2026-12-01',
      })),
    );
    const full = await findBadRecords();
    expect(full.length).toBe(4);
    expect(await countBadRecords()).toBe(full.length);
  });
});

describe('Gegevens with records the app cannot show', () => {
  it('still renders every section and offers to show, repair and remove them', async () => {
    const user = userEvent.setup();
    const { light } = await badBoard();
    renderPage();

    expect(
      await screen.findByText(/Er staan 3 gegevens in deze browser die niet kloppen/),
    ).toBeVisible();
    // Restore, erasure and backup stay usable; the bad date shows as such.
    expect(screen.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Een jongere volledig verwijderen' })).toBeVisible();
    expect(await screen.findByRole('option', { name: /ongeldige datum/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Toon de gegevens die niet kloppen' }));
    const table = screen.getByRole('table', { name: 'Gegevens die niet kloppen' });
    const youthRow = within(table).getByRole('row', { name: /^Jongeren/ });
    expect(youthRow).toHaveTextContent('leftOn');
    expect(youthRow).toHaveTextContent('ongeldig');
    expect(within(youthRow).getByRole('link', { name: 'Aanpassen' })).toBeVisible();
    const requestRow = within(table).getByRole('row', { name: /^Verzoeken om herbeoordeling/ });
    expect(requestRow).toHaveTextContent('verwijst naar iets dat niet bestaat');

    // The assessment: corrected in place of the unreadable one, under its own id.
    const lightRow = within(table).getByRole('row', { name: /^Stoplichten/ });
    expect(lightRow).toHaveTextContent('dueDate');
    await user.click(within(lightRow).getByRole('button', { name: 'Herstellen' }));
    await screen.findByText('Hersteld.');
    const history = await database.assessments.toArray();
    expect(history).toHaveLength(1);
    // Under its own id, so whatever undoes it or carries its action still names it.
    expect(history[0]!.id).toBe(light.id);
    expect(history[0]).toMatchObject({ colour: 'red', reason: 'Geen kamer' });
    expect(history[0]).not.toHaveProperty('dueDate');
    expect((await database.currentLights.toArray())[0]!.id).toBe(history[0]!.id);

    await user.click(within(requestRow).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(async () => expect(await database.reviewRequests.count()).toBe(0));

    await waitFor(async () => expect(await findBadRecords()).toHaveLength(1));
  });

  it('shows nothing about bad records when there are none', async () => {
    await addYouth(makeYouthFields({ initials: 'K.L.' }));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
    await waitFor(async () => expect(await findBadRecords()).toEqual([]));
    expect(screen.queryByRole('heading', { name: 'Gegevens die niet kloppen' })).toBeNull();
  });
});
