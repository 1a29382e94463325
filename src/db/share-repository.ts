import type { ShareData } from '@/domain/share';
import { db } from './database';
import { historyOfYouths } from './assessments-by-youth';

/** The municipalities with anyone on the board, for the share file's choice list. */
export async function listMunicipalities(): Promise<string[]> {
  const names = (await db().youths.orderBy('municipality').uniqueKeys()) as string[];
  return names.sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Everything a share file for one municipality may draw from; {@link buildShareFile} minimises it. */
export async function readShareSource(municipality: string): Promise<ShareData> {
  const d = db();
  return d.transaction(
    'r',
    [d.youths, d.conditions, d.assessments, d.escalations, d.escalationUpdates],
    async () => {
      const youths = await d.youths.where('municipality').equals(municipality).toArray();
      const ids = youths.map((youth) => youth.id);
      const conditions = await d.conditions.orderBy('order').toArray();
      const assessments = await historyOfYouths(ids);
      const escalations = await d.escalations.where('youthId').anyOf(ids).toArray();
      const escalationUpdates = await d.escalationUpdates.where('youthId').anyOf(ids).toArray();
      return { youths, conditions, assessments, escalations, escalationUpdates };
    },
  );
}
