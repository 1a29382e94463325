import type { YouthId } from '@/domain/ids';
import type { RecordMeta, Youth } from '@/domain/types';
import type { YouthFields } from '@/domain/youth';
import { createId, createMeta } from './clock';
import { db } from './database';
import { guarded } from './errors';
import { currentActor } from './settings-repository';

/** Who is on the board (placed or left), to spot a spreadsheet row that is already there. */
export async function listYouthIdentities(): Promise<
  Pick<Youth, 'initials' | 'birthDate' | 'municipality' | 'clientNumber'>[]
> {
  const youths = await db().youths.toArray();
  return youths.map(({ initials, birthDate, municipality, clientNumber }) => ({
    initials,
    birthDate,
    municipality,
    clientNumber,
  }));
}

/**
 * A young person from an import as stored: placed, stamped, and without empty
 * optional fields, like one added by hand.
 */
export function importedYouth(fields: YouthFields, meta: RecordMeta): Youth {
  const youth = { ...fields, id: createId<YouthId>(), status: 'placed' as const, ...meta };
  return Object.fromEntries(
    Object.entries(youth).filter(([, value]) => value !== undefined),
  ) as Youth;
}

/**
 * Puts imported young people on the board, all in one transaction: a failure
 * (a full disk, a closed database) leaves the board exactly as it was.
 */
export async function importYouths(rows: readonly YouthFields[]): Promise<number> {
  if (rows.length === 0) return 0;
  return guarded(() =>
    db().transaction('rw', db().youths, db().settings, async () => {
      const meta = createMeta(await currentActor());
      const youths = rows.map((fields) => importedYouth(fields, meta));
      await db().youths.bulkAdd(youths);
      return youths.length;
    }),
  );
}
