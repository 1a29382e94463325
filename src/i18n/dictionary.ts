import { nl as dateFnsNl } from 'date-fns/locale/nl';
import { nl, type Dictionary } from './nl';

/** The active dictionary. Every user-facing string goes through it. */
export const t: Dictionary = nl;
/** date-fns locale matching {@link t}. */
export const dateLocale = dateFnsNl;
export const languageTag = 'nl';
