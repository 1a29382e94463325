import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate, IsoDateTime } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `yyyy-MM-dd` (so not 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whole years between a birth date and a date. Worked on the calendar fields,
 * not on instants, so time zones cannot shift a birthday. Someone born on
 * 29 February has their birthday on 1 March in a common year (the same rule
 * as {@link birthdayInYear}).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by] = parts(birthDate);
  const [y, m, d] = parts(date);
  const [, birthdayMonth, birthdayDay] = parts(birthdayInYear(birthDate, y));
  const hadBirthday = m > birthdayMonth || (m === birthdayMonth && d >= birthdayDay);
  return y - by - (hadBirthday ? 0 : 1);
}

/** The date on which the birthday falls in a given year; 29 February moves to 1 March in a common year. */
export function birthdayInYear(birthDate: IsoDate, year: number): IsoDate {
  const [, m, d] = parts(birthDate);
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function turnsAgeOn(birthDate: IsoDate, age: number): IsoDate {
  const [by] = parts(birthDate);
  return birthdayInYear(birthDate, by + age);
}

/** The day youth care law stops: the 18th birthday. */
export function turnsEighteenOn(birthDate: IsoDate): IsoDate {
  return turnsAgeOn(birthDate, 18);
}

/** Whole days from `from` to `to` (positive when `to` is later); accepts dates or timestamps. */
export function daysBetween(from: IsoDate | IsoDateTime, to: IsoDate | IsoDateTime): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The local calendar date of a timestamp. */
export function toIsoDate(value: Date | IsoDateTime): IsoDate {
  const date = typeof value === 'string' ? parseISO(value) : value;
  return format(date, 'yyyy-MM-dd');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
