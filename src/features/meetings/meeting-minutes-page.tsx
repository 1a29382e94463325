import { Fragment, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { localDateOf, toIsoDate } from '@/domain/dates';
import { escalationsActiveBetween } from '@/domain/escalation';
import type { YouthId } from '@/domain/ids';
import { discussedCount, summarizeMeeting, type ActionChange } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import { resolveThresholds } from '@/domain/signals';
import { escalationsForYouths } from '@/db/escalation-repository';
import { getSettings } from '@/db/settings-repository';
import { EscalationHistory } from '@/ui/escalation-history';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import { tm } from '@/i18n/meetings';
import { formatDate, formatDateTime } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import {
  meetingTitle,
  useAgendaHistory,
  useBoardState,
  useMeeting,
  youthLabel,
  type BoardState,
} from './use-meetings';

/** #/overleg/:id/verslag — what the meeting changed, printable as A4 minutes. */
export function MeetingMinutesPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const board = useBoardState();
  const history = useAgendaHistory(meeting);
  if (meeting === null) {
    return (
      <section>
        <h1>{tm.notFound}</h1>
        <Link to={paths.meetings()}>{tm.backToList}</Link>
      </section>
    );
  }
  if (!meeting || !board || !history) {
    return (
      <section>
        <h1>{tm.title}</h1>
        <p className="muted" role="status">
          {tm.loading}
        </p>
      </section>
    );
  }
  return <Minutes meeting={meeting} board={board} history={history} />;
}

function Minutes({
  meeting,
  board,
  history,
}: {
  meeting: Meeting;
  board: BoardState;
  history: NonNullable<ReturnType<typeof useAgendaHistory>>;
}) {
  const settings = useLiveQuery(getSettings, []);
  const redStreak = resolveThresholds(settings?.signalThresholds).redStreak;
  const summary = useMemo(
    () =>
      summarizeMeeting({
        meeting,
        conditions: board.conditions,
        history,
        youths: board.youthsById,
        redStreak,
      }),
    [meeting, board.conditions, history, board.youthsById, redStreak],
  );
  const who = (youthId: YouthId) => youthLabel(board.youthsById.get(youthId));
  const conditionName = (conditionId: string) =>
    board.allConditions.find((condition) => condition.id === conditionId)?.name ?? '';
  const title = meetingTitle(meeting);
  const notes = meeting.agenda.filter((item) => item.notes.trim());

  return (
    <article className="meeting-minutes" aria-labelledby="minutes-title">
      <div className="page-header">
        <h1 id="minutes-title">{tm.minutesTitle(title)}</h1>
        <div className="meeting-header-actions no-print">
          <Link className="button" to={paths.meetings()}>
            {tm.backToList}
          </Link>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {tm.print}
          </button>
        </div>
      </div>
      {settings?.providerName && <p className="report-provider">{settings.providerName}</p>}
      {meeting.status !== 'closed' && (
        <p className="meeting-provisional">
          <span aria-hidden="true">⚠ </span>
          {tm.provisional}
        </p>
      )}
      <dl className="definition-grid minutes-meta">
        <dt>{tm.fields.type}</dt>
        <dd>{tm.type[meeting.type]}</dd>
        <dt>{tm.fields.date}</dt>
        <dd>{formatDate(meeting.date, 'EEEE d MMMM yyyy')}</dd>
        {meeting.startTime && (
          <>
            <dt>{tm.meta.time}</dt>
            <dd>{tm.timeSpan(meeting.startTime, meeting.endTime)}</dd>
          </>
        )}
        {meeting.place && (
          <>
            <dt>{tm.meta.place}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.chair && (
          <>
            <dt>{tm.meta.chair}</dt>
            <dd>{meeting.chair}</dd>
          </>
        )}
        {meeting.attendees.length > 0 && (
          <>
            <dt>{tm.meta.attendees}</dt>
            <dd>{meeting.attendees.join(', ')}</dd>
          </>
        )}
        {meeting.municipalities.length > 0 && (
          <>
            <dt>{tm.meta.municipalities}</dt>
            <dd>{meeting.municipalities.join(', ')}</dd>
          </>
        )}
        <dt>{tm.meta.status}</dt>
        <dd>{tm.status[meeting.status]}</dd>
        {meeting.closedAt && (
          <>
            <dt>{tm.meta.closedAt}</dt>
            <dd>{formatDateTime(meeting.closedAt)}</dd>
          </>
        )}
        <dt>{tm.meta.discussed}</dt>
        <dd>{tm.agendaCount(discussedCount(meeting), meeting.agenda.length)}</dd>
      </dl>
      {meeting.notes.trim() && <p className="minutes-notes">{meeting.notes}</p>}

      <MinutesSection id="minutes-moved" title={tm.movedHeading}>
        {summary.moved.length === 0 ? (
          <p className="muted">{tm.noneMoved}</p>
        ) : (
          <table className="simple minutes-table minutes-moved" aria-labelledby="minutes-moved">
            <thead>
              <tr>
                <th scope="col">{tm.col.youth}</th>
                <th scope="col">{tm.col.condition}</th>
                <th scope="col">{tm.col.wasNow}</th>
                <th scope="col">{tm.col.reason}</th>
                <th scope="col">{tm.col.action}</th>
                <th scope="col">{tm.col.owner}</th>
                <th scope="col">{tm.col.due}</th>
              </tr>
            </thead>
            <tbody>
              {summary.moved.map((move) => (
                <tr key={`${move.youthId}|${move.conditionId}`}>
                  <td>{who(move.youthId)}</td>
                  <td>{conditionName(move.conditionId)}</td>
                  {/* One narrow A4 column: the new light may go to the next line, whole. */}
                  <td>
                    <span className="minutes-light">
                      <Stoplight state={move.from} /> {t.light[move.from]}
                    </span>{' '}
                    →{' '}
                    <span className="minutes-light">
                      <Stoplight state={move.to} /> {t.light[move.to]}
                    </span>
                  </td>
                  <td className="minutes-text">
                    {move.reason ||
                      ((move.to === 'red' || move.to === 'amber') && (
                        <em>{t.lightEditor.reasonMissing}</em>
                      ))}
                  </td>
                  <td className="minutes-text">
                    {move.action}
                    {move.actionCarried && <em> ({t.lightEditor.carriedMark})</em>}
                  </td>
                  <td>{move.owner}</td>
                  <td className="minutes-date">{formatDate(move.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </MinutesSection>

      <MinutesSection id="minutes-confirmed" title={tm.confirmedHeading}>
        {summary.confirmed.length === 0 ? (
          <p className="muted">{tm.noneConfirmed}</p>
        ) : (
          <ul className="minutes-names">
            {summary.confirmed.map((youthId) => (
              <li key={youthId}>{who(youthId)}</li>
            ))}
          </ul>
        )}
      </MinutesSection>

      <MinutesSection id="minutes-new-actions" title={tm.newActionsHeading}>
        <ActionTable
          labelledBy="minutes-new-actions"
          actions={summary.newActions}
          who={who}
          conditionName={conditionName}
        />
      </MinutesSection>

      <MinutesSection id="minutes-done-actions" title={tm.completedActionsHeading}>
        <p className="muted">{tm.completedActionsIntro}</p>
        <ActionTable
          labelledBy="minutes-done-actions"
          actions={summary.completedActions}
          who={who}
          conditionName={conditionName}
        />
      </MinutesSection>

      <MinutesSection id="minutes-replaced-actions" title={tm.replacedActionsHeading}>
        <p className="muted">{tm.replacedActionsIntro}</p>
        <ActionTable
          labelledBy="minutes-replaced-actions"
          actions={summary.replacedActions}
          who={who}
          conditionName={conditionName}
        />
      </MinutesSection>

      <MinutesSection id="minutes-escalations" title={tm.escalationsHeading}>
        <p className="muted">{tm.escalationsIntro(redStreak)}</p>
        {summary.escalations.length === 0 ? (
          <p className="muted">{tm.noneEscalations}</p>
        ) : (
          <table className="simple minutes-table" aria-labelledby="minutes-escalations">
            <thead>
              <tr>
                <th scope="col">{tm.col.municipality}</th>
                <th scope="col">{tm.col.youth}</th>
                <th scope="col">{tm.col.condition}</th>
                <th scope="col">{tm.col.reds}</th>
              </tr>
            </thead>
            <tbody>
              {summary.escalations.map((candidate) => (
                <tr key={`${candidate.youthId}|${candidate.conditionId}`}>
                  <td>{candidate.municipality}</td>
                  <td>{who(candidate.youthId)}</td>
                  <td>{conditionName(candidate.conditionId)}</td>
                  <td>
                    <Stoplight state="red" /> {tm.escalationLine(candidate.reds)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </MinutesSection>

      <MinutesEscalations meeting={meeting} who={who} conditionName={conditionName} />

      <MinutesSection id="minutes-not-discussed" title={tm.notDiscussedHeading}>
        {summary.notDiscussed.length === 0 ? (
          <p className="muted">{tm.allDiscussed}</p>
        ) : (
          <ul className="minutes-names">
            {summary.notDiscussed.map((youthId) => (
              <li key={youthId}>{who(youthId)}</li>
            ))}
          </ul>
        )}
      </MinutesSection>

      {notes.length > 0 && (
        <MinutesSection id="minutes-notes" title={tm.notesHeading}>
          <dl className="definition-grid">
            {notes.map((item) => (
              <Fragment key={item.youthId}>
                <dt>{who(item.youthId)}</dt>
                <dd className="minutes-note">{item.notes}</dd>
              </Fragment>
            ))}
          </dl>
        </MinutesSection>
      )}
    </article>
  );
}

/**
 * Escalations of the young people on the agenda raised, answered or closed on
 * the meeting's day(s): from its date (or when it started, if earlier) to when
 * it was closed (or its date).
 */
/** A record's day, or none (never "within" a period) when its timestamp cannot be read. */
const dayOfTimestamp = (timestamp: string) => localDateOf(timestamp) ?? '';

function MinutesEscalations({
  meeting,
  who,
  conditionName,
}: {
  meeting: Meeting;
  who: (id: YouthId) => string;
  conditionName: (id: string) => string;
}) {
  const ids = useMemo(() => meeting.agenda.map((item) => item.youthId), [meeting.agenda]);
  const today = toIsoDate(new Date());
  const views = useLiveQuery(() => escalationsForYouths(ids, today), [ids, today]);
  // Stored timestamps that cannot be read fall back to the meeting's date instead of blanking the minutes.
  const started = (meeting.startedAt && localDateOf(meeting.startedAt)) || meeting.date;
  const ended = (meeting.closedAt && localDateOf(meeting.closedAt)) || meeting.date;
  const from = started < meeting.date ? started : meeting.date;
  const to = ended > meeting.date ? ended : meeting.date;
  const shown = useMemo(
    () =>
      views ? escalationsActiveBetween(views, new Set<string>(ids), from, to, dayOfTimestamp) : [],
    [views, ids, from, to],
  );
  const e = te;
  return (
    <MinutesSection id="minutes-escalation-loop" title={e.minutesHeading}>
      <p className="muted">{e.minutesIntro}</p>
      {shown.length === 0 ? (
        <p className="muted">{e.minutesNone}</p>
      ) : (
        <ul className="escalation-list">
          {shown.map((view) => (
            <li key={view.escalation.id}>
              <EscalationHistory
                view={view}
                conditionName={conditionName}
                heading={<strong>{who(view.escalation.youthId)}:</strong>}
              />
            </li>
          ))}
        </ul>
      )}
    </MinutesSection>
  );
}

function MinutesSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="minutes-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** New, completed or replaced actions: who, which condition, the action (and what replaced it), who by when. */
function ActionTable({
  labelledBy,
  actions,
  who,
  conditionName,
}: {
  labelledBy: string;
  /** Replaced actions carry what took their place, shown in a column of its own. */
  actions: (ActionChange & { replacedBy?: string })[];
  who: (id: YouthId) => string;
  conditionName: (id: string) => string;
}) {
  if (actions.length === 0) return <p className="muted">{tm.noneActions}</p>;
  const replaced = actions.some((action) => action.replacedBy !== undefined);
  return (
    <table className="simple minutes-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{tm.col.youth}</th>
          <th scope="col">{tm.col.condition}</th>
          <th scope="col">{tm.col.action}</th>
          {replaced && <th scope="col">{tm.col.replacedBy}</th>}
          <th scope="col">{tm.col.owner}</th>
          <th scope="col">{tm.col.due}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={`${action.youthId}|${action.conditionId}`}>
            <td>{who(action.youthId)}</td>
            <td>{conditionName(action.conditionId)}</td>
            <td className="minutes-text">{action.action}</td>
            {replaced && <td className="minutes-text">{action.replacedBy}</td>}
            <td>{action.owner}</td>
            <td className="minutes-date">{formatDate(action.dueDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
