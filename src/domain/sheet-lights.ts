/*
 * Moving in from the spreadsheet a team already keeps: one row per young
 * person, one column per condition with "rood / oranje / groen" (or R/O/G,
 * red/amber/green, 1/2/3), often remarks. This module recognises the columns,
 * reads the cells and plans what an import would write; it writes nothing.
 */
import {
  columnForHeader,
  draftFromRaw,
  normaliseHeader,
  parseDutchDate,
  type CsvColumn,
  type OptionLabels,
} from './csv';
import { isIsoDate } from './dates';
import type { ConditionId } from './ids';
import { TEXT_MAX } from './text-limits';
import type { DefaultConditionKey, IsoDate, IsoDateTime, LightColour } from './types';
import {
  validateYouth,
  youthFieldsFromDraft,
  type YouthDraft,
  type YouthErrorCode,
  type YouthFields,
} from './youth';

/** What a column of the sheet holds. */
export type SheetColumnRole =
  | { kind: 'youth'; field: CsvColumn }
  | { kind: 'light'; conditionId: ConditionId }
  /** Remarks about one condition: the reason of that light. */
  | { kind: 'remark'; conditionId: ConditionId }
  /** One remarks column for the whole row: the reason of each red or amber light in it. */
  | { kind: 'remarks' }
  | { kind: 'ignore' };

/** How numbers in light cells are read, when the team scores with numbers. */
export type NumberScale = 'none' | 'oneIsRed' | 'oneIsGreen';

export type SheetCondition = { id: ConditionId; name: string; key?: DefaultConditionKey };

/**
 * Names teams give the default conditions in their own sheets, besides the
 * condition's name on the board. Compared after {@link normaliseHeader}.
 */
const CONDITION_ALIASES: Record<DefaultConditionKey, readonly string[]> = {
  housing: ['wonen', 'huisvesting', 'woonplek', 'woonruimte', 'woning', 'wonen na vertrek'],
  schoolWork: [
    'onderwijs werk',
    'school werk',
    'school',
    'onderwijs',
    'werk',
    'dagbesteding',
    'opleiding',
    'school dagbesteding',
    'werk school',
  ],
  followUpCare: ['vervolghulp', 'vervolgzorg', 'nazorg', 'hulp na vertrek', 'vervolg hulp'],
  transition18: [
    '18+ overgang',
    '18+',
    '18 plus',
    '18+ transitie',
    'overgang 18+',
    'overgang 18',
    '18 18+',
    '18 min 18 plus',
    'volwassenheid',
  ],
  finances: ['financien', 'geld', 'inkomen', 'geldzaken', 'financiele situatie', 'schulden'],
  network: ['netwerk', 'sociaal netwerk', 'steunfiguur', 'informeel netwerk', 'steunnetwerk'],
  independence: ['zelfstandigheid', 'zelfredzaamheid', 'zelfstandig', 'vaardigheden'],
  treatment: ['behandeling', 'behandeldoelen', 'behandelresultaat', 'therapie'],
};

/** Words before or after a condition's name that make a column its remarks. */
const REMARK_WORDS = [
  'opmerking',
  'opmerkingen',
  'toelichting',
  'reden',
  'notitie',
  'notities',
  'toel',
  'opm',
  'wat ontbreekt',
];
/** Words around a condition's name that change nothing ("Stoplicht wonen", "Wonen (RAG)"). */
const NOISE_WORDS = ['stoplicht', 'licht', 'kleur', 'status', 'rag', 'rog', 'score'];

/**
 * Edits between two words (insert, delete, replace, or swap two neighbours:
 * "oranej"), stopping early above `limit`: for typos within reason.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** How many typing mistakes a word of this length may have and still be recognised. */
function typoAllowance(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

function stripNoise(words: string): string {
  return words
    .replace(/[()[\]]/g, ' ')
    .split(' ')
    .filter((word) => word && !NOISE_WORDS.includes(word))
    .join(' ');
}

function nameFormsOf(condition: SheetCondition): string[] {
  const forms = [normaliseHeader(condition.name)];
  if (condition.key) forms.push(...CONDITION_ALIASES[condition.key].map(normaliseHeader));
  return [...new Set(forms.filter(Boolean))];
}

/**
 * The condition a header names: exactly (after normalising, with words like
 * "stoplicht" left out), else with a typo or two in a longer name. A header
 * that could be two conditions is none of them: the person chooses.
 */
export function conditionForHeader(
  header: string,
  conditions: readonly SheetCondition[],
): ConditionId | undefined {
  const wanted = stripNoise(normaliseHeader(header));
  if (!wanted) return undefined;
  const exact = conditions.filter((condition) => nameFormsOf(condition).includes(wanted));
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return undefined;
  const close = conditions.filter((condition) =>
    nameFormsOf(condition).some(
      (form) => distance(form, wanted, typoAllowance(form)) <= typoAllowance(form),
    ),
  );
  return close.length === 1 ? close[0]!.id : undefined;
}

function remarkRole(
  header: string,
  conditions: readonly SheetCondition[],
): SheetColumnRole | undefined {
  const words = normaliseHeader(header);
  for (const remark of REMARK_WORDS) {
    if (words === remark) return { kind: 'remarks' };
    const rest = words.startsWith(`${remark} `)
      ? words.slice(remark.length + 1)
      : words.endsWith(` ${remark}`)
        ? words.slice(0, -remark.length - 1)
        : undefined;
    if (rest === undefined) continue;
    const conditionId = conditionForHeader(rest.replace(/^(bij|over|van) /, ''), conditions);
    if (conditionId) return { kind: 'remark', conditionId };
  }
  return undefined;
}

/**
 * Proposes what each column is: a young person's field (initials, birth date,
 * municipality …), a condition's light, remarks for one condition or for the
 * row, or nothing. Each field and each condition is proposed once, for its
 * first column; the person can change every choice before anything is read.
 */
export function proposeSheetMapping(
  headers: readonly string[],
  conditions: readonly SheetCondition[],
): SheetColumnRole[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const role = roleForHeader(header, conditions);
    const key = roleKey(role);
    if (key && taken.has(key)) return { kind: 'ignore' };
    if (key) taken.add(key);
    return role;
  });
}

function roleForHeader(header: string, conditions: readonly SheetCondition[]): SheetColumnRole {
  const remark = remarkRole(header, conditions);
  if (remark) return remark;
  const conditionId = conditionForHeader(header, conditions);
  if (conditionId) return { kind: 'light', conditionId };
  const field = columnForHeader(header) ?? youthFieldAlias(header);
  // "Opmerkingen" is a young person's notes in the young-people import, but in a
  // sheet of lights it is what the team wrote about them: the remarks (above).
  if (field && field !== 'notes') return { kind: 'youth', field };
  return { kind: 'ignore' };
}

/** Headers seen in teams' light sheets that the young-people template does not use. */
function youthFieldAlias(header: string): CsvColumn | undefined {
  const words = normaliseHeader(header);
  if (['naam', 'jongere', 'client', 'initialen jongere'].includes(words)) return 'initials';
  if (['geb datum', 'geboren', 'geb'].includes(words)) return 'birthDate';
  if (['gemeente van herkomst', 'woonplaats'].includes(words)) return 'municipality';
  if (['groep', 'leefgroep', 'afdeling'].includes(words)) return 'location';
  if (['mentor', 'casusregisseur', 'cm', 'coordinator zorg'].includes(words)) return 'coordinator';
  return undefined;
}

/**
 * A role as one string ("youth:initials", "light:<id>", "remark:<id>",
 * "remarks"); undefined for "ignore". Only one column may have each.
 */
export function roleKey(role: SheetColumnRole): string | undefined {
  switch (role.kind) {
    case 'youth':
      return `youth:${role.field}`;
    case 'light':
      return `light:${role.conditionId}`;
    case 'remark':
      return `remark:${role.conditionId}`;
    case 'remarks':
      return 'remarks';
    case 'ignore':
      return undefined;
  }
}

/** What a light cell says: a colour, nothing (no light that month), or something unknown. */
export type CellReading =
  { kind: 'colour'; colour: LightColour } | { kind: 'empty' } | { kind: 'unknown'; value: string };

const COLOUR_WORDS: Record<LightColour, readonly string[]> = {
  red: ['rood', 'r', 'red', 'rd'],
  amber: ['oranje', 'o', 'amber', 'orange', 'geel', 'a', 'or'],
  green: ['groen', 'g', 'green', 'gr'],
  notApplicable: ['nvt', 'n', 'niet van toepassing', 'na', 'n a', 'not applicable', 'geldt niet'],
};
const EMPTY_WORDS = ['', 'leeg', '-', '?', 'onbekend', 'nb', 'n b', 'niet beoordeeld'];

/**
 * Reads one light cell. Case, accents, dots and spaces do not matter
 * ("N.v.t.", " Rood "); a typo in a longer word is forgiven ("oranej",
 * "groem"). Numbers are read only when the person said how (1 is red, or 1 is
 * green); anything else is unknown and named in a message.
 */
export function readLightCell(raw: string, scale: NumberScale): CellReading {
  const spaced = normaliseHeader(raw);
  const compact = spaced.replace(/\s+/g, '');
  const isOneOf = (forms: readonly string[]) =>
    forms.some((form) => form === spaced || form.replace(/\s+/g, '') === compact);
  if (isOneOf(EMPTY_WORDS)) return { kind: 'empty' };
  if (/^[1-3]$/.test(compact) && scale !== 'none') {
    const order: LightColour[] =
      scale === 'oneIsRed' ? ['red', 'amber', 'green'] : ['green', 'amber', 'red'];
    return { kind: 'colour', colour: order[Number(compact) - 1]! };
  }
  const colours = Object.entries(COLOUR_WORDS) as [LightColour, readonly string[]][];
  for (const [colour, forms] of colours) if (isOneOf(forms)) return { kind: 'colour', colour };
  // One slip of the keyboard in a colour word of four letters or more ("roodd", "oranej").
  const near = colours.filter(([, forms]) =>
    forms.some((form) => form.length >= 4 && distance(form, compact, 1) <= 1),
  );
  if (near.length === 1) return { kind: 'colour', colour: near[0]![0] };
  return { kind: 'unknown', value: raw.trim() };
}

/** Who a row is about, as the sheet says it. */
export type SheetIdentity = {
  initials: string;
  birthDate: string;
  clientNumber: string;
};

export type SheetLight = { conditionId: ConditionId; colour: LightColour; reason: string };

export type SheetCellProblem =
  | { kind: 'unknownValue'; column: number; header: string; value: string }
  | { kind: 'numberWithoutScale'; column: number; header: string; value: string }
  | { kind: 'missingInitials' }
  | { kind: 'invalidBirthDate'; value: string }
  | { kind: 'remarkWithoutLight'; column: number; header: string };

export type SheetRow = {
  /** The row number a spreadsheet shows: the header is row 1. */
  rowNumber: number;
  identity: SheetIdentity;
  /** Every young person's field the sheet has, as text (for a new young person). */
  youthCells: Partial<Record<CsvColumn, string>>;
  lights: SheetLight[];
  problems: SheetCellProblem[];
};

export type SheetMappingProblem =
  { kind: 'noInitials' } | { kind: 'noLights' } | { kind: 'duplicateRole'; header: string };

/** What is wrong with a mapping before any row is read. */
export function mappingProblems(
  headers: readonly string[],
  mapping: readonly SheetColumnRole[],
): SheetMappingProblem[] {
  const problems: SheetMappingProblem[] = [];
  if (!mapping.some((role) => role.kind === 'youth' && role.field === 'initials'))
    problems.push({ kind: 'noInitials' });
  if (!mapping.some((role) => role.kind === 'light')) problems.push({ kind: 'noLights' });
  const seen = new Set<string>();
  mapping.forEach((role, index) => {
    const key = roleKey(role);
    if (!key) return;
    if (seen.has(key)) problems.push({ kind: 'duplicateRole', header: headers[index] ?? '' });
    seen.add(key);
  });
  return problems;
}

/**
 * Reads every data row after the header with the chosen mapping. Blank rows
 * are skipped; each row lists its problems (which cell, which value), so the
 * person can fix the sheet. Writes nothing.
 */
export function readLightRows(
  records: readonly (readonly string[])[],
  headerIndex: number,
  mapping: readonly SheetColumnRole[],
  scale: NumberScale,
): SheetRow[] {
  const header = records[headerIndex] ?? [];
  const rows: SheetRow[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || record.every((cell) => cell.trim() === '')) return;
    rows.push(readRow(record, index + 1, header, mapping, scale));
  });
  return rows;
}

function readRow(
  record: readonly string[],
  rowNumber: number,
  header: readonly string[],
  mapping: readonly SheetColumnRole[],
  scale: NumberScale,
): SheetRow {
  const cell = (column: number) => (record[column] ?? '').trim();
  const youthCells: Partial<Record<CsvColumn, string>> = {};
  const remarks = new Map<ConditionId, string>();
  const general: string[] = [];
  const problems: SheetCellProblem[] = [];
  mapping.forEach((role, column) => {
    if (role.kind === 'youth') youthCells[role.field] = cell(column);
    else if (role.kind === 'remark' && cell(column)) remarks.set(role.conditionId, cell(column));
    else if (role.kind === 'remarks' && cell(column)) general.push(cell(column));
  });
  const lights: SheetLight[] = [];
  mapping.forEach((role, column) => {
    if (role.kind !== 'light') return;
    const reading = readLightCell(cell(column), scale);
    const where = { column, header: header[column] ?? '' };
    if (reading.kind === 'unknown') {
      const kind = /^[1-3]$/.test(reading.value) ? 'numberWithoutScale' : 'unknownValue';
      problems.push({ kind, ...where, value: reading.value });
      return;
    }
    if (reading.kind === 'empty') return;
    const own = remarks.get(role.conditionId);
    // One remarks column for the row says why the red and amber lights are so;
    // a green light or n.v.t. gets no words the person did not write for it.
    const fallback =
      reading.colour === 'red' || reading.colour === 'amber' ? general.join(' — ') : '';
    lights.push({ conditionId: role.conditionId, colour: reading.colour, reason: own ?? fallback });
  });
  mapping.forEach((role, column) => {
    if (role.kind !== 'remark' || !cell(column)) return;
    if (!lights.some((light) => light.conditionId === role.conditionId))
      problems.push({ kind: 'remarkWithoutLight', column, header: header[column] ?? '' });
  });
  const identity: SheetIdentity = {
    initials: youthCells.initials ?? '',
    birthDate: youthCells.birthDate ? parseDutchDate(youthCells.birthDate) : '',
    clientNumber: youthCells.clientNumber ?? '',
  };
  if (!identity.initials) problems.unshift({ kind: 'missingInitials' });
  if (youthCells.birthDate && !isIsoDate(identity.birthDate))
    problems.unshift({ kind: 'invalidBirthDate', value: youthCells.birthDate });
  return { rowNumber, identity, youthCells, lights, problems };
}

/** Someone already on the board (placed or left), to match rows against. */
export type KnownYouth = {
  id: string;
  initials: string;
  birthDate: IsoDate;
  clientNumber?: string;
};

/** Which young person a row is about: one already on the board, or a new one. */
export type RowMatch = { kind: 'existing'; youth: KnownYouth } | { kind: 'new' };

/**
 * Client number first (it is unique where a team uses it), else initials and
 * birth date together; initials alone never match, two young people share them.
 */
export function matchRow(identity: SheetIdentity, known: readonly KnownYouth[]): RowMatch {
  const client = identity.clientNumber.trim();
  if (client) {
    const byClient = known.find((youth) => youth.clientNumber?.trim() === client);
    if (byClient) return { kind: 'existing', youth: byClient };
  }
  if (identity.birthDate) {
    const initials = normaliseInitials(identity.initials);
    const byPerson = known.filter(
      (youth) =>
        youth.birthDate === identity.birthDate && normaliseInitials(youth.initials) === initials,
    );
    if (byPerson.length === 1) return { kind: 'existing', youth: byPerson[0]! };
  }
  return { kind: 'new' };
}

/** "A.B." and "a b" and "AB" are the same initials. */
export function normaliseInitials(initials: string): string {
  return normaliseHeader(initials).replace(/[\s.]/g, '');
}

/** The key that says two rows (in two months' sheets) are the same young person. */
export function identityKey(identity: SheetIdentity): string {
  const client = identity.clientNumber.trim();
  if (client) return `c|${client}`;
  return `p|${normaliseInitials(identity.initials)}|${identity.birthDate}`;
}

/**
 * When a month's lights are dated: the last day of that month at noon (UTC),
 * or today for the current month, so the history is in order and "not
 * assessed for 6 weeks" counts from the month the team really looked.
 */
export function assessedAtForMonth(month: string, today: IsoDate): IsoDateTime | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return undefined;
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const last = `${match[1]}-${match[2]}-${String(lastDay).padStart(2, '0')}`;
  if (month > today.slice(0, 7)) return undefined;
  const day = last < today ? last : today;
  return `${day}T12:00:00.000Z`;
}

/** One month's sheet as the person chose it: its file, its month and its rows as read. */
export type MonthSheet = { fileName: string; month: string; rows: readonly SheetRow[] };

export type PlanProblem =
  | { kind: 'monthTwice'; month: string; fileNames: [string, string] }
  | { kind: 'monthInvalid'; fileName: string; month: string }
  | { kind: 'rowTwice'; fileName: string; rowNumber: number; firstRow: number }
  | { kind: 'row'; fileName: string; rowNumber: number; problem: SheetCellProblem }
  | {
      kind: 'newYouth';
      fileName: string;
      rowNumber: number;
      field: keyof YouthDraft;
      error: YouthErrorCode;
    }
  | { kind: 'reasonTooLong'; fileName: string; rowNumber: number; conditionId: ConditionId };

/** A young person the import is about, with what the preview says of them. */
export type PlannedYouth = {
  key: string;
  match: RowMatch;
  /** For a new young person: the fields as stored, from the newest sheet's row. */
  fields?: YouthFields;
  initials: string;
  /** The newest sheet's row for this young person, for the preview. */
  latest: { fileName: string; rowNumber: number; lights: readonly SheetLight[] };
};

/** One assessment to write, oldest month first. */
export type PlannedLight = SheetLight & {
  youthKey: string;
  assessedAt: IsoDateTime;
  fileName: string;
};

export type LightImportPlan = {
  youths: PlannedYouth[];
  lights: PlannedLight[];
  problems: PlanProblem[];
};

/**
 * What importing these sheets would write: every young person once (matched
 * to one on the board, or new), and every light as an assessment dated in its
 * sheet's month, oldest first, so the board starts with its real history. A
 * new young person takes the fields the newest sheet gives, then `defaults`
 * (for instance a location, when the sheet has none). Any problem means
 * nothing is written; the plan names each one.
 */
export function planLightImport(
  sheets: readonly MonthSheet[],
  known: readonly KnownYouth[],
  options: { today: IsoDate; labels: OptionLabels; defaults: Partial<YouthDraft> },
): LightImportPlan {
  const problems: PlanProblem[] = [];
  const byMonth = new Map<string, string>();
  const dated: { sheet: MonthSheet; assessedAt: IsoDateTime }[] = [];
  for (const sheet of sheets) {
    // A sheet without a valid month is still read, so its rows' problems and
    // preview show at once; the plan cannot be written until the month is right.
    const assessedAt = assessedAtForMonth(sheet.month, options.today) ?? '';
    if (!assessedAt)
      problems.push({ kind: 'monthInvalid', fileName: sheet.fileName, month: sheet.month });
    const other = byMonth.get(sheet.month);
    if (other && assessedAt)
      problems.push({ kind: 'monthTwice', month: sheet.month, fileNames: [other, sheet.fileName] });
    byMonth.set(sheet.month, sheet.fileName);
    dated.push({ sheet, assessedAt });
  }
  // Oldest first; a sheet whose month is not known yet is read last.
  dated.sort((a, b) => (a.assessedAt || '\uffff').localeCompare(b.assessedAt || '\uffff'));

  const youths = new Map<string, PlannedYouth>();
  /** The newest row each young person was read from: a new one's fields come from it. */
  const latestRow = new Map<string, SheetRow>();
  const lights: PlannedLight[] = [];
  for (const { sheet, assessedAt } of dated) {
    const seen = new Map<string, number>();
    for (const row of sheet.rows) {
      const where = { fileName: sheet.fileName, rowNumber: row.rowNumber };
      row.problems.forEach((problem) => problems.push({ kind: 'row', ...where, problem }));
      if (row.problems.length > 0) continue;
      const key = identityKey(row.identity);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ kind: 'rowTwice', ...where, firstRow: first });
        continue;
      }
      seen.set(key, row.rowNumber);
      // The newest sheet is read last, so its row describes the young person.
      youths.set(key, {
        key,
        match: youths.get(key)?.match ?? matchRow(row.identity, known),
        initials: row.identity.initials,
        latest: { ...where, lights: row.lights },
      });
      latestRow.set(key, row);
      for (const light of row.lights) {
        if (light.reason.length > TEXT_MAX.long) {
          problems.push({ kind: 'reasonTooLong', ...where, conditionId: light.conditionId });
          continue;
        }
        lights.push({ ...light, youthKey: key, assessedAt, fileName: sheet.fileName });
      }
    }
  }

  // A new young person must be as complete as one added by hand.
  for (const youth of youths.values()) {
    if (youth.match.kind !== 'new') continue;
    const row = latestRow.get(youth.key)!;
    const cells = Object.fromEntries(
      Object.entries(row.youthCells).filter(([, value]) => value !== ''),
    );
    const draft = draftFromRaw(cells, options.labels);
    for (const [field, value] of Object.entries(options.defaults) as [keyof YouthDraft, string][])
      if (!draft[field] && value) draft[field] = value;
    const errors = validateYouth(draft, options.today);
    const entries = Object.entries(errors) as [keyof YouthDraft, YouthErrorCode][];
    const { fileName, rowNumber } = youth.latest;
    for (const [field, error] of entries)
      problems.push({ kind: 'newYouth', fileName, rowNumber, field, error });
    if (entries.length === 0) youth.fields = youthFieldsFromDraft(draft);
  }
  return { youths: [...youths.values()], lights, problems };
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/**
 * The month a sheet's file name says ("stoplichten 2026-11.csv", "nov 2026",
 * "11-2026", "Oktober.csv"); a month without a year is the last one up to
 * today. Undefined when the name says none: the person then chooses.
 */
export function monthFromFileName(fileName: string, today: IsoDate): string | undefined {
  const name = normaliseHeader(fileName.replace(/\.[a-z0-9]+$/i, ''));
  const pad = (month: number) => String(month).padStart(2, '0');
  const valid = (year: number, month: number) =>
    month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
  const yearFirst = /(?:^|\D)(20\d\d) ?(\d{1,2})(?:\D|$)/.exec(name);
  if (yearFirst) return valid(Number(yearFirst[1]), Number(yearFirst[2]));
  const monthFirst = /(?:^|\D)(\d{1,2}) ?(20\d\d)(?:\D|$)/.exec(name);
  if (monthFirst) return valid(Number(monthFirst[2]), Number(monthFirst[1]));
  const words = name.split(' ');
  const index = MONTH_NAMES.findIndex((forms) => forms.some((form) => words.includes(form)));
  if (index < 0) return undefined;
  const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name);
  if (year) return valid(Number(year[1]), index + 1);
  const thisYear = Number(today.slice(0, 4));
  const candidate = `${thisYear}-${pad(index + 1)}`;
  return candidate <= today.slice(0, 7) ? candidate : `${thisYear - 1}-${pad(index + 1)}`;
}
