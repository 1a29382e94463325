import { currentLightsOf } from '@/domain/signals';
import type { Assessment, Youth } from '@/domain/types';
import { db } from './database';
import { replaceAllDirectly } from './bulk-write';
import { guarded } from './errors';

export type DemoData = { youths: Youth[]; assessments: Assessment[] };

/**
 * Loads the demo board. With `replace` it first removes every young person,
 * light and everything else that names a young person (review requests,
 * follow-up checks, escalations, agenda items); the caller has asked the user. Conditions,
 * settings and the meetings themselves stay. All in one transaction: a
 * failure leaves the database as it was.
 */
export async function loadDemoData(data: DemoData, options: { replace: boolean }): Promise<void> {
  const d = db();
  await guarded(() =>
    d.transaction(
      'rw',
      [
        d.youths,
        d.assessments,
        d.currentLights,
        d.reviewRequests,
        d.outflowChecks,
        d.escalations,
        d.escalationUpdates,
        d.meetings,
      ],
      async () => {
        if (options.replace) {
          await Promise.all([
            d.youths.clear(),
            d.currentLights.clear(),
            d.reviewRequests.clear(),
            d.outflowChecks.clear(),
            d.escalations.clear(),
            d.escalationUpdates.clear(),
            // Nobody on an agenda is still on the board; the meetings stay.
            d.meetings
              .filter((meeting) => meeting.agenda.length > 0)
              .modify((meeting) => {
                meeting.agenda = [];
              }),
          ]);
        } else if ((await d.youths.count()) > 0) {
          throw new Error('loadDemoData: database is not empty');
        }
        await d.youths.bulkAdd(data.youths);
        await replaceAllDirectly(d.assessments, data.assessments);
        await d.currentLights.bulkPut(currentLightsOf(data.assessments));
      },
    ),
  );
}
