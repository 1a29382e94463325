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
  return db().transaction('r', [db().youths, db().conditions, db().assessments], async () => {
    const youths = await db().youths.where('municipality').equals(municipality).toArray();
    const conditions = await db().conditions.orderBy('order').toArray();
    const assessments = await historyOfYouths(youths.map((youth) => youth.id));
    return { youths, conditions, assessments };
  });
}
