import { exchange } from './nl/exchange';

/**
 * The words of the exchange sections on Gegevens (CSV import, share files).
 * Only those sections use them, and they load on demand: so do these, keeping
 * the board's first download within its budget (scripts/check-bundle.mjs).
 * The inzage banner's words stay in the dictionary (`t.reviewBanner`).
 */
export const tx: typeof exchange = exchange;
