import { describe, expect, it } from 'vitest';
import {
  dayOf,
  isoDates,
  isoOfDay,
  monthsBack,
  reviewCalendar,
  timeOfDay,
  weekday,
} from './calendar';
import { mulberry32 } from './random';

describe('demo calendar', () => {
  it('turns ISO dates into day numbers and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoOfDay(dayOf('2028-02-29'))).toBe('2028-02-29');
    const isoOf = isoDates();
    expect(isoOf(dayOf('2026-11-25'))).toBe('2026-11-25');
    expect(isoOf(dayOf('2026-11-25'))).toBe('2026-11-25');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday(dayOf('1970-01-01'))).toBe(4);
    expect(weekday(dayOf('2026-11-29'))).toBe(0);
    expect(weekday(dayOf('1969-12-31'))).toBe(3);
  });

  it('goes back whole months, clamped to the shorter month', () => {
    expect(isoOfDay(monthsBack(dayOf('2026-03-31'), 1))).toBe('2026-02-28');
    expect(isoOfDay(monthsBack(dayOf('2026-01-15'), 2))).toBe('2025-11-15');
  });

  it('writes the time of day', () => {
    expect(timeOfDay(9 * 60 + 5)).toBe('09:05:00.000Z');
  });

  it('plans monthly reviews on weekdays, oldest first, the newest within 20 days', () => {
    const today = dayOf('2026-11-25');
    const reviews = reviewCalendar(mulberry32(1), today, 6, isoOfDay);
    expect(reviews).toHaveLength(6);
    for (const review of reviews) expect([0, 6]).not.toContain(weekday(review.day));
    const days = reviews.map((review) => review.day);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(today - (days[5] as number)).toBeLessThanOrEqual(20);
  });
});
