import { useMemo, useState, type ChangeEvent } from 'react';
import {
  CSV_MAX_BYTES,
  isValidRow,
  markDuplicates,
  readYouthCsv,
  youthCsvTemplate,
  type CsvColumn,
  type CsvReadResult,
  type CsvRow,
} from '@/domain/csv';
import { toIsoDate } from '@/domain/dates';
import type { YouthErrors } from '@/domain/youth';
import { youthFieldsFromDraft } from '@/domain/youth';
import { importYouths, listYouthIdentities } from '@/db/import-repository';
import { tx } from '@/i18n/exchange';
import { t } from '@/i18n/dictionary';
import { downloadText } from '@/ui/download';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useActiveReview } from './use-review-session';
import { ScrollRegion } from '@/ui/scroll-region';

const c = tx.csv;
const PREVIEW_ROWS = 100;
const LISTED_ERRORS = 200;
const PREVIEW_COLUMNS: CsvColumn[] = [
  'initials',
  'birthDate',
  'municipality',
  'location',
  'placementType',
  'placementStart',
  'plannedEnd',
  'perspective',
];

type Loaded = Exclude<CsvReadResult, { kind: 'tooLarge' | 'empty' | 'missingColumns' }>;

/** One Dutch sentence per problem in a row, naming the row, the column and the value. */
export function rowMessages(row: CsvRow): string[] {
  const messages = (Object.keys(row.errors) as (keyof YouthErrors)[]).map((field) =>
    c.rowError(
      row.rowNumber,
      c.columns[field],
      row.raw[field] ?? '',
      c.problem[row.errors[field]!],
    ),
  );
  if (row.duplicate === 'onBoard')
    messages.push(c.duplicateOnBoard(row.rowNumber, row.draft.initials));
  if (row.duplicate === 'inFile')
    messages.push(c.duplicateInFile(row.rowNumber, row.draft.initials));
  return messages;
}

function failureMessage(result: Exclude<CsvReadResult, Loaded>): string {
  switch (result.kind) {
    case 'tooLarge':
      return c.tooLarge;
    case 'empty':
      return c.empty;
    case 'missingColumns':
      return c.missingColumns(result.columns.map((column) => c.columns[column]));
  }
}

function downloadTemplate() {
  downloadText(c.templateFileName, youthCsvTemplate(c.templateExample), 'text/csv;charset=utf-8');
}

/** Import of young people from a spreadsheet: template, preview, an error per row, one write. */
export function CsvImportSection() {
  const review = useActiveReview();
  const showToast = useUiStore((state) => state.showToast);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [blocked, setBlocked] = useState<string | undefined>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const valid = useMemo(() => loaded?.rows.filter(isValidRow) ?? [], [loaded]);
  const invalid = useMemo(() => loaded?.rows.filter((row) => !isValidRow(row)) ?? [], [loaded]);
  const messages = useMemo(() => invalid.flatMap(rowMessages), [invalid]);

  const reset = () => {
    setLoaded(undefined);
    setFailure(undefined);
    setBlocked(undefined);
    setSkipInvalid(false);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    reset();
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > CSV_MAX_BYTES) {
      setFailure(c.tooLarge);
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = readYouthCsv(bytes, {
        today: toIsoDate(new Date()),
        labels: { placementType: t.placementType, perspective: t.perspective },
      });
      if (result.kind !== 'ok') {
        setFailure(failureMessage(result));
        return;
      }
      setLoaded({ ...result, rows: markDuplicates(result.rows, await listYouthIdentities()) });
    } catch (error) {
      console.error(error);
      setFailure(c.unreadable);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!loaded) return;
    if (invalid.length > 0 && !skipInvalid) {
      setBlocked(c.blocked(invalid.length));
      return;
    }
    if (valid.length === 0) {
      setBlocked(c.nothingValid);
      return;
    }
    setBusy(true);
    const count = await runWrite(() =>
      importYouths(valid.map((row) => youthFieldsFromDraft(row.draft))),
    );
    setBusy(false);
    if (count === undefined) return;
    showToast({ message: c.imported(count) });
    reset();
    setInputKey((key) => key + 1);
  };

  return (
    <section className="form-card exchange-section" aria-labelledby="csv-import-title">
      <h2 id="csv-import-title">{c.title}</h2>
      <p>{c.intro}</p>
      <p>
        <button type="button" className="button" onClick={downloadTemplate}>
          {c.template}
        </button>
      </p>
      {review ? (
        <p className="muted">{c.notInReview}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="csv-import-file">{c.file}</label>
            <input
              key={inputKey}
              id="csv-import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="csv-import-hint"
              disabled={busy}
              onChange={(event) => void choose(event)}
            />
            <p className="field-hint" id="csv-import-hint">
              {c.fileHint}
            </p>
          </div>
          {busy && !loaded && <p role="status">{c.reading}</p>}
          {failure && (
            <p className="exchange-error" role="alert">
              {failure}
            </p>
          )}
          {loaded && (
            <CsvPreview
              loaded={loaded}
              validCount={valid.length}
              messages={messages}
              skipInvalid={skipInvalid}
              onSkipInvalid={(on) => {
                setSkipInvalid(on);
                setBlocked(undefined);
              }}
              blocked={blocked}
              busy={busy}
              onImport={() => void submit()}
              onCancel={() => {
                reset();
                setInputKey((key) => key + 1);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

type PreviewProps = {
  loaded: Loaded;
  validCount: number;
  messages: string[];
  skipInvalid: boolean;
  onSkipInvalid: (on: boolean) => void;
  blocked: string | undefined;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
};

function CsvPreview({
  loaded,
  validCount,
  messages,
  skipInvalid,
  onSkipInvalid,
  blocked,
  busy,
  onImport,
  onCancel,
}: PreviewProps) {
  const total = loaded.rows.length;
  const hasInvalid = validCount < total;
  const importCount = hasInvalid && !skipInvalid ? total : validCount;
  return (
    <div className="exchange-preview">
      <p role="status">
        {c.summary(total, validCount, c.delimiter[loaded.delimiter], c.encoding[loaded.encoding])}
      </p>
      {loaded.ignoredHeaders.length > 0 && (
        <p className="muted">{c.ignoredColumns(loaded.ignoredHeaders)}</p>
      )}
      {messages.length > 0 && (
        <div className="exchange-errors">
          <h3>{c.errorsTitle}</h3>
          <ul>
            {messages.slice(0, LISTED_ERRORS).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {messages.length > LISTED_ERRORS && (
            <p>{c.moreErrors(messages.length - LISTED_ERRORS)}</p>
          )}
        </div>
      )}
      <h3 id="csv-preview-title">{c.previewTitle}</h3>
      <ScrollRegion labelledBy="csv-preview-title">
        <table className="simple">
          <thead>
            <tr>
              <th scope="col">{c.previewRow}</th>
              <th scope="col">{c.previewStatus}</th>
              {PREVIEW_COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {c.columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {loaded.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr
                key={row.rowNumber}
                className={isValidRow(row) ? undefined : 'exchange-row-invalid'}
              >
                <td>{row.rowNumber}</td>
                <td>{isValidRow(row) ? c.statusOk : <strong>{c.statusError}</strong>}</td>
                {PREVIEW_COLUMNS.map((column) => (
                  <td key={column}>{row.raw[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {total > PREVIEW_ROWS && <p className="muted">{c.moreRows(total - PREVIEW_ROWS)}</p>}
      {hasInvalid && (
        <label className="exchange-checkbox">
          <input
            type="checkbox"
            checked={skipInvalid}
            onChange={(event) => onSkipInvalid(event.target.checked)}
          />
          {c.skipInvalid}
        </label>
      )}
      {blocked && (
        <p className="exchange-error" role="alert">
          {blocked}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onImport}>
          {c.importButton(importCount)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.actions.cancel}
        </button>
      </div>
    </div>
  );
}
