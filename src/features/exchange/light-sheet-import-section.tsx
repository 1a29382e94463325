import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ChangeEvent } from 'react';
import {
  CSV_MAX_BYTES,
  csvCell,
  csvHeaderFor,
  decodeCsvBytes,
  detectDelimiter,
  normaliseHeader,
  parseCsv,
} from '@/domain/csv';
import { toIsoDate } from '@/domain/dates';
import {
  mappingProblems,
  monthFromFileName,
  planLightImport,
  proposeSheetMapping,
  readLightRows,
  type KnownYouth,
  type LightImportPlan,
  type NumberScale,
  type SheetColumnRole,
  type SheetCondition,
} from '@/domain/sheet-lights';
import type { Condition } from '@/domain/types';
import { listConditions } from '@/db/condition-repository';
import { importLightPlan, listKnownYouths } from '@/db/light-import-repository';
import { tx } from '@/i18n/exchange';
import { tl } from '@/i18n/light-sheet';
import { t } from '@/i18n/dictionary';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { downloadText } from '@/ui/download';
import { LightSheetMapping } from './light-sheet-mapping';
import { LightSheetPreview, planMessages } from './light-sheet-preview';
import { useActiveReview } from './use-review-session';

/** One chosen sheet, as read: its rows, its header row and the month the person gave it. */
export type LoadedSheet = {
  fileName: string;
  records: string[][];
  headerIndex: number;
  headers: string[];
  month: string;
};

/** A column of any chosen sheet, once per header text, with a few example values. */
export type SheetColumn = { key: string; header: string; examples: string[] };

const LISTED_PROBLEMS = 200;

function activeConditions(conditions: readonly Condition[]): SheetCondition[] {
  return conditions
    .filter((condition) => !condition.retired)
    .map(({ id, name, key }) => ({ id, name, ...(key ? { key } : {}) }));
}

async function readSheet(file: File, today: string): Promise<LoadedSheet | string> {
  if (file.size > CSV_MAX_BYTES) return tl.tooLarge(file.name);
  try {
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const records = parseCsv(text, detectDelimiter(text));
    const headerIndex = records.findIndex((record) => record.some((cell) => cell.trim()));
    if (headerIndex < 0 || headerIndex === records.length - 1) return tl.empty(file.name);
    return {
      fileName: file.name,
      records,
      headerIndex,
      headers: records[headerIndex]!.map((cell) => cell.trim()),
      month: monthFromFileName(file.name, today) ?? '',
    };
  } catch (error) {
    console.error(error);
    return tl.unreadable(file.name);
  }
}

/** A column's key: its header as compared, or its place when the header is empty. */
function columnKey(header: string, index: number): string {
  return normaliseHeader(header) || `#${index + 1}`;
}

/** The columns of all sheets, once per header text, in the order they first appear. */
function columnsOf(sheets: readonly LoadedSheet[]): SheetColumn[] {
  const columns = new Map<string, SheetColumn>();
  for (const sheet of sheets) {
    sheet.headers.forEach((header, index) => {
      const key = columnKey(header, index);
      const column = columns.get(key) ?? { key, header: header || `#${index + 1}`, examples: [] };
      for (const record of sheet.records.slice(sheet.headerIndex + 1)) {
        const value = (record[index] ?? '').trim();
        if (value && column.examples.length < 3 && !column.examples.includes(value))
          column.examples.push(value);
      }
      columns.set(key, column);
    });
  }
  return [...columns.values()];
}

/** The template: the board's conditions as columns, each with its remarks beside it. */
function downloadTemplate(conditions: readonly SheetCondition[]) {
  const example = tl.templateExample;
  const header = [
    csvHeaderFor('initials'),
    csvHeaderFor('birthDate'),
    csvHeaderFor('municipality'),
    ...conditions.flatMap((condition) => [condition.name, tl.remarkHeader(condition.name)]),
  ];
  const row = [
    example.initials,
    example.birthDate,
    example.municipality,
    ...conditions.flatMap((_, index) => (index === 0 ? [example.light, example.remark] : ['', ''])),
  ];
  const line = (cells: string[]) => cells.map((cell) => csvCell(cell)).join(';');
  downloadText(
    tl.templateFileName,
    `\uFEFF${line(header)}\r\n${line(row)}\r\n`,
    'text/csv;charset=utf-8',
  );
}

/**
 * Moving in from the spreadsheet: one or more month sheets of lights, the
 * columns mapped (proposed, then checked by the person), a preview as the
 * board will show it, every problem named, and one all-or-nothing write.
 */
export function LightSheetImportSection() {
  const review = useActiveReview();
  const showToast = useUiStore((state) => state.showToast);
  const conditions = useLiveQuery(async () => activeConditions(await listConditions()), []);
  const [sheets, setSheets] = useState<LoadedSheet[]>([]);
  const [known, setKnown] = useState<KnownYouth[]>([]);
  const [roles, setRoles] = useState<Record<string, SheetColumnRole>>({});
  const [scale, setScale] = useState<NumberScale>('none');
  const [location, setLocation] = useState('');
  const [placementStart, setPlacementStart] = useState('');
  const [failures, setFailures] = useState<string[]>([]);
  const [blocked, setBlocked] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const today = toIsoDate(new Date());

  const columns = useMemo(() => columnsOf(sheets), [sheets]);
  const proposed = useMemo(
    () =>
      proposeSheetMapping(
        columns.map((column) => column.header),
        conditions ?? [],
      ),
    [columns, conditions],
  );
  const mapping = useMemo(
    () => columns.map((column, index) => roles[column.key] ?? proposed[index]!),
    [columns, roles, proposed],
  );
  // Reading the sheets depends on the mapping only; typing a default for new
  // young people re-plans without reading every row again.
  const monthSheets = useMemo(() => {
    const roleOf = new Map(columns.map((column, index) => [column.key, mapping[index]!]));
    return sheets.map((sheet) => ({
      fileName: sheet.fileName,
      month: sheet.month,
      rows: readLightRows(
        sheet.records,
        sheet.headerIndex,
        sheet.headers.map(
          (header, index) => roleOf.get(columnKey(header, index)) ?? { kind: 'ignore' },
        ),
        scale,
      ),
    }));
  }, [sheets, columns, mapping, scale]);
  const plan = useMemo((): LightImportPlan | undefined => {
    if (monthSheets.length === 0) return undefined;
    const oldest = monthSheets.map((sheet) => sheet.month).sort()[0] ?? '';
    return planLightImport(monthSheets, known, {
      today,
      labels: { placementType: t.placementType, perspective: t.perspective },
      defaults: {
        location,
        placementStart: placementStart || (oldest ? `${oldest}-01` : ''),
      },
    });
  }, [monthSheets, known, today, location, placementStart]);

  const messages = useMemo(() => {
    const names = new Map((conditions ?? []).map((c) => [c.id as string, c.name]));
    return [
      ...mappingProblems(
        columns.map((column) => column.header),
        mapping,
      ).map((problem) =>
        problem.kind === 'duplicateRole'
          ? tl.problem.duplicateRole(problem.header)
          : tl.problem[problem.kind],
      ),
      ...(plan ? planMessages(plan, names) : []),
    ];
  }, [columns, mapping, plan, conditions]);

  const reset = () => {
    setSheets([]);
    setRoles({});
    setScale('none');
    setFailures([]);
    setBlocked(undefined);
    setInputKey((key) => key + 1);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    setFailures([]);
    setBlocked(undefined);
    if (files.length === 0) return;
    setBusy(true);
    try {
      const read = await Promise.all(files.map((file) => readSheet(file, today)));
      const problems = read.filter((result): result is string => typeof result === 'string');
      setFailures(problems);
      setSheets(problems.length > 0 ? [] : (read as LoadedSheet[]));
      setRoles({});
      setKnown(await listKnownYouths());
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!plan) return;
    if (messages.length > 0) {
      setBlocked(tl.blocked(messages.length));
      return;
    }
    setBusy(true);
    const result = await runWrite(() => importLightPlan(plan));
    setBusy(false);
    if (!result) return;
    showToast({ message: tl.imported(result.lightsWritten, result.youthsAdded) });
    reset();
  };

  return (
    <section className="form-card exchange-section" aria-labelledby="light-sheet-title">
      <h2 id="light-sheet-title">{tl.title}</h2>
      <p>{tl.intro}</p>
      <p>
        <button
          type="button"
          className="button"
          disabled={!conditions}
          onClick={() => downloadTemplate(conditions ?? [])}
        >
          {tl.template}
        </button>
      </p>
      {review ? (
        <p className="muted">{tx.csv.notInReview}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="light-sheet-files">{tl.files}</label>
            <input
              key={inputKey}
              id="light-sheet-files"
              type="file"
              multiple
              accept=".csv,text/csv"
              aria-describedby="light-sheet-files-hint"
              disabled={busy || !conditions}
              onChange={(event) => void choose(event)}
            />
            <p className="field-hint" id="light-sheet-files-hint">
              {tl.filesHint}
            </p>
          </div>
          {busy && sheets.length === 0 && <p role="status">{tl.reading}</p>}
          {failures.length > 0 && (
            <div className="exchange-error" role="alert">
              {failures.map((failure) => (
                <p key={failure}>{failure}</p>
              ))}
            </div>
          )}
          {plan && conditions && (
            <>
              <LightSheetMapping
                sheets={sheets}
                onMonth={(fileName, month) => {
                  setBlocked(undefined);
                  setSheets((current) =>
                    current.map((sheet) =>
                      sheet.fileName === fileName ? { ...sheet, month } : sheet,
                    ),
                  );
                }}
                columns={columns}
                mapping={mapping}
                conditions={conditions}
                onRole={(key, role) => {
                  setBlocked(undefined);
                  setRoles((current) => ({ ...current, [key]: role }));
                }}
                scale={scale}
                onScale={setScale}
                needsDefaults={plan.youths.some((youth) => youth.match.kind === 'new')}
                location={location}
                onLocation={setLocation}
                placementStart={placementStart}
                onPlacementStart={setPlacementStart}
              />
              {messages.length > 0 && (
                <div className="exchange-errors">
                  <h3>{tl.problemsTitle}</h3>
                  <ul>
                    {messages.slice(0, LISTED_PROBLEMS).map((message, index) => (
                      <li key={`${index}-${message}`}>{message}</li>
                    ))}
                  </ul>
                  {messages.length > LISTED_PROBLEMS && (
                    <p>{tl.moreProblems(messages.length - LISTED_PROBLEMS)}</p>
                  )}
                </div>
              )}
              <LightSheetPreview plan={plan} conditions={conditions} mapping={mapping} />
              {blocked && (
                <p className="exchange-error" role="alert">
                  {blocked}
                </p>
              )}
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void submit()}
                >
                  {tl.importButton(plan.lights.length)}
                </button>
                <button type="button" className="button" onClick={reset}>
                  {t.actions.cancel}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
