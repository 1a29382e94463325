import type { DemoTexts } from '@/domain/demo/demo-texts';
import { demo } from './nl/demo';
import { demoProgress } from './nl/demo-progress';

/**
 * The words of the demo board's fictitious world. Only the demo loaders use
 * them, and they load on demand with the generator: so do these, keeping the
 * board's first download within its budget (scripts/check-bundle.mjs).
 * Another language provides this section beside its dictionary.
 */
export const td: DemoTexts = demo;

/** What the page says while the demo board fills (`@/ui/demo-progress`). */
export const tdp: typeof demoProgress = demoProgress;
