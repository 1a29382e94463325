import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { freshDatabase } from '@/testing/test-database';
import { CsvImportSection } from './csv-import-section';

/** Reading files and IndexedDB writes can take seconds when the whole suite runs in parallel. */
const SLOW = { timeout: 10_000 };

const HEADER =
  'initialen;cliëntnummer;geboortedatum;gemeente;locatie;soort plaatsing;geplaatst sinds;geplande einddatum;perspectief;zorgcoördinator;procesregie';

function csv(badRow?: number): File {
  const lines = [HEADER];
  for (let row = 2; row <= 41; row += 1) {
    const birth = row === badRow ? '31-02-2010' : '1-3-2010';
    lines.push(`J${row};;${birth};Zwolle;De Linde;Leefgroep;1-9-2025;;;;`);
  }
  return new File([lines.join('\r\n')], 'jongeren.csv', { type: 'text/csv' });
}

beforeEach(async () => {
  await freshDatabase();
});

describe('CsvImportSection', { timeout: 30_000 }, () => {
  it('shows the bad row, writes nothing, then imports the valid rows when asked to skip', async () => {
    const user = userEvent.setup();
    render(<CsvImportSection />);
    await user.upload(screen.getByLabelText('CSV-bestand'), csv(37));

    expect(
      await screen.findByText("Rij 37: geboortedatum '31-02-2010' is geen geldige datum", {}, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByText('40 rijen gelezen (puntkomma, UTF-8): 39 in orde, 1 met fouten.'),
    ).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Voorbeeld' });
    expect(within(preview).getAllByRole('row')).toHaveLength(41);

    await user.click(screen.getByRole('button', { name: '40 jongeren importeren' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Er is niets geïmporteerd: 1 rij heeft');
    expect(await db().youths.count()).toBe(0);

    await user.click(screen.getByRole('checkbox', { name: 'Sla ongeldige rijen over' }));
    await user.click(screen.getByRole('button', { name: '39 jongeren importeren' }));
    // Text queries: role queries over a 40-row table are too slow in jsdom for waitFor.
    await waitFor(() => expect(screen.queryByText(/rijen gelezen/)).not.toBeInTheDocument(), {
      timeout: 15_000,
    });
    expect(await db().youths.count()).toBe(39);
  });

  it('imports a valid file and marks a second import of it as already on the board', async () => {
    const user = userEvent.setup();
    render(<CsvImportSection />);
    await user.upload(screen.getByLabelText('CSV-bestand'), csv());
    await user.click(await screen.findByRole('button', { name: '40 jongeren importeren' }, SLOW));
    // Text queries: role queries over a 40-row table are too slow in jsdom for waitFor.
    await waitFor(() => expect(screen.queryByText(/rijen gelezen/)).not.toBeInTheDocument(), {
      timeout: 15_000,
    });
    expect(await db().youths.count()).toBe(40);

    await user.upload(screen.getByLabelText('CSV-bestand'), csv());
    expect(await screen.findByText(/Rij 2: J2 staat al op het bord/, {}, SLOW)).toBeInTheDocument();
  });

  it('refuses a full name in the initials column, as the form does', async () => {
    const user = userEvent.setup();
    render(<CsvImportSection />);
    const rows = ['Jan de Vries', 'A.B. de J.'].map(
      (initials) => `${initials};;1-3-2010;Zwolle;De Linde;Leefgroep;1-9-2025;;;;`,
    );
    await user.upload(
      screen.getByLabelText('CSV-bestand'),
      new File([[HEADER, ...rows].join('\r\n')], 'namen.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText(
        "Rij 2: initialen 'Jan de Vries' lijkt een volledige naam; gebruik initialen (zoals A.B.) of één woord als schuilnaam (zoals Mo)",
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2 rijen gelezen (puntkomma, UTF-8): 1 in orde, 1 met fouten.'),
    ).toBeInTheDocument();
  });

  it('refuses a file without data rows and one without the needed columns', async () => {
    const user = userEvent.setup();
    render(<CsvImportSection />);
    await user.upload(
      screen.getByLabelText('CSV-bestand'),
      new File([`${HEADER}\r\n`], 'leeg.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Dit bestand bevat geen rijen met jongeren',
    );
    await user.upload(
      screen.getByLabelText('CSV-bestand'),
      new File(['naam;gemeente\r\nX;Y'], 'x.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Deze kolommen ontbreken: initialen, geboortedatum, locatie, geplaatst sinds.',
    );
    expect(await db().youths.count()).toBe(0);
  });

  it('refuses a file larger than 5 MB before reading it', async () => {
    const user = userEvent.setup();
    render(<CsvImportSection />);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'groot.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('CSV-bestand'), big);
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('groter dan 5 MB');
  });
});
