import { describe, expect, it } from 'vitest';
import { exchange } from './exchange';
import { backupPages } from './backup-pages';

describe('a refused share file names table, record and field, as a refused backup does', () => {
  const invalidAt = exchange.open.errors.invalidAt;

  it('an impossible date', () => {
    expect(invalidAt({ table: 'youths', index: 2, id: 'y3', field: 'birthDate' })).toBe(
      'Dit deelbestand is beschadigd of onvolledig: jongere nr. 3 in ‘Jongeren’ (id y3), veld ‘birthDate’ is ongeldig. Er is niets geopend.',
    );
  });

  it('a reference to what is not in the file, a missing answer, a doubled id', () => {
    expect(
      invalidAt({ table: 'assessments', index: 0, id: 'a1', field: 'undoes', reference: true }),
    ).toContain(
      'stoplicht nr. 1 in ‘Stoplichten (geschiedenis)’ (id a1), veld ‘undoes’ is ongeldig: het verwijst naar iets dat niet in het bestand staat',
    );
    expect(
      invalidAt({
        table: 'escalationUpdates',
        index: 0,
        id: 'u1',
        field: 'outcome',
        missing: true,
      }),
    ).toContain(
      'antwoord op escalatie nr. 1 in ‘Antwoorden op escalaties’ (id u1), veld ‘outcome’ ontbreekt',
    );
    expect(
      invalidAt({ table: 'escalations', index: 1, id: 'e1', field: 'id', duplicate: true }),
    ).toContain('veld ‘id’ komt twee keer voor');
  });

  it('uses the same names for the tables as the backup refusal', () => {
    expect(invalidAt({ table: 'conditions' })).toContain(`‘${backupPages.tables.conditions}’`);
  });
});
