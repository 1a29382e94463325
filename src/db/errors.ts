/** Storage failures the UI explains in Dutch; anything else is a bug and is rethrown. */
export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'blocked'
  | 'constraint'
  | 'notFound'
  /** A write to a read-only review copy (inzage) of a municipality's share file. */
  | 'readOnly'
  /** A write while nobody has said who they are: no record is written "door Onbekend". */
  | 'anonymous'
  /** A record that breaks the value rules (domain/record-rules.ts): a backup could not hold it. */
  | 'invalid'
  | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    cause?: unknown,
  ) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const named = error as { name?: string; inner?: { name?: string } };
    if (named.inner?.name) return named.inner.name;
    if (named.name) return named.name;
  }
  return '';
}

/**
 * A fault in the app's own code (a wrong type, a missing value), not in storage.
 * It must be reported as what it is, never as "opslaan mislukt".
 */
export function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError
  );
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message))) {
    return new StorageError('quota', error);
  }
  if (name === 'ConstraintError') return new StorageError('constraint', error);
  // Opening failed, whatever the browser's inner reason (private mode, a broken profile).
  const outer = (error as { name?: string } | null)?.name;
  if (
    name === 'MissingAPIError' ||
    name === 'InvalidStateError' ||
    name === 'OpenFailedError' ||
    outer === 'MissingAPIError' ||
    outer === 'OpenFailedError'
  ) {
    return new StorageError('unavailable', error);
  }
  if (name === 'VersionChangeError' || name === 'DatabaseClosedError')
    return new StorageError('blocked', error);
  return new StorageError('unknown', error);
}

/**
 * Runs a write and turns storage failures into {@link StorageError}; a
 * programming error passes unchanged, so it is seen (and reported) as a bug.
 */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isProgrammingError(error)) throw error;
    throw toStorageError(error);
  }
}
