/**
 * Calendar arithmetic for the demo board on whole UTC day numbers (days since
 * 1 January 1970): cheap in the generator's inner loops.
 */
import type { IsoDate } from '../types';
import { int, type Random } from './random';

const DAY_MS = 86_400_000;

export function dayOf(date: IsoDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  );
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function isoOfDay(day: number): IsoDate {
  const date = new Date(day * DAY_MS);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * `isoOfDay` with a memo, for one generation only. A large board formats the
 * same few hundred days hundreds of thousands of times; the memo holds at most
 * the days of that one board and is dropped with it, so nothing accumulates
 * across generations (a module-level memo grew with every `today` ever asked).
 */
export function isoDates(): (day: number) => IsoDate {
  const memo = new Map<number, IsoDate>();
  return (day) => {
    let iso = memo.get(day);
    if (iso === undefined) {
      iso = isoOfDay(day);
      memo.set(day, iso);
    }
    return iso;
  };
}

/** 0 = Sunday. Day 0 (1 January 1970) was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day of the month `back` months earlier, clamped to the month's length. */
export function monthsBack(day: number, back: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - back;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

/** `HH:mm:00.000Z` for minutes since midnight (UTC). */
export function timeOfDay(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00.000Z`;
}

export type Review = { day: number; iso: IsoDate };

/**
 * One location's monthly case reviews, oldest first: about the same weekday
 * every month, never in a weekend, the newest 0–20 days before `today`.
 */
export function reviewCalendar(
  rng: Random,
  today: number,
  months: number,
  isoOf: (day: number) => IsoDate,
): Review[] {
  let latest = today - int(rng, 0, 18);
  while (weekday(latest) === 0 || weekday(latest) === 6) latest -= 1;
  const day = weekday(latest);
  const reviews: Review[] = [];
  for (let back = months - 1; back >= 0; back--) {
    let review = back === 0 ? latest : monthsBack(latest, back);
    let shift = day - weekday(review);
    if (shift > 3) shift -= 7;
    if (shift < -3) shift += 7;
    review += shift;
    if (back > 0 && review >= latest) review -= 7;
    reviews.push({ day: review, iso: isoOf(review) });
  }
  return reviews;
}
