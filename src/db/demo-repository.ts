import { activeConditions } from '@/domain/conditions';
import { currentLightsOf } from '@/domain/signals';
import type { DemoTexts } from '@/domain/demo/demo-texts';
import type { Assessment, Youth } from '@/domain/types';
import { listConditions } from './condition-repository';
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

/** How big a demo board `?demo=1000&maanden=12` asks for; the generator's defaults otherwise. */
export type DemoSize = { count?: number; months?: number };

/**
 * Generates a demo board for the active conditions and loads it (see
 * loadDemoData for `replace`). Returns how many fictional young people are
 * placed. The generator loads on demand: it is not part of the first download.
 * Nor are its words: the caller passes `import('@/i18n/demo')`, loaded meanwhile.
 */
export async function loadDemoBoard(
  today: string,
  options: { replace: boolean; size?: DemoSize; texts: Promise<{ td: DemoTexts }> },
): Promise<number> {
  const [{ generateDemoBoard }, { td }] = await Promise.all([
    import('@/domain/demo/generate'),
    options.texts,
  ]);
  const conditions = activeConditions(await listConditions());
  const data = generateDemoBoard({ today, conditions, texts: td, ...options.size });
  await loadDemoData(data, { replace: options.replace });
  return data.youths.filter((youth) => youth.status === 'placed').length;
}
