import type { Transaction } from 'dexie';
import { redRun, updateLightsInBatches } from './red-run';

// FROZEN: the v4 → v5 upgrade as it shipped; it imports only frozen copies.

/**
 * v4 → v5: every red current light gets `redSince`, when its red run began,
 * from its cell's history; only red cells' histories are read, the others
 * are left as they are.
 */
export function migrateV4ToV5(transaction: Transaction): Promise<void> {
  return updateLightsInBatches(
    transaction,
    (light) => light.colour === 'red',
    (light, history) => {
      const { since } = redRun(history);
      return since === undefined ? undefined : { ...light, redSince: since };
    },
  );
}
