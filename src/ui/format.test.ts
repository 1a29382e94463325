import { describe, expect, it } from 'vitest';
import { eighteenthBirthday, formatDate, shortAge } from './format';

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

  it('still refuses a date that is not one', () => {
    expect(() => formatDate('geen datum')).toThrow();
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

  it('gives label and date apart, for a definition list', () => {
    expect(eighteenthBirthday('2007-11-17', '2026-11-25')).toMatchObject({
      label: 'Werd 18 op',
      date: '17 nov. 2025',
    });
  });
});
