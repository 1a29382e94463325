import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  daysBetween,
  localDateOf,
  monthsBetween,
  turnsEighteenOn,
} from '@/domain/dates';
import { t } from '@/i18n/dictionary';
import {
  eighteenthBirthday,
  formatAge,
  formatDate,
  formatDateAt,
  formatDateTime,
  shortAge,
  storageMessage,
  type DatePrecision,
} from './format';
import { formatOwner } from './format-owner';

describe('formatDate', () => {
  it('formats Dutch dates, the same again from its cache, per pattern', () => {
    expect(formatDate('2026-11-26')).toBe('26 nov. 2026');
    expect(formatDate('2026-11-26')).toBe('26 nov. 2026');
    expect(formatDate('2026-11-26', 'd MMM yy')).toBe('26 nov. 26');
    expect(formatDate('2026-03-01T10:00:00.000Z', 'd MMMM yyyy')).toBe('1 maart 2026');
    expect(formatDate(undefined)).toBe('');
  });

  it('keeps working past the cache limit', () => {
    for (let day = 0; day < 6_000; day++) {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      expect(formatDate(date, 'yyyy-MM-dd')).toBe(date);
    }
    expect(formatDate('2026-11-26')).toBe('26 nov. 2026');
  });

  it('shows "ongeldige datum" for a date that is not one, and logs it once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A value no other test uses: what is logged is remembered per module, and screen tests
    // share their modules (vite.config.ts).
    expect(formatDate('geen datum')).toBe('ongeldige datum');
    expect(formatDate('1901-02-29')).toBe('ongeldige datum');
    expect(formatDate('1901-02-29')).toBe('ongeldige datum');
    expect(formatDateTime('1901-02-29T10:00:00.000Z')).toBe('ongeldige datum');
    expect(formatDateTime('1901-02-29T10:00:00.000Z')).toBe('ongeldige datum');
    expect(warn.mock.calls.filter((call) => String(call[1]) === '1901-02-29')).toHaveLength(1);
    warn.mockRestore();
  });
});

describe('every formatter, fed anything', () => {
  const dateLike = fc.oneof(
    fc.string(),
    fc.constantFrom('gisteren', '2026-02-31', '2010-02-30', '0000-00-00', ''),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/),
  );
  const precision = fc.constantFrom<DatePrecision>('day', 'month');

  it('returns text and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(
        dateLike,
        dateLike,
        fc.anything(),
        fc.double(),
        precision,
        fc.string(),
        (value, today, other, days, exactness, pattern) => {
          const eighteen = eighteenthBirthday(value, today, exactness);
          const eighteenOther = eighteenthBirthday(other as string, other as string, exactness);
          for (const text of [
            formatDate(value),
            formatDate(value, 'd MMMM yyyy'),
            formatDate(value, 'yyyy-MM-dd'),
            formatDate(value, pattern),
            formatDateAt(value, exactness),
            formatDateAt(value, exactness, 'd MMM yy'),
            formatDateAt(other as string, exactness),
            formatDateTime(value),
            formatDate(other as string),
            formatDateTime(other as string),
            eighteen.label,
            eighteen.date,
            eighteen.text,
            eighteenOther.text,
            formatAge(days, t.dates.yearsOld),
            shortAge(days),
            storageMessage(other),
            formatOwner(value, today),
            formatOwner(other as string, other as string),
          ])
            expect(typeof text).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
    warn.mockRestore();
  });

  it('and the date helpers a view calls on stored data, with the age and 18th birthday it shows', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(dateLike, dateLike, fc.integer({ min: -600, max: 600 }), (value, today, n) => {
        const age = ageOn(value, today);
        const shown = formatAge(age, t.dates.yearsOld);
        expect(shown).toBe(Number.isFinite(age) ? `${age} jaar` : 'ongeldige datum');
        const on = turnsEighteenOn(value);
        const { date } = eighteenthBirthday(value, today);
        if (on === undefined) expect(date).toBe('ongeldige datum');
        else expect(date).toBe(formatDate(on));
        expect(typeof formatDate(addMonthsIso(value, n))).toBe('string');
        expect(typeof formatDate(addDaysIso(value, n))).toBe('string');
        expect(typeof shortAge(daysBetween(value, today))).toBe('string');
        expect(typeof formatDate(localDateOf(value))).toBe('string');
        monthsBetween(value, today);
      }),
      { numRuns: 500 },
    );
    warn.mockRestore();
  });
});

describe('a birth date that is not a date', () => {
  it('says "ongeldige datum" for the 18th birthday and the age instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const bad of ['gisteren', '2010-02-30']) {
      expect(eighteenthBirthday(bad, '2026-11-25')).toEqual({
        label: 'Wordt 18 op',
        date: 'ongeldige datum',
        text: 'Wordt 18 op ongeldige datum',
      });
      expect(eighteenthBirthday(bad, '2026-11-25', 'month').date).toBe('ongeldige datum');
      expect(formatAge(ageOn(bad, '2026-11-25'), t.dates.yearsOld)).toBe('ongeldige datum');
    }
    expect(formatAge(17, t.dates.yearsOld)).toBe('17 jaar');
    warn.mockRestore();
  });
});

describe('shortAge', () => {
  it('says days, weeks or months', () => {
    expect(shortAge(0)).toBe('vandaag');
    expect(shortAge(3)).toMatch(/^3/);
    expect(shortAge(21)).toMatch(/^3/);
    expect(shortAge(120)).toMatch(/^3/);
  });
});

describe('eighteenthBirthday', () => {
  it.each([
    ['2009-03-03', '2026-11-25', 'Wordt 18 op 3 mrt. 2027'],
    ['2008-11-25', '2026-11-25', 'Wordt 18 op 25 nov. 2026'],
    ['2008-11-24', '2026-11-25', 'Werd 18 op 24 nov. 2026'],
    ['2007-11-17', '2026-11-25', 'Werd 18 op 17 nov. 2025'],
  ])('born %s, on %s: %s', (birthDate, today, text) => {
    expect(eighteenthBirthday(birthDate, today).text).toBe(text);
  });

  it('claims no day a birth date known to the month does not have, and no tense', () => {
    expect(eighteenthBirthday('2008-08-01', '2026-12-07', 'month').text).toBe('18 in aug. 2026');
    expect(eighteenthBirthday('2009-03-01', '2026-12-07', 'month')).toMatchObject({
      label: '18 in',
      date: 'mrt. 2027',
    });
  });

  it('gives label and date apart, for a definition list', () => {
    expect(eighteenthBirthday('2007-11-17', '2026-11-25')).toMatchObject({
      label: 'Werd 18 op',
      date: '17 nov. 2025',
    });
  });
});

describe('storageMessage', () => {
  it('names a storage failure by its code and a fault in the app as such', () => {
    const quota = Object.assign(new Error('storage: quota'), {
      name: 'StorageError',
      code: 'quota',
    });
    expect(storageMessage(quota)).toMatch(/opslag van deze browser is vol/);
    expect(storageMessage(new TypeError('x'))).toMatch(/geen opslagprobleem/);
    expect(storageMessage(new TypeError('x'))).not.toMatch(/Opslaan is mislukt/);
  });
});

describe('formatDateAt', () => {
  it('drops the day for a date known only to the month, whatever the pattern', () => {
    expect(formatDateAt('2008-08-01', 'month')).toBe('aug. 2008');
    expect(formatDateAt('2026-08-01', 'month', 'd MMM yy')).toBe('aug. 26');
    expect(formatDateAt('2008-08-14', 'day')).toBe('14 aug. 2008');
    expect(formatDateAt(undefined, 'month')).toBe('');
  });
});

describe('formatOwner', () => {
  it("names the owner with the role, or either alone, and ignores a role it doesn't know", () => {
    expect(formatOwner('Mehmet K.', 'mentor')).toBe('Mehmet K. (mentor)');
    expect(formatOwner('', 'districtTeam')).toBe('wijkteam');
    expect(formatOwner('Ouders', 'parents')).toBe('Ouders');
    expect(formatOwner('Mehmet K.', undefined)).toBe('Mehmet K.');
    expect(formatOwner('Mehmet K.', 'toString')).toBe('Mehmet K.');
    expect(formatOwner(undefined, undefined)).toBe('');
  });
});
