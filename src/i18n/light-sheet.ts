import { lightSheet } from './nl/light-sheet';

/**
 * The words of importing a team's own light sheets (Gegevens). Only that
 * section uses them and it loads on demand, so they stay out of the board's
 * first download (scripts/check-bundle.mjs).
 */
export const tl: typeof lightSheet = lightSheet;
