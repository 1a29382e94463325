import { conditions } from './nl/conditions';

/**
 * The words of the conditions page (Randvoorwaarden). Only that page and its
 * dialogs use them, and they load on demand: so do these, keeping them out of
 * the board's first download (scripts/check-bundle.mjs).
 */
export const tc: typeof conditions = conditions;
