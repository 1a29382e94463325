import { describe, expect, it } from 'vitest';
import { formatDate, shortAge } from './format';

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
