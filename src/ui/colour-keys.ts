import type { LightColour } from '@/domain/types';

/** One-key colours, as spoken in the meeting: Rood, Oranje, Groen, N.v.t. Board and meeting mode alike. */
export const COLOUR_KEYS: Record<string, LightColour> = {
  r: 'red',
  o: 'amber',
  g: 'green',
  n: 'notApplicable',
};
