import type { ReactNode } from 'react';
import { discussedCount } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import { startMeeting } from '@/db/meeting-repository';
import { tm } from '@/i18n/meetings';
import { useCanWrite } from '@/ui/capability';
import { Link, paths } from '@/ui/router';
import { runWrite } from '@/ui/write';
import { MeetingRoom } from './meeting-room';
import { meetingTitle, useBoardState, useMeeting } from './use-meetings';

/** #/overleg/:id/vergadering — the meeting on a projector, one young person at a time. */
export function MeetingModePage({
  id,
  personSwitcher,
}: {
  id: string;
  personSwitcher?: ReactNode;
}) {
  const meeting = useMeeting(id);
  const board = useBoardState();
  let content;
  if (meeting === null) {
    content = (
      <>
        <h1>{tm.notFound}</h1>
        <Link to={paths.meetings()}>{tm.backToList}</Link>
      </>
    );
  } else if (!meeting || !board) {
    content = (
      <>
        <h1>{tm.title}</h1>
        <p role="status">{tm.loading}</p>
      </>
    );
  } else if (meeting.status === 'inProgress') {
    content = <MeetingRoom meeting={meeting} board={board} personSwitcher={personSwitcher} />;
  } else {
    content = <MeetingGate meeting={meeting} />;
  }
  // The class hides the app header (styles.css), so the projector shows the meeting only.
  return <div className="meeting-mode">{content}</div>;
}

function MeetingGate({ meeting }: { meeting: Meeting }) {
  const canWrite = useCanWrite();
  const title = meetingTitle(meeting);
  const start = async () => {
    await runWrite(() => startMeeting(meeting.id));
  };
  return (
    <section className="meeting-gate" aria-labelledby="meeting-mode-title">
      <h1 id="meeting-mode-title">{tm.modeTitle(title)}</h1>
      {meeting.status === 'planned' ? (
        <>
          <p>{tm.notStarted}</p>
          <p>{tm.agendaCount(discussedCount(meeting), meeting.agenda.length)}</p>
          <div className="form-actions meeting-gate-actions">
            <Link className="button" to={paths.meeting(meeting.id)}>
              {tm.toPlan}
            </Link>
            {canWrite && (
              <button type="button" className="button button-primary" onClick={() => void start()}>
                {tm.startMeeting}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p>{tm.alreadyClosed}</p>
          <Link className="button button-primary" to={paths.meetingMinutes(meeting.id)}>
            {tm.toMinutes}
          </Link>
        </>
      )}
    </section>
  );
}
