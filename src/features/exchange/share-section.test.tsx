import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildShareFile } from '@/domain/share';
import { encryptShare } from '@/domain/share-crypto';
import { listConditions } from '@/db/condition-repository';
import { db } from '@/db/database';
import { activeReview, leaveReview } from '@/db/review-database';
import { makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { ReviewModeBanner } from './review-mode-banner';
import { ShareSection } from './share-section';

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
});
afterEach(() => leaveReview());

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
