// Deep imports: the barrel would put all of date-fns the lazy views use into the first download.
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { turnsEighteenOn } from '@/domain/dates';
import type { IsoDate } from '@/domain/types';
import { languageTag, t } from '@/i18n/dictionary';
import { formatDatePattern } from './date-pattern';

/** "3 d", "5 wk", "4 mnd" — short enough for a board cell. */
export function shortAge(days: number): string {
  if (!Number.isFinite(days)) return t.dates.invalid;
  if (days <= 0) return t.dates.today;
  if (days < 14) return t.dates.daysShort(days);
  if (days < 61) return t.dates.weeksShort(Math.floor(days / 7));
  return t.dates.monthsShort(Math.floor(days / 30.44));
}

// Rows format the same few hundred dates again each time they mount (a filter, a scroll).
const formatted = new Map<string, string>();
const FORMATTED_MAX = 5_000;

const reported = new Set<string>();

/**
 * A stored date that cannot be read shows as "ongeldige datum" instead of
 * throwing: one bad record must not blank the page that could repair it.
 * Each bad value is logged once, so the console points to it without flooding.
 */
function unreadable(value: unknown): string {
  let key: string;
  try {
    key = String(value).slice(0, 100);
  } catch {
    // An object whose toString is not a function: still a value to report, not a crash.
    key = Object.prototype.toString.call(value);
  }
  if (!reported.has(key) && reported.size < 1_000) {
    reported.add(key);
    console.warn('Uitstroombord: a stored date cannot be read:', key);
  }
  return t.dates.invalid;
}

function safeFormat(value: string, pattern: string): string {
  if (typeof value !== 'string') return unreadable(value);
  try {
    const date = parseISO(value);
    return isValid(date) ? formatDatePattern(date, pattern, t.dates.names) : unreadable(value);
  } catch {
    // An unknown pattern token (a bug, not data) still must not blank the page.
    return unreadable(value);
  }
}

export function formatDate(value: string | undefined, pattern = 'd MMM yyyy'): string {
  if (!value) return '';
  if (typeof value !== 'string') return unreadable(value);
  const key = `${languageTag}\u0000${pattern}\u0000${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = safeFormat(value, pattern);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** How exact a date is known: a share file may round birth dates to the month. */
export type DatePrecision = 'day' | 'month';

/** A day pattern without its day ("d MMM yyyy" → "MMM yyyy"), for a date known to the month. */
function monthPattern(pattern: string): string {
  return pattern.replace(/^d+\S*\s*/, '');
}

/**
 * A date derived from a birth date, as exact as it is known: "1 aug. 2008"
 * when the day is known, "aug. 2008" when only the month is (a rounded share file).
 */
export function formatDateAt(
  value: string | undefined,
  precision: DatePrecision,
  pattern = 'd MMM yyyy',
): string {
  return formatDate(value, precision === 'month' ? monthPattern(pattern) : pattern);
}

/**
 * The 18th birthday as every screen says it: "Wordt 18 op 3 mrt. 2027" up to and
 * including the day itself, "Werd 18 op 17 nov. 2025" once it has passed (a
 * young adult still placed). `today` decides the tense. Known only to the month,
 * it says "18 in aug. 2026": no day is claimed that the data does not have.
 * A birth date that is not a real date says "Wordt 18 op ongeldige datum".
 */
export function eighteenthBirthday(
  birthDate: IsoDate,
  today: IsoDate,
  precision: DatePrecision = 'day',
): { label: string; date: string; text: string } {
  const on = turnsEighteenOn(birthDate);
  const label =
    precision === 'month'
      ? t.eighteenthBirthday.inMonth
      : on === undefined || on >= today
        ? t.eighteenthBirthday.future
        : t.eighteenthBirthday.past;
  const date = on === undefined ? unreadable(birthDate) : formatDateAt(on, precision);
  return { label, date, text: `${label} ${date}` };
}

/** An age in whole years as every screen says it, or "ongeldige datum" when it cannot be known. */
export function formatAge(age: number, say: (years: number) => string): string {
  return Number.isFinite(age) ? say(age) : t.dates.invalid;
}

export function formatDateTime(value: string): string {
  if (!value) return '';
  return safeFormat(value, "d MMM yyyy 'om' HH:mm");
}

/** A Dutch sentence for a failed write; the data layer throws errors named StorageError with a code. */
export function storageMessage(error: unknown): string {
  const code = (error as { name?: string; code?: string } | null)?.code;
  if ((error as { name?: string } | null)?.name === 'StorageError' && code && code in t.storage) {
    return t.storage[code as keyof typeof t.storage];
  }
  // Repositories turn every storage failure into a StorageError (db/errors.ts `guarded`);
  // anything else is a fault in the app itself and is named as such.
  return (error as { name?: string } | null)?.name === 'StorageError'
    ? t.storage.unknown
    : t.storage.programming;
}
