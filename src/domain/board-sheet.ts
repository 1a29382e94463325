/*
 * The board back as a sheet: one row per young person, one column per
 * condition with R/O/G/N and a column with the date it was assessed, plus the
 * young person's columns the person picks. Dutch Excel and LibreOffice open
 * it as they expect (byte order mark, semicolons, one value per cell), and
 * the light-sheet import reads it back.
 */
import type { BoardRow } from './board';
import { CSV_COLUMNS, csvCell, csvHeaderFor, type CsvColumn } from './csv';
import { isIsoDate, toIsoDate } from './dates';
import type { Condition, LightState, Youth } from './types';

/**
 * The young person's columns a sheet may carry besides the initials, in the
 * young-people template's order; notes stay out (free text about a person).
 */
export const BOARD_SHEET_COLUMNS = CSV_COLUMNS.filter(
  (column): column is Exclude<CsvColumn, 'initials' | 'notes'> =>
    column !== 'initials' && column !== 'notes',
);
export type BoardSheetColumn = Exclude<CsvColumn, 'initials' | 'notes'>;

/** What a spreadsheet user types for a light; "niet beoordeeld" is an empty cell. */
const SHEET_LETTER: Record<LightState, string> = {
  red: 'R',
  amber: 'O',
  green: 'G',
  notApplicable: 'N',
  unassessed: '',
};

export type BoardSheetTexts = {
  /** "Wonen datum": the header of a condition's date column. */
  dateHeader: (condition: string) => string;
  placementType: Record<string, string>;
  perspective: Record<string, string>;
};

/** dd-mm-jjjj, the way Dutch spreadsheets show a date; empty for what is no date. */
function sheetDate(value: string | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? value : toIsoDate(value);
  if (!isIsoDate(date)) return '';
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

function youthCell(youth: Youth, column: BoardSheetColumn, texts: BoardSheetTexts): string {
  switch (column) {
    case 'birthDate':
    case 'placementStart':
    case 'plannedEnd':
      return sheetDate(youth[column]);
    case 'placementType':
      return texts.placementType[youth.placementType] ?? youth.placementType;
    case 'perspective':
      return youth.perspective ? (texts.perspective[youth.perspective] ?? youth.perspective) : '';
    default:
      return youth[column] ?? '';
  }
}

/** The rows as shown (filtered and sorted as on the board), as CSV text for a spreadsheet. */
export function boardSheetCsv(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  columns: readonly BoardSheetColumn[],
  texts: BoardSheetTexts,
): string {
  const chosen = BOARD_SHEET_COLUMNS.filter((column) => columns.includes(column));
  const header = [
    csvHeaderFor('initials'),
    ...chosen.map((column) => csvHeaderFor(column)),
    ...conditions.flatMap((condition) => [condition.name, texts.dateHeader(condition.name)]),
  ];
  const lines = [header.map((cell) => csvCell(cell)).join(';')];
  for (const row of rows) {
    const cells = [
      row.youth.initials,
      ...chosen.map((column) => youthCell(row.youth, column, texts)),
      ...row.cells.flatMap((cell) => [
        SHEET_LETTER[cell.state],
        cell.automatic ? '' : sheetDate(cell.assessment?.assessedAt),
      ]),
    ];
    lines.push(cells.map((cell) => csvCell(cell)).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
