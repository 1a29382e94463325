import type { DemoTexts } from '@/domain/demo/demo-texts';
import { demo } from './nl/demo';

/**
 * The words of the demo board's fictitious world. Only the demo loaders use
 * them, and they load on demand with the generator: so do these, keeping the
 * board's first download within its budget (scripts/check-bundle.mjs).
 * Another language provides this section beside its dictionary.
 */
export const td: DemoTexts = demo;
