import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState } from 'react';
import { cellKey } from '@/domain/board';
import type { YouthId } from '@/domain/ids';
import { isOverdueAction } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import {
  ownerShown,
  projectLight,
  projectSignal,
  type MeetingProjection,
} from '@/domain/municipal-review';
import type { Signal } from '@/domain/signals';
import type { Assessment, Condition, Youth } from '@/domain/types';
import { historyForYouth } from '@/db/assessment-repository';
import { setAgendaNotes } from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import type { ExplainContext } from '@/i18n/nl/signals';
import { formatDate, formatDateTime } from '@/ui/format';
import { Stoplight } from '@/ui/stoplight';
import { runWrite } from '@/ui/write';
import { useLiveSignals, type BoardState } from './use-meetings';

/*
 * The column beside the lights in meeting mode: the young person's signals,
 * open actions, recent history and the notes of this meeting.
 */

const HISTORY_LINES = 8;
const NO_SIGNALS: readonly Signal[] = [];

function useYouthHistory(youthId: YouthId) {
  return useLiveQuery(() => historyForYouth(youthId), [youthId]);
}

/** " (Mehmet K.)" in a case review; " (actiehouder: zorgcoördinator)" where only the role may be shown. */
export function OwnerText({ light }: { light: Assessment }) {
  const owner = ownerShown(light);
  if (!owner) return null;
  return (
    <>
      {owner.kind === 'name' ? ` (${owner.name})` : ` (${tm.ownerRole(t.ownerRole[owner.role])})`}
    </>
  );
}

export function YouthSignals({
  youth,
  board,
  today,
  projection,
}: {
  youth: Youth;
  board: BoardState;
  today: string;
  projection: MeetingProjection;
}) {
  // The signals the board and Aandacht show (red streaks from the current lights, open
  // escalations), computed once for every screen.
  const signals = useLiveSignals(today)?.byYouth.get(youth.id) ?? NO_SIGNALS;
  if (signals.length === 0) return null;
  const context: ExplainContext = {
    conditionName: (id) => board.allConditions.find((c) => c.id === id)?.name ?? '',
    date: (iso) => formatDate(iso.slice(0, 10)),
  };
  return (
    <section className="meeting-signals" aria-labelledby="meeting-signals-title">
      <h3 id="meeting-signals-title">{tm.signalsHeading}</h3>
      <ul>
        {signals.map((signal, i) => (
          <li
            key={`${signal.kind}-${i}`}
            className={`meeting-signal meeting-signal-${signal.severity}`}
          >
            <span className="meeting-signal-severity">{tm.signal.severity[signal.severity]}</span>{' '}
            {t.signals.explain(projectSignal(signal, projection), context)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OpenActions({
  youth,
  board,
  today,
  projection,
}: {
  youth: Youth;
  board: BoardState;
  today: string;
  projection: MeetingProjection;
}) {
  const actions = board.conditions
    .map((condition) => {
      const light = board.lights.get(cellKey(youth.id, condition.id));
      return { condition, light: light && projectLight(light, projection) };
    })
    .filter(
      (entry): entry is { condition: Condition; light: Assessment } =>
        Boolean(entry.light?.action.trim()) &&
        entry.light?.colour !== 'green' &&
        entry.light?.colour !== 'notApplicable',
    );
  return (
    <section className="meeting-actions" aria-labelledby="meeting-actions-title">
      <h3 id="meeting-actions-title">{tm.actionsHeading}</h3>
      {actions.length === 0 ? (
        <p className="muted">{tm.noActions}</p>
      ) : (
        <ul>
          {actions.map(({ condition, light }) => (
            <li key={condition.id}>
              <strong>{condition.name}:</strong> {light.action}
              <OwnerText light={light} />
              {light.actionFrom && (
                <span className="carried-mark"> – {t.lightEditor.carriedMark}</span>
              )}
              {light.dueDate && (
                <span className={isOverdueAction(light, today) ? 'meeting-overdue' : 'muted'}>
                  {' '}
                  — {tm.dueOn(formatDate(light.dueDate))}
                  {isOverdueAction(light, today) && ` (${tm.overdue})`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The newest lines of the young person's history. Memoised: a light set in the
 * meeting repaints the lights first, and these lines (eight dates to format)
 * follow when the history has been read again.
 */
export const RecentHistory = memo(function RecentHistory({
  youthId,
  conditions,
  meetingId,
}: {
  youthId: YouthId;
  conditions: readonly Condition[];
  meetingId: string;
}) {
  const history = useYouthHistory(youthId);
  const name = (id: string) => conditions.find((c) => c.id === id)?.name ?? '';
  const recent = (history ?? []).slice(0, HISTORY_LINES);
  return (
    <section className="meeting-history" aria-labelledby="meeting-history-title">
      <h3 id="meeting-history-title">{tm.historyHeading}</h3>
      {recent.length === 0 ? (
        <p className="muted">{tm.noHistory}</p>
      ) : (
        <ul>
          {recent.map((assessment) => (
            <li key={assessment.id}>
              <Stoplight state={assessment.colour} />{' '}
              <span>
                {name(assessment.conditionId)}: {t.light[assessment.colour]}
                {assessment.meetingId === meetingId && <strong> · {tm.discussedMark}</strong>}
              </span>{' '}
              <span className="muted">{formatDateTime(assessment.assessedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

export function AgendaNotes({
  meeting,
  youthId,
  notes,
  canWrite,
}: {
  meeting: Meeting;
  youthId: YouthId;
  notes: string;
  canWrite: boolean;
}) {
  const [value, setValue] = useState(notes);
  // Written during a municipal review, with the municipality reading along: their shared agreements.
  const shared = meeting.type === 'municipalReview';
  const label = shared ? tm.notesLabelShared : tm.notesLabel;
  if (!canWrite) {
    if (!notes.trim()) return null;
    return (
      <section className="meeting-notes" aria-label={label}>
        <h3>{label}</h3>
        <p className="minutes-note">{notes}</p>
      </section>
    );
  }
  const save = () => {
    if (value === notes) return;
    void runWrite(() => setAgendaNotes(meeting.id, youthId, value));
  };
  return (
    <div className="field meeting-notes">
      <label htmlFor={`notes-${youthId}`}>{label}</label>
      {shared && (
        <p className="field-hint" id={`notes-hint-${youthId}`}>
          {tm.notesHintShared}
        </p>
      )}
      <textarea
        id={`notes-${youthId}`}
        aria-describedby={shared ? `notes-hint-${youthId}` : undefined}
        rows={2}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
      />
    </div>
  );
}
