import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth, countYouths, getYouth, listPlacedYouths } from '@/db/youth-repository';
import type { YouthId } from '@/domain/ids';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { daysAgo, yearsAgo, youthFields } from './test-fixtures';
import { YouthEditPage, YouthNewPage } from './youth-form-page';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  window.location.hash = '';
});
afterEach(() => database.close());

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

function renderWithToaster(page: React.ReactNode) {
  const user = userEvent.setup();
  render(
    <>
      {page}
      <Toaster />
    </>,
  );
  return user;
}

describe('new young person', () => {
  it('shows each message next to its field, focuses the first and writes nothing', async () => {
    const user = renderWithToaster(<YouthNewPage />);
    await user.type(field('Geboortedatum'), '2999-01-01');
    await user.type(field('Geplaatst sinds'), daysAgo(30));
    await user.type(field('Geplande einddatum'), daysAgo(60));
    await user.click(screen.getByRole('button', { name: t.actions.save }));

    expect(field('Initialen')).toHaveAccessibleDescription(
      expect.stringContaining(t.errors.required),
    );
    expect(field('Initialen')).toHaveFocus();
    expect(field('Geboortedatum')).toHaveAccessibleDescription(
      expect.stringContaining(t.errors.inFuture),
    );
    expect(field('Geplande einddatum')).toHaveAccessibleDescription(
      expect.stringContaining(t.errors.beforeStart),
    );
    expect(field('Gemeente')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Soort plaatsing')).not.toHaveAttribute('aria-invalid');
    expect(await countYouths()).toBe(0);
  });

  it.each(['Anna Bakker', 'Jan de Vries', 'J. v.d. Berg'])(
    'refuses the full name %o with a message next to the field',
    async (name) => {
      const user = renderWithToaster(<YouthNewPage />);
      await user.type(field('Initialen'), name);
      await user.click(screen.getByRole('button', { name: t.actions.save }));
      expect(field('Initialen')).toHaveAccessibleDescription(
        expect.stringContaining('Dit lijkt een volledige naam.'),
      );
      expect(field('Initialen')).toHaveFocus();
      expect(await countYouths()).toBe(0);
    },
  );

  it('creates the young person and opens the detail page', async () => {
    const user = renderWithToaster(<YouthNewPage />);
    await user.type(field('Initialen'), 'A.B.');
    await user.type(field('Geboortedatum'), yearsAgo(16));
    await user.type(field('Gemeente'), 'Zwolle');
    await user.type(field('Locatie'), 'De Linde');
    await user.selectOptions(field('Soort plaatsing'), t.placementType.gezinshuis);
    await user.type(field('Geplaatst sinds'), daysAgo(100));
    await user.selectOptions(field('Perspectief'), t.perspective.begeleidWonen);
    await user.type(field('Procesregie'), 'Wijkteam Zuid');
    await user.click(screen.getByRole('button', { name: t.actions.save }));

    expect(await screen.findByText('A.B. toegevoegd')).toBeInTheDocument();
    const [youth] = await listPlacedYouths();
    expect(youth).toMatchObject({
      initials: 'A.B.',
      municipality: 'Zwolle',
      placementType: 'gezinshuis',
      perspective: 'begeleidWonen',
      procesregie: 'Wijkteam Zuid',
    });
    expect(youth).not.toHaveProperty('plannedEnd');
    expect(window.location.hash).toBe(`#/jongere/${youth?.id}`);
  });

  it('offers municipalities and locations already in use', async () => {
    await addYouth(youthFields({ municipality: 'Kampen', location: 'Het Anker' }));
    renderWithToaster(<YouthNewPage />);
    const municipality = field('Gemeente');
    const list = await waitFor(() => {
      const found = document.getElementById(municipality.getAttribute('list') ?? '');
      expect(found?.querySelector('option[value="Kampen"]')).not.toBeNull();
      return found;
    });
    expect(list?.tagName).toBe('DATALIST');
  });
});

describe('edit young person', () => {
  it('saves changes and goes back to the detail page', async () => {
    const youth = await addYouth(youthFields());
    const user = renderWithToaster(<YouthEditPage id={youth.id} />);
    const location = await screen.findByDisplayValue('De Linde');
    await user.clear(location);
    await user.type(location, 'De Esch');
    await user.click(screen.getByRole('button', { name: t.actions.save }));

    expect(await screen.findByText('A.B. opgeslagen')).toBeInTheDocument();
    expect((await getYouth(youth.id))?.location).toBe('De Esch');
    expect(window.location.hash).toBe(`#/jongere/${youth.id}`);
  });

  it('says so when the young person does not exist', async () => {
    renderWithToaster(<YouthEditPage id={'bestaat-niet' as YouthId} />);
    expect(await screen.findByRole('heading', { name: t.youth.notFound })).toBeInTheDocument();
  });
});
