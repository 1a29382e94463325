import { meetings } from './nl/meetings';

/**
 * The words of the meetings views (planning, meeting mode, minutes). Only
 * those views use them, and they load on demand: so do these, keeping the
 * board's first download within its budget (scripts/check-bundle.mjs).
 * Another language provides this section beside its dictionary.
 */
export const tm: typeof meetings = meetings;
