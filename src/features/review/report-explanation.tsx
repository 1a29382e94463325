import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type FormEvent } from 'react';
import { getReportNote, saveReportNote } from '@/db/report-note-repository';
import { reportNoteProblem } from '@/domain/report-note';
import type { IsoMonth } from '@/domain/state-at-date';
import { TEXT_MAX } from '@/domain/text-limits';
import { tr } from '@/i18n/review';
import { useCanWrite } from '@/ui/capability';
import { TextAreaField } from '@/ui/fields';
import { formatDateTime } from '@/ui/format';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

const r = tr;

/**
 * The provider's explanation with one report, stored with it (municipality +
 * month) so a reprint says the same. Paper and read-only screens show the
 * saved text; where the person may write, the screen also has the editor.
 */
export function ReportExplanation({
  municipality,
  month,
}: {
  municipality: string;
  month: IsoMonth;
}) {
  const canWrite = useCanWrite();
  const stored = useLiveQuery(
    async () => (await getReportNote(municipality, month)) ?? null,
    [municipality, month],
  );
  const text = stored?.text ?? '';
  return (
    <section className="review-section report-explanation" aria-labelledby="report-explanation">
      <h2 id="report-explanation">{r.explanationTitle}</h2>
      {canWrite && stored !== undefined && (
        <ExplanationEditor
          key={`${municipality}|${month}|${stored?.id ?? ''}`}
          municipality={municipality}
          month={month}
          saved={text}
        />
      )}
      <div className={canWrite ? 'print-only' : undefined}>
        {text ? <p className="report-explanation-text">{text}</p> : <p>{r.noExplanation}</p>}
        {stored && (
          <p className="muted no-print">
            {r.explanationBy(stored.updatedBy, formatDateTime(stored.updatedAt))}
          </p>
        )}
      </div>
    </section>
  );
}

function ExplanationEditor({
  municipality,
  month,
  saved,
}: {
  municipality: string;
  month: IsoMonth;
  saved: string;
}) {
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const showToast = useUiStore((state) => state.showToast);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reportNoteProblem(draft)) {
      setError(r.explanationTooLong(TEXT_MAX.reportNote, draft.trim().length));
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    const note = await runWrite(() => saveReportNote({ municipality, month, text: draft }));
    setSaving(false);
    if (!note) return;
    setDraft(note.text);
    showToast({ message: r.explanationSaved });
  };

  return (
    <form ref={form} className="no-print report-explanation-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={r.explanationLabel}
        hint={r.explanationHint(TEXT_MAX.reportNote)}
        value={draft}
        rows={4}
        error={error}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button" disabled={saving}>
        {r.explanationSave}
      </button>
    </form>
  );
}
