import type { ReportNoteId } from '@/domain/ids';
import { reportNoteProblem, type ReportNote } from '@/domain/report-note';
import type { IsoMonth } from '@/domain/state-at-date';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

/** The explanation with the report of one municipality and month, if the provider wrote one. */
export function getReportNote(
  municipality: string,
  month: IsoMonth,
): Promise<ReportNote | undefined> {
  return db().reportNotes.where('[municipality+month]').equals([municipality, month]).first();
}

/**
 * Saves the explanation of one report; writing it again replaces the text (one
 * record per municipality and month). Empty text keeps the record, emptied, so
 * when and by whom it was cleared stays known.
 */
export async function saveReportNote(input: {
  municipality: string;
  month: IsoMonth;
  text: string;
}): Promise<ReportNote> {
  const text = input.text.trim();
  if (reportNoteProblem(text)) throw new StorageError('invalid');
  return guarded(() =>
    db().transaction('rw', [db().reportNotes, db().settings], async () => {
      const actor = await currentActor();
      const existing = await getReportNote(input.municipality, input.month);
      const note: ReportNote = existing
        ? { ...existing, text, updatedAt: nowIso(), updatedBy: actor }
        : {
            id: createId<ReportNoteId>(),
            municipality: input.municipality,
            month: input.month,
            text,
            ...createMeta(actor),
          };
      await db().reportNotes.put(note);
      return note;
    }),
  );
}
