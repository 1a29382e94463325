import { useRef, useState } from 'react';
import { distinctValues } from '@/domain/board';
import { moveItem } from '@/domain/conditions';
import { toIsoDate } from '@/domain/dates';
import type { YouthId } from '@/domain/ids';
import { mergeAgenda, type AgendaScope } from '@/domain/meetings';
import { meetingToIcs } from '@/domain/meetings-ics';
import type { AgendaItem, Meeting } from '@/domain/meeting-types';
import {
  startMeeting,
  updateAgenda,
  updateMeetingDetails,
  updateProposal,
  type MeetingFields,
} from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { SelectField } from '@/ui/fields';
import { useCanWrite } from '@/ui/capability';
import { downloadText } from '@/ui/download';
import { formatDate } from '@/ui/format';
import { Link, navigate, paths } from '@/ui/router';
import { SortableList } from '@/ui/sortable-list';
import { usePendingFocus } from '@/ui/use-pending-focus';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useAgendaReasons } from './agenda-reasons';
import { AgendaScopeFields, scopeOptionsOf } from './agenda-scope-fields';
import { MeetingDetailsForm } from './meeting-details-form';
import { MunicipalSummaryTable } from './municipal-summary';
import { proposeAgendaFor } from './propose';
import { agendaFocusKey, SortableAgendaItem } from './sortable-agenda-item';
import {
  meetingTitle,
  useBoardState,
  useMeeting,
  youthLabel,
  type BoardState,
} from './use-meetings';

/** #/overleg/:id — prepare a meeting: details and the agenda in the order it will be discussed. */
export function MeetingPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const board = useBoardState();
  if (meeting === null) {
    return (
      <section>
        <h1>{tm.notFound}</h1>
        <Link to={paths.meetings()}>{tm.backToList}</Link>
      </section>
    );
  }
  if (!meeting || !board) {
    return (
      <section>
        <h1>{tm.title}</h1>
        <p className="muted" role="status">
          {tm.loading}
        </p>
      </section>
    );
  }
  return <MeetingPlan meeting={meeting} board={board} />;
}

/** A new order shown at once, until the database answers with any newer meeting. */
type PendingAgenda = { agenda: AgendaItem[]; basis: Meeting };

function MeetingPlan({ meeting, board }: { meeting: Meeting; board: BoardState }) {
  const showToast = useUiStore((state) => state.showToast);
  const [pending, setPending] = useState<PendingAgenda | null>(null);
  const [status, setStatus] = useState('');
  const [toAdd, setToAdd] = useState('');
  // Not stored with the meeting: each new proposal chooses again, everyone by default.
  const [scope, setScope] = useState<AgendaScope>(meeting.agendaScope ?? {});
  const rootRef = useRef<HTMLElement>(null);
  const pendingFocusRef = usePendingFocus(rootRef);
  const title = meetingTitle(meeting);
  const canWrite = useCanWrite();
  const editable = meeting.status !== 'closed';

  const agenda = pending && pending.basis === meeting ? pending.agenda : meeting.agenda;
  const ids = agenda.map((item) => item.youthId);
  const total = agenda.length;
  const labelOf = (youthId: string) => youthLabel(board.youthsById.get(youthId as YouthId));

  const save = async (next: AgendaItem[]) => {
    setPending({ agenda: next, basis: meeting });
    const saved = await runWrite(() => updateAgenda(meeting.id, next));
    if (!saved) setPending(null);
    return saved;
  };

  const moveBy = (youthId: YouthId, by: -1 | 1) => {
    const from = agenda.findIndex((item) => item.youthId === youthId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= total) return;
    pendingFocusRef.current = agendaFocusKey(youthId, by < 0 ? 'up' : 'down');
    setStatus(tm.movedTo(labelOf(youthId), to + 1, total));
    void save(moveItem(agenda, from, to));
  };

  const remove = (youthId: YouthId) => {
    const index = agenda.findIndex((item) => item.youthId === youthId);
    const neighbour = agenda[index + 1] ?? agenda[index - 1];
    pendingFocusRef.current = neighbour ? agendaFocusKey(neighbour.youthId, 'remove') : 'add-youth';
    setStatus(tm.removed(labelOf(youthId)));
    void save(agenda.filter((item) => item.youthId !== youthId));
  };

  const add = async () => {
    if (!toAdd) return;
    const youthId = toAdd as YouthId;
    const saved = await save([...agenda, { youthId, notes: '' }]);
    if (saved) {
      setToAdd('');
      setStatus(tm.added(labelOf(youthId)));
    }
  };

  const propose = async () => {
    const today = toIsoDate(new Date());
    const proposal = await proposeAgendaFor(
      meeting.type,
      meeting.municipalities,
      board,
      today,
      scope,
    );
    const next = mergeAgenda(agenda, proposal);
    setPending({ agenda: next, basis: meeting });
    const saved = await runWrite(() => updateProposal(meeting.id, next, scope));
    if (!saved) setPending(null);
    if (saved) showToast({ message: tm.proposed(saved.agenda.length) });
  };

  const onDrop = (from: number, to: number) => {
    pendingFocusRef.current = agendaFocusKey(ids[from]!, 'handle');
    void save(moveItem(agenda, from, to));
  };

  const saveDetails = async (fields: MeetingFields) => {
    const saved = await runWrite(() => updateMeetingDetails(meeting.id, fields));
    if (saved) showToast({ message: tm.saved });
  };

  const start = async () => {
    const started = await runWrite(() => startMeeting(meeting.id));
    if (started) navigate(paths.meetingMode(meeting.id));
  };

  const downloadIcs = () => {
    const municipalities = meeting.type === 'municipalReview' ? meeting.municipalities : [];
    const ics = meetingToIcs(
      meeting,
      tm.icsTitle(tm.type[meeting.type], municipalities),
      [
        ...(municipalities.length > 0 ? [tm.icsMunicipalities(municipalities)] : []),
        tm.icsDescription(meeting.agenda.length),
      ].join(' '),
      new Date().toISOString(),
    );
    downloadText(`overleg-${meeting.date}.ics`, ics, 'text/calendar;charset=utf-8');
  };

  const onAgenda = new Set(agenda.map((item) => item.youthId));
  const addable = board.placed
    .filter((youth) => !onAgenda.has(youth.id))
    .sort((a, b) => a.initials.localeCompare(b.initials, 'nl'));
  const reasons = useAgendaReasons(
    agenda.map((item) => item.youthId),
    board,
    toIsoDate(new Date()),
  );

  return (
    <section className="meeting-plan" aria-labelledby="meeting-title" ref={rootRef}>
      <div className="page-header">
        <h1 id="meeting-title">
          {title} <span className="meeting-status">({tm.status[meeting.status]})</span>
        </h1>
        <div className="meeting-header-actions">
          {meeting.status === 'planned' && (
            <button type="button" className="button button-primary" onClick={() => void start()}>
              {tm.startMeeting}
            </button>
          )}
          {meeting.status === 'inProgress' && (
            <Link className="button button-primary" to={paths.meetingMode(meeting.id)}>
              {tm.continueMeeting}
            </Link>
          )}
          <Link className="button" to={paths.meetingMinutes(meeting.id)}>
            {tm.openMinutes}
          </Link>
          {meeting.status === 'planned' && (
            <button type="button" className="button" onClick={downloadIcs}>
              {tm.exportIcs}
            </button>
          )}
        </div>
      </div>
      <p>
        <Link to={paths.meetings()}>{tm.backToList}</Link>
      </p>
      <p className="visually-hidden" role="status">
        {status}
      </p>

      <section className="form-card meeting-details" aria-labelledby="meeting-details-title">
        <h2 id="meeting-details-title">{tm.detailsHeading}</h2>
        {canWrite ? (
          <MeetingDetailsForm
            // Remount only when the details change elsewhere, not on every agenda move.
            key={JSON.stringify([
              meeting.type,
              meeting.date,
              meeting.startTime,
              meeting.endTime,
              meeting.place,
              meeting.chair,
              meeting.attendees,
              meeting.municipalities,
              meeting.notes,
            ])}
            initial={meeting}
            municipalityOptions={distinctValues([
              ...board.placed.map((youth) => youth.municipality),
              ...meeting.municipalities,
            ])}
            submitLabel={t.actions.save}
            onSubmit={saveDetails}
            showNotes
          />
        ) : (
          <MeetingFacts meeting={meeting} />
        )}
      </section>

      {meeting.type === 'municipalReview' && (
        <MunicipalSummaryTable
          meeting={meeting}
          board={board}
          today={toIsoDate(new Date())}
          headingId="meeting-summary-title"
        />
      )}

      <section aria-labelledby="meeting-agenda-title" className="meeting-agenda">
        <div className="page-header">
          <h2 id="meeting-agenda-title">{tm.agendaHeading(total)}</h2>
          {editable && (
            <button type="button" className="button" onClick={() => void propose()}>
              {tm.propose}
            </button>
          )}
        </div>
        {editable && <p className="muted">{tm.planIntro}</p>}
        {editable && meeting.type === 'caseReview' && (
          <AgendaScopeFields
            options={scopeOptionsOf(board.placed)}
            scope={scope}
            onChange={setScope}
          />
        )}
        {total === 0 ? (
          <p className="muted">{tm.agendaEmpty}</p>
        ) : (
          <SortableList
            ids={ids}
            labelOf={labelOf}
            texts={tm.drag}
            onReorder={onDrop}
            className="agenda-list"
            aria-labelledby="meeting-agenda-title"
          >
            {agenda.map((item, index) => (
              <SortableAgendaItem
                key={item.youthId}
                youthId={item.youthId}
                youth={board.youthsById.get(item.youthId)}
                label={labelOf(item.youthId)}
                position={index + 1}
                total={total}
                reasons={reasons.get(item.youthId) ?? []}
                discussed={Boolean(item.discussedAt)}
                editable={editable}
                onMove={moveBy}
                onRemove={remove}
              />
            ))}
          </SortableList>
        )}
        {editable && (
          <form
            className="agenda-add"
            onSubmit={(event) => {
              event.preventDefault();
              void add();
            }}
          >
            <SelectField
              label={tm.addYouth}
              value={toAdd}
              data-focus-key="add-youth"
              onChange={(event) => setToAdd(event.target.value)}
            >
              <option value="">{tm.chooseYouth}</option>
              {addable.map((youth) => (
                <option key={youth.id} value={youth.id}>
                  {youthLabel(youth)} — {youth.municipality}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button" disabled={!toAdd}>
              {tm.add}
            </button>
          </form>
        )}
      </section>
    </section>
  );
}

/** The details as text, where the person may not change them. */
function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const rows: [string, string][] = [
    [tm.fields.date, formatDate(meeting.date)],
    ...(meeting.startTime
      ? [[tm.meta.time, tm.timeSpan(meeting.startTime, meeting.endTime)] as [string, string]]
      : []),
    ...(meeting.place ? [[tm.meta.place, meeting.place] as [string, string]] : []),
    ...(meeting.municipalities.length > 0
      ? [[tm.meta.municipalities, meeting.municipalities.join(', ')] as [string, string]]
      : []),
  ];
  return (
    <dl className="meeting-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
