import type { AssessmentId, YouthId } from '@/domain/ids';
import type { KnownYouth, LightImportPlan } from '@/domain/sheet-lights';
import { currentLightsOf } from '@/domain/signals';
import { TEXT_MAX } from '@/domain/text-limits';
import type { Assessment, Youth } from '@/domain/types';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { importedYouth } from './import-repository';
import { currentActor } from './settings-repository';

/** Everyone on the board (placed or left), to match a sheet's rows against. */
export async function listKnownYouths(): Promise<KnownYouth[]> {
  const youths = await db().youths.toArray();
  return youths.map(({ id, initials, birthDate, clientNumber }) => ({
    id,
    initials,
    birthDate,
    ...(clientNumber ? { clientNumber } : {}),
  }));
}

/** Who a month's lights are by: the team in that month, as its sheet says, not the importer. */
export function importAuthor(fileName: string): string {
  return `import ${fileName}`.slice(0, TEXT_MAX.short);
}

export type LightImportResult = { youthsAdded: number; lightsWritten: number };

/**
 * Writes a planned import of light sheets in one transaction: the new young
 * people, every light as an assessment dated in its month ("door import
 * <bestand>", stamped as entered by the person importing), and each touched
 * cell's current light recomputed from its whole history, so an older month
 * never hides a newer light and a red run counts across the months. Refuses a
 * plan with problems; a failure leaves the board as it was.
 */
export async function importLightPlan(plan: LightImportPlan): Promise<LightImportResult> {
  if (plan.problems.length > 0) throw new StorageError('invalid');
  return guarded(() =>
    db().transaction(
      'rw',
      [db().youths, db().assessments, db().currentLights, db().settings],
      async () => {
        const actor = await currentActor();
        const now = nowIso();
        const meta = createMeta(actor, now);
        const youthIds = new Map<string, YouthId>();
        const added: Youth[] = [];
        const existing: YouthId[] = [];
        for (const youth of plan.youths) {
          if (youth.match.kind === 'existing') {
            const id = youth.match.youth.id as YouthId;
            youthIds.set(youth.key, id);
            existing.push(id);
            continue;
          }
          if (!youth.fields) throw new StorageError('invalid');
          const record = importedYouth(youth.fields, meta);
          added.push(record);
          youthIds.set(youth.key, record.id);
        }
        if ((await db().youths.bulkGet(existing)).some((youth) => !youth))
          throw new StorageError('notFound');

        const assessments: Assessment[] = plan.lights.map((light) => {
          // The current month is dated today; never later than now, so the next
          // light set by hand still comes after it.
          const at = light.assessedAt > now ? now : light.assessedAt;
          return {
            id: createId<AssessmentId>(),
            youthId: youthIds.get(light.youthKey)!,
            conditionId: light.conditionId,
            colour: light.colour,
            reason: light.reason.trim(),
            action: '',
            actionOwner: '',
            discussedWithYouth: 'notDiscussed',
            assessedAt: at,
            assessedBy: importAuthor(light.fileName),
            ...meta,
          };
        });

        const cells = new Set(assessments.map((a) => `${a.youthId}\u0000${a.conditionId}`));
        const histories = await Promise.all(
          [...cells].map((cell) => {
            const [youthId, conditionId] = cell.split('\u0000') as [string, string];
            return db()
              .assessments.where('[youthId+conditionId+assessedAt]')
              .between([youthId, conditionId, ''], [youthId, conditionId, '\uffff'])
              .toArray();
          }),
        );
        const lights = currentLightsOf([...histories.flat(), ...assessments]);
        await db().youths.bulkAdd(added);
        await db().assessments.bulkAdd(assessments);
        await db().currentLights.bulkPut(lights);
        return { youthsAdded: added.length, lightsWritten: assessments.length };
      },
    ),
  );
}
