import { describe, expect, it } from 'vitest';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import fc from 'fast-check';
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  birthdayInYear,
  dayNumber,
  daysBetween,
  isIsoDate,
  localDateOf,
  localDayNumber,
  monthsBetween,
  toIsoDate,
  turnsAgeOn,
  turnsEighteenOn,
} from './dates';

describe('ageOn', () => {
  it.each([
    ['2010-05-10', '2026-05-09', 15],
    ['2010-05-10', '2026-05-10', 16],
    ['2010-05-10', '2026-05-11', 16],
    ['2008-11-25', '2026-11-25', 18],
    ['2008-11-26', '2026-11-25', 17],
    ['2010-12-31', '2026-01-01', 15],
  ])('born %s is on %s %i years old', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it('counts 29 February birthdays on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('turnsEighteenOn', () => {
  it('is the 18th birthday', () => {
    expect(turnsEighteenOn('2009-06-15')).toBe('2027-06-15');
  });
  it('moves 29 February to 1 March in a common year and keeps it in a leap year', () => {
    expect(turnsEighteenOn('2008-02-29')).toBe('2026-03-01');
    expect(turnsEighteenOn('2010-02-28')).toBe('2028-02-28');
    expect(birthdayInYear('2012-02-29', 2030)).toBe('2030-03-01');
    expect(turnsEighteenOn('2012-02-29')).toBe('2030-03-01');
    expect(birthdayInYear('2012-02-29', 2032)).toBe('2032-02-29');
  });
  it('agrees with ageOn on the day itself', () => {
    for (const birth of ['2008-02-29', '2009-01-01', '2009-12-31']) {
      const day = turnsEighteenOn(birth)!;
      expect(ageOn(birth, day)).toBe(18);
    }
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-1-1', false],
    ['', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, timestamps included', () => {
    expect(daysBetween('2026-11-01', '2026-11-25')).toBe(24);
    expect(daysBetween('2026-11-25T08:00:00', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-25', '2026-11-01')).toBe(-24);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('1999-12-31', '2000-01-01')).toBe(1);
  });

  it('agrees with date-fns on dates and timestamps, local calendar days, any zone offset', () => {
    const instant = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    const date = instant.map((iso) => toIsoDate(iso));
    const value = fc.oneof(instant, date);
    fc.assert(
      fc.property(value, value, (from, to) => {
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(from)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toIsoDate and isIsoDate against date-fns', () => {
  it('write the local day as date-fns format does, years before 1000 and 1 BC included', async () => {
    const { format } = await import('date-fns');
    fc.assert(
      fc.property(
        fc.date({ min: new Date(-50, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (date) => {
          const written = format(date, 'yyyy-MM-dd');
          expect(toIsoDate(date)).toBe(written);
        },
      ),
    );
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('on stored data that is not a date', () => {
  it('says "unknown" instead of throwing: no 18th birthday, no age', () => {
    for (const bad of ['gisteren', '2010-02-30', '2010-13-01', '2010-00-10', '', '10-05-2010']) {
      expect(turnsEighteenOn(bad), bad).toBeUndefined();
      expect(turnsAgeOn(bad, 16), bad).toBeUndefined();
      expect(birthdayInYear(bad, 2026), bad).toBeUndefined();
      expect(ageOn(bad, '2026-11-25'), bad).toBeNaN();
      expect(ageOn('2010-05-10', bad), bad).toBeNaN();
    }
    expect(localDateOf('gisteren')).toBeUndefined();
    expect(localDateOf('2026-02-31T10:00:00.000Z')).toBeUndefined();
  });

  it('never throws, whatever string a view hands it', () => {
    const anyDate = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    );
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: -1200, max: 1200 }), (a, b, n) => {
        const birth = turnsEighteenOn(a);
        if (birth !== undefined) expect(isIsoDate(birth)).toBe(true);
        const age = ageOn(a, b);
        expect(Number.isNaN(age) || Number.isInteger(age)).toBe(true);
        turnsAgeOn(a, n);
        birthdayInYear(a, n);
        daysBetween(a, b);
        dayNumber(a);
        localDayNumber(a);
        localDateOf(a);
        addMonthsIso(a, n);
        addDaysIso(a, n);
        monthsBetween(a, b);
        isIsoDate(a);
      }),
      { numRuns: 500 },
    );
  });
});
