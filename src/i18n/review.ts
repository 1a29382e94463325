import { review } from './nl/review';

/**
 * The words of the municipal views, the monthly report and the regional
 * overview. Only those views use them, and they load on demand: so do these,
 * keeping the board's first download within its budget (scripts/check-bundle.mjs).
 * Another language provides this section beside its dictionary.
 */
export const tr: typeof review = review;
