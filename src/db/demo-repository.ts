import { currentLightsOf } from '@/domain/signals';
import type { Assessment, Youth } from '@/domain/types';
import { db } from './database';
import { replaceAllDirectly } from './bulk-write';
import { guarded } from './errors';

export type DemoData = { youths: Youth[]; assessments: Assessment[] };

/**
 * Loads the demo board. With `replace` it first removes every young person and
 * light (the caller has asked the user); conditions and settings stay.
 * All in one transaction: a failure leaves the database as it was.
 */
export async function loadDemoData(data: DemoData, options: { replace: boolean }): Promise<void> {
  await guarded(() =>
    db().transaction('rw', [db().youths, db().assessments, db().currentLights], async () => {
      if (options.replace) {
        await Promise.all([db().youths.clear(), db().currentLights.clear()]);
      } else if ((await db().youths.count()) > 0) {
        throw new Error('loadDemoData: database is not empty');
      }
      await db().youths.bulkAdd(data.youths);
      await replaceAllDirectly(db().assessments, data.assessments);
      await db().currentLights.bulkPut(currentLightsOf(data.assessments));
    }),
  );
}
