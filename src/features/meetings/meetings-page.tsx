import { useMemo, useState } from 'react';
import { distinctValues } from '@/domain/board';
import { toIsoDate } from '@/domain/dates';
import {
  discussedCount,
  nextScheduledDate,
  overdueWarnings,
  type AgendaScope,
} from '@/domain/meetings';
import type { Meeting, MeetingType } from '@/domain/meeting-types';
import { createMeeting, type MeetingFields } from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { useCanWrite, WriteOnly } from '@/ui/capability';
import { Dialog } from '@/ui/dialog';
import { formatDate } from '@/ui/format';
import { Link, navigate, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { scopeOptionsOf } from './agenda-scope-fields';
import { MeetingDetailsForm } from './meeting-details-form';
import { proposeAgendaFor } from './propose';
import { meetingTitle, useBoardState, useCadence, useMeetingList } from './use-meetings';

const TYPES: MeetingType[] = ['caseReview', 'municipalReview'];

/** #/overleggen: planned and past meetings, when the next ones are due, and what is overdue. */
export function MeetingsPage() {
  const meetings = useMeetingList();
  const cadence = useCadence();
  const board = useBoardState();
  const [creating, setCreating] = useState(false);
  const canWrite = useCanWrite();
  const showToast = useUiStore((state) => state.showToast);
  const today = toIsoDate(new Date());

  const warnings = useMemo(
    () => (meetings && cadence ? overdueWarnings(meetings, cadence, today) : []),
    [meetings, cadence, today],
  );

  if (!meetings || !cadence || !board) {
    return (
      <section>
        <h1>{tm.title}</h1>
        <p className="muted" role="status">
          {tm.loading}
        </p>
      </section>
    );
  }

  const open = meetings
    .filter((meeting) => meeting.status !== 'closed')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const past = meetings.filter((meeting) => meeting.status === 'closed');
  const suggestDate = (type: MeetingType) => nextScheduledDate(type, cadence, today);
  const municipalityOptions = distinctValues(board.placed.map((youth) => youth.municipality));

  const create = async (fields: MeetingFields, scope: AgendaScope) => {
    const created = await runWrite(async () => {
      const agenda = await proposeAgendaFor(
        fields.type,
        fields.municipalities,
        board,
        today,
        scope,
      );
      return createMeeting(fields, agenda, scope);
    });
    if (!created) return false;
    setCreating(false);
    showToast({ message: tm.created(created.agenda.length) });
    navigate(paths.meeting(created.id));
    return true;
  };

  return (
    <section className="meetings-page" aria-labelledby="meetings-title">
      <div className="page-header">
        <h1 id="meetings-title">{tm.title}</h1>
        <WriteOnly>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {tm.newMeeting}
          </button>
        </WriteOnly>
      </div>

      {warnings.length > 0 && (
        <section className="meeting-warnings" aria-labelledby="meeting-warnings-title">
          <h2 id="meeting-warnings-title">
            <span aria-hidden="true">⚠ </span>
            {tm.warningsHeading}
          </h2>
          <ul>
            {warnings.map((warning) => (
              <li
                key={
                  warning.kind === 'missed'
                    ? `missed-${warning.type}`
                    : `${warning.kind}-${warning.meeting.id}`
                }
              >
                {warning.kind === 'missed' ? (
                  tm.warning.missed(tm.type[warning.type], formatDate(warning.scheduled))
                ) : (
                  <Link to={paths.meeting(warning.meeting.id)}>
                    {tm.warning[warning.kind](meetingTitle(warning.meeting))}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card meeting-cadence" aria-labelledby="meeting-cadence-title">
        <h2 id="meeting-cadence-title">{tm.cadenceHeading}</h2>
        <ul>
          {TYPES.map((type) => (
            <li key={type}>
              {tm.nextDate(
                tm.type[type],
                formatDate(nextScheduledDate(type, cadence, today), 'EEEE d MMMM yyyy'),
              )}
            </li>
          ))}
        </ul>
        <WriteOnly>
          <p className="muted">
            {tm.cadenceHint} <Link to={paths.settings()}>{t.nav.settings}</Link>
          </p>
        </WriteOnly>
      </section>

      <section aria-labelledby="meetings-open-title">
        <h2 id="meetings-open-title">{tm.plannedHeading}</h2>
        {open.length === 0 ? (
          <p className="muted">{tm.noPlanned}</p>
        ) : (
          <MeetingTable meetings={open} labelledBy="meetings-open-title" />
        )}
      </section>

      <section aria-labelledby="meetings-past-title">
        <h2 id="meetings-past-title">{tm.pastHeading}</h2>
        {past.length === 0 ? (
          <p className="muted">{tm.noPast}</p>
        ) : (
          <MeetingTable meetings={past} labelledBy="meetings-past-title" />
        )}
      </section>

      {creating && canWrite && (
        <Dialog
          open
          title={tm.newTitle}
          onClose={() => setCreating(false)}
          className="meeting-dialog"
        >
          <div className="dialog-body">
            <MeetingDetailsForm
              initial={{
                type: 'caseReview',
                date: suggestDate('caseReview'),
                chair: '',
                attendees: [],
                municipalities: [],
              }}
              municipalityOptions={municipalityOptions}
              scopeOptions={scopeOptionsOf(board.placed)}
              suggestDate={suggestDate}
              submitLabel={tm.create}
              onSubmit={create}
              extraActions={
                <button type="button" className="button" onClick={() => setCreating(false)}>
                  {t.actions.cancel}
                </button>
              }
            />
          </div>
        </Dialog>
      )}
    </section>
  );
}

function MeetingTable({ meetings, labelledBy }: { meetings: Meeting[]; labelledBy: string }) {
  // Preparing and running a meeting write; the minutes only read.
  const canWrite = useCanWrite();
  return (
    <table className="simple meeting-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{tm.columns.date}</th>
          <th scope="col">{tm.columns.type}</th>
          <th scope="col">{tm.columns.status}</th>
          <th scope="col">{tm.columns.agenda}</th>
          <th scope="col">{tm.columns.links}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => {
          const title = meetingTitle(meeting);
          return (
            <tr key={meeting.id}>
              <td>{formatDate(meeting.date)}</td>
              <td>
                {tm.type[meeting.type]}
                {meeting.municipalities.length > 0 && (
                  <span className="muted"> ({meeting.municipalities.join(', ')})</span>
                )}
              </td>
              <td>{tm.status[meeting.status]}</td>
              <td>{tm.agendaCount(discussedCount(meeting), meeting.agenda.length)}</td>
              <td className="meeting-links">
                {canWrite && meeting.status !== 'closed' && (
                  <Link
                    to={paths.meeting(meeting.id)}
                    aria-label={tm.linkLabel(tm.openPlan, title)}
                  >
                    {tm.openPlan}
                  </Link>
                )}
                {canWrite && meeting.status !== 'closed' && (
                  <Link
                    to={paths.meetingMode(meeting.id)}
                    aria-label={tm.linkLabel(tm.openMode, title)}
                  >
                    {tm.openMode}
                  </Link>
                )}
                <Link
                  to={paths.meetingMinutes(meeting.id)}
                  aria-label={tm.linkLabel(tm.openMinutes, title)}
                >
                  {tm.openMinutes}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
