import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/testing/test-database';
import type { YouthFields } from '@/domain/youth';
import { db } from './database';
import { importYouths, listYouthIdentities } from './import-repository';

const fields = (initials: string): YouthFields => ({
  initials,
  clientNumber: undefined,
  birthDate: '2010-01-01',
  municipality: 'Zwolle',
  location: 'De Linde',
  placementType: 'groep',
  placementStart: '2025-01-01',
  plannedEnd: undefined,
  perspective: undefined,
  coordinator: undefined,
  procesregie: undefined,
  notes: undefined,
});

beforeEach(async () => {
  await freshDatabase();
});

describe('importYouths', () => {
  it('adds every row as a placed young person without empty fields', async () => {
    expect(await importYouths([fields('A.B.'), fields('C.D.')])).toBe(2);
    const youths = await db().youths.toArray();
    expect(youths).toHaveLength(2);
    expect(youths[0]).toMatchObject({ status: 'placed', municipality: 'Zwolle' });
    expect(youths[0]).not.toHaveProperty('clientNumber');
    expect(await listYouthIdentities()).toHaveLength(2);
  });

  it('writes nothing when one row fails', async () => {
    // A value IndexedDB cannot store makes the second write fail inside the transaction.
    const broken = { ...fields('E.F.'), notes: (() => 'x') as unknown as string };
    await expect(importYouths([fields('A.B.'), broken])).rejects.toThrow();
    expect(await db().youths.count()).toBe(0);
  });
});
