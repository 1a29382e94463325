import { describe, expect, it } from 'vitest';
import { backupPages } from './backup-pages';

/*
 * The backup's checksum is a plain SHA-256 over the data: anyone who edits the
 * file can recompute it. It shows that the file was not damaged on the way, and
 * nothing about who made or edited it; the words must claim no more than that.
 */
describe('what a correct checksum is said to prove', () => {
  const info = backupPages.restore.fileInfo('20 november 2026 10:00', '1.4.0');

  it('says the file is not damaged', () => {
    expect(info).toMatch(/niet beschadigd/);
  });

  it('never says the file is unchanged, unedited or genuine', () => {
    for (const claim of [
      /ongewijzigd/i,
      /onveranderd/i,
      /onbewerkt/i,
      /niet (gewijzigd|veranderd|bewerkt|aangepast)/i,
      /echt\b|betrouwbaar|origineel|authentiek/i,
    ])
      expect(info).not.toMatch(claim);
  });

  it('says in so many words that it does not show who made or edited it', () => {
    expect(info).toMatch(/zegt niet wie het bestand heeft gemaakt of bewerkt/);
  });
});

describe('a refused backup names table, record and field', () => {
  it('says a field the app never writes is unknown, not invalid or missing', () => {
    const message = backupPages.errors.invalid({
      table: 'youths',
      index: 0,
      id: 'y1',
      field: 'fullName',
      unknown: true,
    });
    expect(message).toContain('Jongere nr. 1 in ‘Jongeren’ (id y1)');
    expect(message).toContain('veld ‘fullName’ is onbekend');
    expect(message).not.toMatch(/ontbreekt|ongeldig/);
    expect(message).toContain('Er is niets gewijzigd.');
  });
});
