// Deep imports: the barrel would put all of date-fns the lazy views use into the first download.
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate, IsoDateTime } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `yyyy-MM-dd` (so not 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && localIsoDate(parsed) === value;
}

/**
 * A date's local calendar day as `yyyy-MM-dd`, written as date-fns's `format`
 * does (year 0 is 1 BC, so 0001), without its formatter in the first download.
 */
function localIsoDate(date: Date): IsoDate {
  const year = date.getFullYear();
  return `${pad(year > 0 ? year : 1 - year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * The calendar fields of a real date `yyyy-MM-dd`, or undefined for anything else:
 * these helpers also run on stored data, where a bug or a hand-edited file may have
 * left 'gisteren' or 2026-02-31, and a view must then show "unknown", not break.
 * Checked on the fields, not by parsing: the board asks this for every cell.
 */
function parts(date: string): [number, number, number] | undefined {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  return [year, month, day];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whole years between a birth date and a date. Worked on the calendar fields,
 * not on instants, so time zones cannot shift a birthday. Someone born on
 * 29 February has their birthday on 1 March in a common year (the same rule
 * as {@link birthdayInYear}). NaN when either is not a real date.
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const birth = parts(birthDate);
  const on = parts(date);
  if (!birth || !on) return Number.NaN;
  const [by, bm, bd] = birth;
  const [y, m, d] = on;
  const [birthdayMonth, birthdayDay] = bm === 2 && bd === 29 && !isLeapYear(y) ? [3, 1] : [bm, bd];
  const hadBirthday = m > birthdayMonth || (m === birthdayMonth && d >= birthdayDay);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * The date on which the birthday falls in a given year; 29 February moves to 1 March
 * in a common year. Undefined when the birth date is not a real date.
 */
export function birthdayInYear(birthDate: IsoDate, year: number): IsoDate | undefined {
  const birth = parts(birthDate);
  if (!birth || !Number.isInteger(year)) return undefined;
  const [, m, d] = birth;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function turnsAgeOn(birthDate: IsoDate, age: number): IsoDate | undefined {
  const birth = parts(birthDate);
  return birth ? birthdayInYear(birthDate, birth[0] + age) : undefined;
}

/** The day youth care law stops: the 18th birthday; undefined when the birth date is not a real date. */
export function turnsEighteenOn(birthDate: IsoDate): IsoDate | undefined {
  return turnsAgeOn(birthDate, 18);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later); accepts dates or
 * timestamps, a timestamp counting on its local calendar day. The board asks
 * this for every cell, so it does calendar arithmetic instead of parsing dates.
 */
export function daysBetween(from: IsoDate | IsoDateTime, to: IsoDate | IsoDateTime): number {
  return dayOf(to) - dayOf(from);
}

function dayOf(value: IsoDate | IsoDateTime): number {
  // Stored data can hold anything: an unknown day is NaN, which every comparison treats as false.
  if (typeof value !== 'string') return Number.NaN;
  return value.length === 10 ? dayNumber(value) : localDayNumber(value);
}

/** The local calendar date of a timestamp. */
export function toIsoDate(value: Date | IsoDateTime): IsoDate {
  const date = typeof value === 'string' ? parseISO(value) : value;
  // date-fns's `format` refused an invalid date; so does this.
  if (!isValid(date)) throw new RangeError('Invalid time value');
  return localIsoDate(date);
}

/**
 * The local calendar date of a stored timestamp, or undefined when it is not one:
 * unlike {@link toIsoDate}, for data a view shows, where a bad value must not throw.
 */
export function localDateOf(value: IsoDateTime): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const date = parseISO(value);
  return isValid(date) ? localIsoDate(date) : undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// Calendar arithmetic on ISO strings and day numbers, without Date objects: the
// board runs these rules for thousands of rows on every change, and creating
// and formatting dates dominated the profile.

function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex === 1) return isLeapYear(year) ? 29 : 28;
  return monthIndex === 3 || monthIndex === 5 || monthIndex === 8 || monthIndex === 10 ? 30 : 31;
}

function isoOf(year: number, monthIndex: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(day, 2)}`;
}

/** Whole days since 1970-01-01 of a calendar date (days-from-civil, proleptic Gregorian). */
export function dayNumber(date: IsoDate): number {
  let year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoOf(year, month - 1, day);
}

/**
 * The first instant of a local calendar day, as a UTC ISO timestamp: a stored
 * `assessedAt` before it was made on an earlier local day. Comparing strings
 * avoids parsing every light's timestamp.
 */
export function localDayStart(date: IsoDate): IsoDateTime {
  return new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  ).toISOString();
}

/** The local calendar day of a timestamp, as a day number (matches `toIsoDate`). */
export function localDayNumber(timestamp: IsoDateTime): number {
  const date = new Date(timestamp);
  return dayNumber(isoOf(date.getFullYear(), date.getMonth(), date.getDate()));
}

/** The same day `months` later (earlier if negative), clamped to the month's length (31 Jan + 1 = 28 Feb). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, monthIndex));
  return isoOf(year, monthIndex, day);
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole months from one date to a later one (date-fns `differenceInMonths` semantics). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  while (months > 0 && addMonthsIso(from, months) > to) months -= 1;
  return months;
}
