import type { Perspective, PlacementType } from './types';
import { PERSPECTIVES, PLACEMENT_TYPES } from './types';
import type { YouthDraft, YouthErrors } from './youth';
import { emptyYouthDraft, hasErrors, validateYouth } from './youth';
import type { IsoDate } from './types';

/** Larger files are refused before reading: a board has hundreds of rows, not millions. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

export type CsvDelimiter = ';' | ',';
export type CsvEncoding = 'utf-8' | 'windows-1252';

/** The columns a spreadsheet may have, in template order; the Dutch header is the first alias. */
export const CSV_COLUMNS = [
  'initials',
  'clientNumber',
  'birthDate',
  'municipality',
  'location',
  'placementType',
  'placementStart',
  'plannedEnd',
  'perspective',
  'coordinator',
  'procesregie',
  'notes',
] as const satisfies readonly (keyof YouthDraft)[];
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Header texts recognised per field, compared after {@link normaliseHeader}. */
const HEADER_ALIASES: Record<CsvColumn, string[]> = {
  initials: ['initialen', 'initiaal', 'schuilnaam'],
  clientNumber: ['cliëntnummer', 'clientnummer', 'client nr', 'cliëntnr', 'clientnr'],
  birthDate: ['geboortedatum', 'geb datum', 'geb.datum'],
  municipality: ['gemeente', 'woonplaatsgemeente', 'gemeente herkomst'],
  location: ['locatie', 'verblijfslocatie'],
  placementType: ['soort plaatsing', 'plaatsingsvorm', 'type plaatsing', 'soort verblijf'],
  placementStart: ['geplaatst sinds', 'startdatum', 'start plaatsing', 'startdatum plaatsing'],
  plannedEnd: ['geplande einddatum', 'einddatum', 'verwachte einddatum'],
  perspective: ['perspectief'],
  coordinator: ['zorgcoördinator', 'zorgcoordinator', 'coördinator', 'coordinator'],
  procesregie: ['procesregie', 'procesregisseur'],
  notes: ['notities', 'opmerkingen', 'notitie'],
};

/** The header row of the template, in template order (notes are left out on purpose). */
export const CSV_TEMPLATE_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter(
  (column) => column !== 'notes',
);
const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'initials',
  'birthDate',
  'municipality',
  'location',
  'placementStart',
];

export function csvHeaderFor(column: CsvColumn): string {
  return HEADER_ALIASES[column][0]!;
}

/** Lower case, no accents, single spaces, no punctuation around words. */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_\-./:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_LOOKUP = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) =>
    HEADER_ALIASES[column].map((alias) => [normaliseHeader(alias), column] as const),
  ),
);

export function columnForHeader(header: string): CsvColumn | undefined {
  return HEADER_LOOKUP.get(normaliseHeader(header));
}

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without byte order mark);
 * otherwise Windows-1252, which is what Dutch Excel writes for "CSV (puntkomma)".
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter used most in the first line outside quotes; semicolon on a tie (Dutch Excel). */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: CsvDelimiter): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (index < source.length) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
    index += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * A Dutch spreadsheet date (d-m-jjjj, dd-mm-jjjj, also with / or .) or an ISO
 * date, written as `yyyy-MM-dd`. The result is not checked against the
 * calendar (31-02-2010 gives 2010-02-31) so validation names the bad value;
 * text that is no date at all comes back unchanged.
 */
export function parseDutchDate(value: string): string {
  const trimmed = value.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  return trimmed;
}

export type OptionLabels = {
  placementType: Record<PlacementType, string>;
  perspective: Record<Perspective, string>;
};

function matchOption<T extends string>(
  value: string,
  keys: readonly T[],
  labels: Record<T, string>,
): string {
  const wanted = normaliseHeader(value);
  if (!wanted) return '';
  const found = keys.find(
    (key) => normaliseHeader(key) === wanted || normaliseHeader(labels[key]) === wanted,
  );
  // Unknown text stays as typed, so validation reports it as "not one of the options".
  return found ?? value.trim();
}

export type CsvRow = {
  /** The row number a spreadsheet shows: the header is row 1. */
  rowNumber: number;
  draft: YouthDraft;
  /** The cell texts as they were in the file, for messages. */
  raw: Partial<Record<CsvColumn, string>>;
  errors: YouthErrors;
  /** The same young person twice in the file, or already on the board. */
  duplicate?: 'inFile' | 'onBoard';
};

export type CsvReadFailure =
  { kind: 'tooLarge' } | { kind: 'empty' } | { kind: 'missingColumns'; columns: CsvColumn[] };

export type CsvReadResult =
  | CsvReadFailure
  | {
      kind: 'ok';
      delimiter: CsvDelimiter;
      encoding: CsvEncoding;
      rows: CsvRow[];
      /** Headers that match no field; their cells are not imported. */
      ignoredHeaders: string[];
    };

/** Reads a young-people spreadsheet and validates every row; writes nothing. */
export function readYouthCsv(
  bytes: Uint8Array,
  options: { today: IsoDate; labels: OptionLabels },
): CsvReadResult {
  if (bytes.byteLength > CSV_MAX_BYTES) return { kind: 'tooLarge' };
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  const records = parseCsv(text, delimiter);
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) return { kind: 'empty' };
  const header = records[headerIndex]!;
  const columns = header.map((cell) => columnForHeader(cell));
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { kind: 'missingColumns', columns: missing };
  const ignoredHeaders = header.filter((cell, i) => cell.trim() && !columns[i]);

  const rows: CsvRow[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    const raw: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column && raw[column] === undefined) raw[column] = (record[i] ?? '').trim();
    });
    const draft = draftFromRaw(raw, options.labels);
    rows.push({
      rowNumber: index + 1,
      draft,
      raw,
      errors: validateYouth(draft, options.today),
    });
  });
  if (rows.length === 0) return { kind: 'empty' };
  return { kind: 'ok', delimiter, encoding, rows, ignoredHeaders };
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** A young person's draft from the cells of a spreadsheet row, options matched by key or label. */
export function draftFromRaw(
  raw: Partial<Record<CsvColumn, string>>,
  labels: OptionLabels,
): YouthDraft {
  const draft = emptyYouthDraft();
  const text = (column: CsvColumn) => raw[column] ?? '';
  draft.initials = text('initials');
  draft.clientNumber = text('clientNumber');
  draft.birthDate = parseDutchDate(text('birthDate'));
  draft.municipality = text('municipality');
  draft.location = text('location');
  // An empty placement type is a "groep" like in the form; anything else must match.
  if (text('placementType'))
    draft.placementType = matchOption(text('placementType'), PLACEMENT_TYPES, labels.placementType);
  draft.placementStart = parseDutchDate(text('placementStart'));
  draft.plannedEnd = parseDutchDate(text('plannedEnd'));
  draft.perspective = matchOption(text('perspective'), PERSPECTIVES, labels.perspective);
  draft.coordinator = text('coordinator');
  draft.procesregie = text('procesregie');
  draft.notes = text('notes');
  return draft;
}

export function isValidRow(row: CsvRow): boolean {
  return !hasErrors(row.errors) && !row.duplicate;
}

type Identity = Pick<YouthDraft, 'initials' | 'birthDate' | 'municipality'> & {
  clientNumber?: string;
};

function identityKeys(who: Identity): string[] {
  const keys = [
    `p|${normaliseHeader(who.initials)}|${who.birthDate}|${normaliseHeader(who.municipality)}`,
  ];
  if (who.clientNumber?.trim()) keys.push(`c|${who.clientNumber.trim()}`);
  return keys;
}

/**
 * Marks rows that repeat an earlier row or someone already on the board (same
 * client number, or same initials, birth date and municipality), so importing
 * the same file twice does not put everyone on the board twice.
 */
export function markDuplicates(rows: readonly CsvRow[], existing: readonly Identity[]): CsvRow[] {
  const onBoard = new Set(existing.flatMap(identityKeys));
  const seen = new Set<string>();
  return rows.map((row) => {
    const keys = identityKeys(row.draft);
    let duplicate: CsvRow['duplicate'];
    if (keys.some((key) => onBoard.has(key))) duplicate = 'onBoard';
    else if (keys.some((key) => seen.has(key))) duplicate = 'inFile';
    keys.forEach((key) => seen.add(key));
    return duplicate ? { ...row, duplicate } : row;
  });
}

/**
 * One CSV cell, the only place the app writes one: text starting with = + - @
 * (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet
 * never runs it as a formula; quoted when it holds the delimiter, a comma, a
 * quote or a line break. Numbers are written as they are.
 */
export function csvCell(value: string | number, delimiter: CsvDelimiter = ';'): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r,]/.test(text) || text.includes(delimiter)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** The template: the Dutch header row and one example row, with a BOM so Excel reads UTF-8. */
export function youthCsvTemplate(example: Partial<Record<CsvColumn, string>>): string {
  const header = CSV_TEMPLATE_COLUMNS.map((column) => csvCell(csvHeaderFor(column))).join(';');
  const row = CSV_TEMPLATE_COLUMNS.map((column) => csvCell(example[column] ?? '')).join(';');
  return `\uFEFF${header}\r\n${row}\r\n`;
}
