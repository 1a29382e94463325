import type { Transaction } from 'dexie';
import { redRun, updateLightsInBatches } from './red-run';

// FROZEN: the v2 → v3 upgrade as it shipped; it imports only frozen copies.

/** v2 → v3: every current light gets `redStreak`, counted from its cell's history. */
export function migrateV2ToV3(transaction: Transaction): Promise<void> {
  return updateLightsInBatches(
    transaction,
    () => true,
    (light, history) => ({ ...light, redStreak: redRun(history).reviews }),
  );
}
