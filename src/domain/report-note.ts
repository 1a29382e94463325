import type { ReportNoteId } from './ids';
import type { IsoMonth } from './state-at-date';
import type { RecordMeta } from './types';
import { TEXT_MAX } from './text-limits';

/**
 * The provider's explanation with one monthly report (one municipality, one
 * month). Stored, not typed into the print dialog, so a reprint of the report
 * says exactly what the first print said.
 */
export type ReportNote = RecordMeta & {
  id: ReportNoteId;
  municipality: string;
  /** `yyyy-MM`. */
  month: IsoMonth;
  text: string;
};

export type ReportNoteProblem = 'tooLong';

/** The one rule a form and the repository both ask: at most {@link TEXT_MAX.reportNote} characters. */
export function reportNoteProblem(text: string): ReportNoteProblem | undefined {
  return text.trim().length > TEXT_MAX.reportNote ? 'tooLong' : undefined;
}
