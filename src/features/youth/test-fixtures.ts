import { subDays, subYears } from 'date-fns';
import { toIsoDate } from '@/domain/dates';
import type { YouthFields } from '@/domain/youth';

/** Dates relative to the real today, so the tests keep passing as time moves on. */
export const daysAgo = (days: number) => toIsoDate(subDays(new Date(), days));
export const yearsAgo = (years: number) => toIsoDate(subYears(new Date(), years));

export function youthFields(overrides: Partial<YouthFields> = {}): YouthFields {
  return {
    initials: 'A.B.',
    clientNumber: undefined,
    birthDate: yearsAgo(16),
    municipality: 'Zwolle',
    location: 'De Linde',
    placementType: 'groep',
    placementStart: daysAgo(400),
    plannedEnd: undefined,
    perspective: undefined,
    coordinator: 'Sanne W.',
    procesregie: undefined,
    notes: undefined,
    ...overrides,
  };
}
