import { describe, expect, it } from 'vitest';
import { guarded, StorageError } from './errors';

describe('guarded', () => {
  it('turns a storage failure into a StorageError with its code', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    await expect(guarded(() => Promise.reject(quota))).rejects.toMatchObject({
      name: 'StorageError',
      code: 'quota',
    });
  });

  it('lets a programming error through as what it is', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    await expect(guarded(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(guarded(() => Promise.reject(new RangeError('x')))).rejects.toBeInstanceOf(
      RangeError,
    );
  });

  it('keeps a StorageError as it is', async () => {
    const refused = new StorageError('readOnly');
    await expect(guarded(() => Promise.reject(refused))).rejects.toBe(refused);
  });
});
