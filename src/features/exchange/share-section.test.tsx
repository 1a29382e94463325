import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildShareFile } from '@/domain/share';
import { decryptShare, encryptShare } from '@/domain/share-crypto';
import { PASSPHRASE_WORDS } from '@/domain/passphrase';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import { db } from '@/db/database';
import { activeReview, leaveReview } from '@/db/review-database';
import { addYouth } from '@/db/youth-repository';
import { makeYouth, makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { ReviewModeBanner } from './review-mode-banner';
import { downloadText } from '@/ui/download';
import { ShareSection } from './share-section';

vi.mock('@/ui/download', () => ({ downloadText: vi.fn() }));

/** Reading files and IndexedDB writes can take seconds when the whole suite runs in parallel. */
const SLOW = { timeout: 10_000 };

async function shareText(passphrase?: string): Promise<string> {
  const file = buildShareFile(
    {
      youths: [makeYouth({ initials: 'Z.W.', municipality: 'Zwolle' })],
      conditions: await listConditions(),
      assessments: [],
    },
    { municipality: 'Zwolle', birthMonthOnly: true, actorLabel: 'zorgaanbieder' },
    '2026-11-25',
    '2026-11-25T09:00:00.000Z',
  );
  const json = JSON.stringify(file);
  return passphrase ? JSON.stringify(await encryptShare(json, passphrase)) : json;
}

const asFile = (text: string) => new File([text], 'deel.json', { type: 'application/json' });

beforeEach(async () => {
  leaveReview();
  await freshDatabase();
  vi.mocked(downloadText).mockClear();
});
afterEach(() => leaveReview());

describe('ShareSection: making a share file', { timeout: 60_000 }, () => {
  async function boardWithOneLight() {
    const youth = await addYouth(
      makeYouthFields({ initials: 'Z.W.', municipality: 'Zwolle', coordinator: 'Jet de Vries' }),
    );
    const [condition] = await listConditions();
    await setLight(youth.id, condition!.id, {
      colour: 'red',
      reason: 'Geen kamer',
      action: 'Aanmelden woningcorporatie',
      actionOwner: 'Mehmet K.',
      actionOwnerRole: 'mentor',
    });
  }

  async function downloaded(passphrase: string) {
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [name, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/^uitstroombord-deelbestand-zwolle-\d{4}-\d{2}-\d{2}\.json$/);
    return JSON.parse(await decryptShare(JSON.parse(text), passphrase)) as {
      shared: { reasonAndAction: boolean };
      data: { assessments: Record<string, unknown>[] };
    };
  }

  it('proposes a passphrase of five words, copies it, and encrypts with it', async () => {
    const user = userEvent.setup();
    await boardWithOneLight();
    render(<ShareSection />);
    expect(screen.queryByText(/aanbevolen/)).not.toBeInTheDocument();
    const proposal = await screen.findByLabelText('Voorgesteld wachtwoord', {}, SLOW);
    const passphrase = (proposal as HTMLInputElement).value;
    expect(passphrase.split('-')).toHaveLength(5);
    for (const word of passphrase.split('-')) expect(PASSPHRASE_WORDS).toContain(word);

    await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(passphrase);
    expect(screen.getByText('Wachtwoord gekopieerd.')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Zwolle' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Deelbestand maken' }));
    expect(
      await screen.findByText(
        'Deelbestand voor Zwolle gemaakt met 1 jongere, versleuteld, zonder reden en actie.',
        {},
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    const file = await downloaded(passphrase);
    expect(file.shared).toEqual({ reasonAndAction: false });
    expect(file.data.assessments[0]).toMatchObject({
      reason: '',
      action: '',
      actionOwnerRole: 'mentor',
    });
    expect(JSON.stringify(file)).not.toContain('Mehmet');
    // The passphrase stays in sight with the result; the next file gets a new one.
    expect(screen.getByText(passphrase)).toBeInTheDocument();
    expect(screen.getByLabelText('Voorgesteld wachtwoord')).not.toHaveValue(passphrase);
  });

  it('shares reason and action only when ticked, with a warning that they may hold names', async () => {
    const user = userEvent.setup();
    await boardWithOneLight();
    render(<ShareSection />);
    await screen.findByRole('option', { name: 'Zwolle' }, SLOW);
    const box = screen.getByRole('checkbox', { name: 'Reden en actie delen' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/kunnen namen bevatten/);
    await user.click(box);
    await user.click(screen.getByRole('radio', { name: 'Zelf een wachtwoord kiezen' }));
    await user.type(screen.getByLabelText('Wachtwoord'), 'zwolle kijkt mee');
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'zwolle kijkt mee');
    await user.click(screen.getByRole('button', { name: 'Deelbestand maken' }));
    expect(
      await screen.findByText(/versleuteld, met reden en actie\.$/, {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    const file = await downloaded('zwolle kijkt mee');
    expect(file.shared).toEqual({ reasonAndAction: true });
    expect(file.data.assessments[0]).toMatchObject({
      reason: 'Geen kamer',
      action: 'Aanmelden woningcorporatie',
    });
  });

  it('refuses an own passphrase under 12 characters or not repeated, and downloads nothing', async () => {
    const user = userEvent.setup();
    await boardWithOneLight();
    render(<ShareSection />);
    await screen.findByRole('option', { name: 'Zwolle' }, SLOW);
    await user.click(screen.getByRole('radio', { name: 'Zelf een wachtwoord kiezen' }));
    const own = screen.getByLabelText('Wachtwoord');
    await user.type(own, 'te kort');
    await user.click(screen.getByRole('button', { name: 'Deelbestand maken' }));
    expect(await screen.findByText(/Gebruik minstens 12 tekens/)).toBeInTheDocument();
    expect(own).toHaveFocus();
    await user.type(own, ' maar nu lang');
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'iets anders');
    await user.click(screen.getByRole('button', { name: 'Deelbestand maken' }));
    expect(await screen.findByText(/De wachtwoorden zijn niet gelijk/)).toBeInTheDocument();
    expect(downloadText).not.toHaveBeenCalled();
  });
});

describe('ShareSection: opening a share file', { timeout: 30_000 }, () => {
  it('asks for the passphrase, names a wrong one and changes nothing', async () => {
    const user = userEvent.setup();
    const own = db();
    render(<ShareSection />);
    await user.upload(
      screen.getByLabelText('Deelbestand'),
      asFile(await shareText('lang genoeg wachtwoord')),
    );
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Dit bestand is versleuteld',
    );

    await user.type(screen.getByLabelText('Wachtwoord van het deelbestand'), 'verkeerd');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(
      await screen.findByText('Wachtwoord klopt niet of het bestand is beschadigd', {}, SLOW),
    ).toBeInTheDocument();
    expect(activeReview()).toBeUndefined();
    expect(db()).toBe(own);
  });

  it('refuses a foreign file', async () => {
    const user = userEvent.setup();
    render(<ShareSection />);
    await user.upload(screen.getByLabelText('Deelbestand'), asFile('{"format":"iets anders"}'));
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Dit is geen deelbestand van het Uitstroombord.',
    );
  });

  it('refuses a file that breaks a record rule, naming table, record and field', async () => {
    const user = userEvent.setup();
    const own = db();
    const file = JSON.parse(await shareText()) as {
      data: { youths: { id: string; birthDate: string }[] };
    };
    file.data.youths[0]!.birthDate = '2010-02-31';
    render(<ShareSection />);
    await user.upload(screen.getByLabelText('Deelbestand'), asFile(JSON.stringify(file)));
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      `Dit deelbestand is beschadigd of onvolledig: jongere nr. 1 in ‘Jongeren’ (id ${file.data.youths[0]!.id}), veld ‘birthDate’ is ongeldig. Er is niets geopend.`,
    );
    expect(activeReview()).toBeUndefined();
    expect(db()).toBe(own);
  });

  it('opens a read-only review with a banner, and closes it back to the own data', async () => {
    const user = userEvent.setup();
    const own = db();
    render(
      <>
        <ReviewModeBanner />
        <ShareSection />
      </>,
    );
    await user.upload(
      screen.getByLabelText('Deelbestand'),
      asFile(await shareText('lang genoeg wachtwoord')),
    );
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    await user.type(
      screen.getByLabelText('Wachtwoord van het deelbestand'),
      'lang genoeg wachtwoord',
    );
    await user.click(screen.getByRole('button', { name: 'Openen' }));

    const banner = await screen.findByRole('region', { name: 'Alleen-lezen inzage' }, SLOW);
    expect(banner).toHaveTextContent('Alleen lezen — stand per 25 nov. 2026, gemeente Zwolle');
    expect(db()).not.toBe(own);
    expect((await db().youths.toArray()).map((youth) => youth.initials)).toEqual(['Z.W.']);
    expect(
      screen.getByText('Vanuit een inzage kan geen nieuw deelbestand gemaakt worden.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Gemeente Zwolle, stand per 25 nov. 2026/)).toHaveTextContent(
      'nu geopend',
    );

    await user.click(screen.getByRole('button', { name: 'Inzage sluiten' }));
    expect(screen.queryByRole('region', { name: 'Alleen-lezen inzage' })).not.toBeInTheDocument();
    expect(db()).toBe(own);
    expect(await db().youths.count()).toBe(0);

    await user.click(
      screen.getByRole('button', { name: 'Inzage Zwolle, stand per 25 nov. 2026 verwijderen' }),
    );
    expect(await screen.findByText('Deelbestand openen (inzage)', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(/Gemeente Zwolle, stand per/)).not.toBeInTheDocument();
  });
});
