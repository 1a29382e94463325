import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '@/i18n/dictionary';
import { formatDatePattern } from './date-pattern';

// Every pattern the app writes dates with (grep formatDate/formatDateTime), and their month-only forms.
const PATTERNS = [
  'd MMM yyyy',
  'MMM yyyy',
  'd MMM yy',
  'MMM yy',
  'MMMM yyyy',
  'MMM',
  'EEEE d MMMM yyyy',
  'dd-MM-yyyy',
  "d MMM yyyy 'om' HH:mm",
  'yyyy-MM-dd',
  'yyyy-MM',
  "'it''s' d-M-y H:m:s ''",
];

const dates = fc.date({
  min: new Date(-1000, 0, 1),
  max: new Date(9999, 11, 31, 23, 59, 59),
  noInvalidDate: true,
});

describe('formatDatePattern', () => {
  it('writes what date-fns format writes with the nl locale', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...PATTERNS), (date, pattern) => {
        expect(formatDatePattern(date, pattern, t.dates.names)).toBe(
          format(date, pattern, { locale: nl }),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes every month and weekday name as date-fns nl does', () => {
    for (let month = 0; month < 12; month += 1) {
      for (let day = 1; day <= 7; day += 1) {
        const date = new Date(2025, month, day);
        expect(formatDatePattern(date, 'EEEE d MMM MMMM', t.dates.names)).toBe(
          format(date, 'EEEE d MMM MMMM', { locale: nl }),
        );
      }
    }
  });

  it('throws on a token it does not know, as date-fns does on an unknown one', () => {
    expect(() => formatDatePattern(new Date(2025, 0, 1), 'd MMM yyyy f', t.dates.names)).toThrow(
      RangeError,
    );
    expect(() => formatDatePattern(new Date(2025, 0, 1), '', t.dates.names)).toThrow();
    expect(() => format(new Date(2025, 0, 1), '', { locale: nl })).toThrow();
  });
});
