import { storageMessage } from './format';
import { useUiStore } from './store';

/**
 * Runs a write; on failure shows the Dutch reason in an error toast and returns
 * undefined. The repositories write in one transaction, so nothing half-written stays.
 */
export async function runWrite<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    console.error(error);
    useUiStore.getState().showToast({ tone: 'error', message: storageMessage(error) });
    return undefined;
  }
}
