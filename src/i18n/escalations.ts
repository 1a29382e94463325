import { escalations } from './nl/escalations';

/**
 * The words of the escalation loop (youth page, minutes). Only views loaded on
 * demand use them, so they stay out of the board's first download
 * (scripts/check-bundle.mjs), like the meetings' words (i18n/meetings.ts).
 */
export const te: typeof escalations = escalations;
