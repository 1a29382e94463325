import { nl, type Dictionary } from './nl';

/** The active dictionary. Every user-facing string goes through it. */
export const t: Dictionary = nl;
export const languageTag = 'nl';
