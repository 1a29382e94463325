import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { cellKey } from '@/domain/board';
import { oneKeyLight, reasonMissing } from '@/domain/carry-over';
import { ageOn, toIsoDate } from '@/domain/dates';
import type { YouthId } from '@/domain/ids';
import { cellState, type CellState } from '@/domain/light';
import { discussedCount, isOverdueAction, unassessedConditions } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import {
  meetingProjection,
  ownerShown,
  projectLight,
  projectYouth,
  type MeetingProjection,
} from '@/domain/municipal-review';
import { resolveThresholds, signalsFor, type Signal } from '@/domain/signals';
import type { Assessment, Condition, LightColour, LightInput, Youth } from '@/domain/types';
import { completeAction } from '@/db/action-repository';
import { historyForYouth, undoAssessment } from '@/db/assessment-repository';
import { listReviewRequestsForYouth } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import {
  closeMeeting,
  confirmLights,
  setAgendaNotes,
  setMeetingLight,
  startMeeting,
  UnassessedLightsError,
} from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { Dialog } from '@/ui/dialog';
import { eighteenthBirthday, formatDate, formatDateTime } from '@/ui/format';
import { COLOUR_KEYS } from '@/ui/colour-keys';
import { LightEditor } from '@/ui/light-editor';
import { showLightToast } from '@/ui/light-toast';
import { Link, navigate, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { useCanWrite } from '@/ui/capability';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { MunicipalSummaryTable } from './municipal-summary';
import {
  meetingTitle,
  useBoardState,
  useMeeting,
  youthLabel,
  type BoardState,
} from './use-meetings';

const HISTORY_LINES = 8;

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

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    Boolean(target.closest('dialog'))
  );
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a, summary'));
}

function useFullscreen() {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { on, toggle, supported: Boolean(document.fullscreenEnabled) };
}

/** Does the element scroll on its own? Then it needs a tab stop, so the keyboard can scroll it. */
function useScrolls(element: HTMLElement | null): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return undefined;
    const check = () => setScrolls(element.scrollHeight > element.clientHeight + 1);
    check();
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    resized?.observe(element);
    const changed = new MutationObserver(check);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized?.disconnect();
      changed.disconnect();
    };
  }, [element]);
  return scrolls;
}

function MeetingRoom({
  meeting,
  board,
  personSwitcher,
}: {
  meeting: Meeting;
  board: BoardState;
  /** Who the lights are stamped with, and switching person: the app header is hidden here. */
  personSwitcher?: ReactNode;
}) {
  const total = meeting.agenda.length;
  // What this meeting type may put on the screen, decided in one place (domain/municipal-review.ts).
  const projection = meetingProjection(meeting.type);
  const canWrite = useCanWrite();
  // A municipal review opens with the figures of its municipalities: page 0, before the first young person.
  const offset = projection.openingSummary ? 1 : 0;
  const pages = total + offset;
  const [page, setPage] = useState(() =>
    projection.openingSummary && discussedCount(meeting) === 0
      ? 0
      : offset +
        Math.max(
          0,
          meeting.agenda.findIndex((item) => !item.discussedAt),
        ),
  );
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<{ initialColour?: LightColour } | null>(null);
  const [closing, setClosing] = useState(false);
  // Who "Besproken, ongewijzigd" was refused for; `attempt` moves the focus again on every try.
  const [refusal, setRefusal] = useState<{ youthId: YouthId; attempt: number } | null>(null);
  const showToast = useUiStore((state) => state.showToast);
  const fullscreen = useFullscreen();
  const lightsRef = useRef<HTMLUListElement>(null);
  const [side, setSide] = useState<HTMLDivElement | null>(null);
  const sideScrolls = useScrolls(side);
  const today = toIsoDate(new Date());

  const currentPage = Math.min(page, Math.max(0, pages - 1));
  const onSummary = projection.openingSummary && currentPage === 0;
  const position = Math.max(0, currentPage - offset);
  const item = onSummary ? undefined : meeting.agenda[position];
  const youth = item ? board.youthsById.get(item.youthId) : undefined;
  const shownYouth = useMemo(
    () => (youth ? projectYouth(youth, projection) : undefined),
    [youth, projection],
  );
  const conditions = board.conditions;
  const condition = conditions[Math.min(selected, conditions.length - 1)];
  const label = youthLabel(shownYouth);
  const discussed = discussedCount(meeting);

  const cells: CellState[] = useMemo(
    () =>
      youth
        ? conditions.map((c) =>
            cellState(youth, c, board.lights.get(cellKey(youth.id, c.id)), today),
          )
        : [],
    [youth, conditions, board.lights, today],
  );

  const unassessed = useMemo(
    () =>
      youth
        ? unassessedConditions(
            youth,
            conditions,
            (conditionId) => board.lights.get(cellKey(youth.id, conditionId)),
            today,
          )
        : [],
    [youth, conditions, board.lights, today],
  );

  const go = useCallback(
    (by: number) => {
      setPage((current) => Math.max(0, Math.min(pages - 1, current + by)));
      setSelected(0);
    },
    [pages],
  );

  const write = useCallback(
    async (target: Condition, input: LightInput) => {
      if (!youth) return undefined;
      const written = await runWrite(() => setMeetingLight(meeting.id, youth.id, target.id, input));
      if (!written) return undefined;
      showLightToast({
        written,
        youthLabel: label,
        conditionName: target.name,
        undo: (assessment) => void runWrite(() => undoAssessment(assessment.id)),
        completeAction: (light) =>
          runWrite(() => completeAction(light.youthId, light.conditionId, light.id)),
      });
      return written;
    },
    [youth, meeting.id, label],
  );

  const setColour = useCallback(
    (colour: LightColour) => {
      if (!youth || !condition) return;
      const current = board.lights.get(cellKey(youth.id, condition.id));
      void write(condition, oneKeyLight(current, colour));
    },
    [youth, condition, board.lights, write],
  );

  const confirm = useCallback(async () => {
    if (!youth) return;
    const refuse = () =>
      setRefusal((previous) => ({ youthId: youth.id, attempt: (previous?.attempt ?? 0) + 1 }));
    // The repository refuses too (another tab may have undone a light); asking first saves a write.
    if (unassessed.length > 0) return refuse();
    const written = await runWrite(() =>
      confirmLights(meeting.id, youth.id).catch((error: unknown) => {
        if (error instanceof UnassessedLightsError) return null;
        throw error;
      }),
    );
    if (written === null) return refuse();
    if (!written) return;
    showToast({ message: tm.confirmed(label, written.length) });
    go(1);
  }, [youth, unassessed.length, meeting.id, label, showToast, go]);

  const select = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(conditions.length - 1, next));
      setSelected(clamped);
      const button = lightsRef.current?.querySelector<HTMLElement>(
        `[data-condition-index="${clamped}"]`,
      );
      // Keep the keyboard focus with the selection when it is in the list;
      // either way the selected light stays on screen (at 200 % zoom the list is taller than the window).
      if (lightsRef.current?.contains(document.activeElement)) button?.focus();
      button?.scrollIntoView?.({ block: 'nearest' });
    },
    [conditions.length],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || editing || closing) return;
      const key = event.key;
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown') go(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go(-1);
      // The summary page has no lights; a reader who may not write only moves and selects.
      else if (onSummary) handled = false;
      else if (key === 'ArrowDown') select(selected + 1);
      else if (key === 'ArrowUp') select(selected - 1);
      else if (/^[1-9]$/.test(key) && Number(key) <= conditions.length) select(Number(key) - 1);
      else if (!canWrite) handled = false;
      else if (COLOUR_KEYS[key.toLowerCase()]) setColour(COLOUR_KEYS[key.toLowerCase()]!);
      else if (key.toLowerCase() === 'b') void confirm();
      else if (key === 'Enter' && !isActivatable(event.target)) setEditing({});
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    go,
    select,
    selected,
    conditions.length,
    setColour,
    confirm,
    editing,
    closing,
    onSummary,
    canWrite,
  ]);

  const close = async () => {
    const closed = await runWrite(() => closeMeeting(meeting.id));
    setClosing(false);
    if (!closed) return;
    if (document.fullscreenElement) void document.exitFullscreen?.();
    showToast({ message: tm.closed });
    navigate(paths.meetingMinutes(meeting.id));
  };

  const title = meetingTitle(meeting);

  return (
    <section className="meeting-room" aria-labelledby="meeting-mode-title">
      <header className="meeting-bar">
        <h1 id="meeting-mode-title">{tm.modeTitle(title)}</h1>
        <p className="meeting-progress" aria-live="polite">
          {tm.progress(discussed, total)}
        </p>
        <progress
          className="meeting-progress-bar"
          value={discussed}
          max={Math.max(1, total)}
          aria-hidden="true"
        />
        <div className="meeting-bar-actions">
          {projection.currentPerson && personSwitcher}
          <Link className="button" to={paths.meeting(meeting.id)}>
            {tm.toPlan}
          </Link>
          {fullscreen.supported && (
            <button
              type="button"
              className="button"
              aria-pressed={fullscreen.on}
              onClick={fullscreen.toggle}
            >
              {fullscreen.on ? tm.exitFullscreen : tm.fullscreen}
            </button>
          )}
          {canWrite && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setClosing(true)}
            >
              {tm.close}
            </button>
          )}
        </div>
      </header>

      {onSummary ? (
        <article className="meeting-summary" aria-label={tm.summary.position}>
          <MunicipalSummaryTable
            meeting={meeting}
            board={board}
            today={today}
            headingId="meeting-summary-title"
          />
          <nav className="meeting-nav" aria-label={tm.summary.position}>
            <button type="button" className="button" disabled>
              ← {tm.previous}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={currentPage >= pages - 1}
              onClick={() => go(1)}
            >
              {tm.next} →
            </button>
          </nav>
        </article>
      ) : !item || !youth || !shownYouth ? (
        <p className="meeting-empty">{tm.emptyAgenda}</p>
      ) : (
        <article className="meeting-youth" aria-labelledby="meeting-youth-name">
          <div className="meeting-youth-head">
            <h2 id="meeting-youth-name">{label}</h2>
            <span className="meeting-position">{tm.position(position + 1, total)}</span>
            <span className={`meeting-badge${item.discussedAt ? ' meeting-badge-done' : ''}`}>
              {item.discussedAt ? `✓ ${tm.discussedBadge}` : tm.notDiscussedBadge}
            </span>
          </div>
          <YouthFacts youth={shownYouth} today={today} />
          {refusal?.youthId === youth.id && unassessed.length > 0 && (
            <ConfirmRefusal
              who={label}
              conditions={unassessed}
              attempt={refusal.attempt}
              onAssess={(first) => {
                setSelected(conditions.indexOf(first));
                setEditing({});
              }}
            />
          )}

          <div className="meeting-columns">
            <section className="meeting-lights-panel" aria-labelledby="meeting-lights-title">
              <h3 id="meeting-lights-title">{tm.lightsHeading}</h3>
              <ul className="meeting-lights" ref={lightsRef}>
                {conditions.map((c, i) => {
                  const cell = cells[i];
                  if (!cell) return null;
                  const shown = cell.assessment && projectLight(cell.assessment, projection);
                  return (
                    <li key={c.id}>
                      <button
                        type="button"
                        className={`meeting-light${i === selected ? ' meeting-light-selected' : ''}`}
                        aria-pressed={i === selected}
                        data-condition-index={i}
                        aria-label={tm.lightButton(c.name, t.light[cell.state])}
                        onClick={() => {
                          setSelected(i);
                          if (canWrite) setEditing({});
                        }}
                      >
                        <span className="meeting-light-key" aria-hidden="true">
                          {i + 1}
                        </span>
                        <Stoplight state={cell.state} size="large" />
                        <span className="meeting-light-text">
                          <strong>{c.name}</strong>{' '}
                          <span className="meeting-light-word">{t.light[cell.state]}</span>
                          {reasonMissing(shown) && (
                            <span className="reason-missing">{t.lightEditor.reasonMissing}</span>
                          )}
                          {(shown?.reason || shown?.action) && (
                            <span className="meeting-light-reason">
                              {shown.reason}
                              {shown.reason && shown.action && ' · '}
                              {shown.action && (
                                <span className="meeting-light-action">
                                  → {shown.action}
                                  <OwnerText light={shown} />
                                  {shown.actionFrom && (
                                    <span className="carried-mark">
                                      {' '}
                                      – {t.lightEditor.carriedMark}
                                    </span>
                                  )}
                                </span>
                              )}
                            </span>
                          )}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {condition && <Criteria condition={condition} />}
            </section>

            {/* Below 820 px height this column scrolls on its own (styles.css), so the lights and the
                navigation fit a 1366×768 projector; then it takes a tab stop, so the keyboard can scroll it. */}
            <div
              className="meeting-side"
              role="region"
              aria-label={tm.sideLabel}
              ref={setSide}
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs focus for keyboard scrolling
              tabIndex={sideScrolls ? 0 : undefined}
            >
              <YouthSignals youth={youth} board={board} today={today} projection={projection} />
              <OpenActions youth={youth} board={board} today={today} projection={projection} />
              <RecentHistory
                youthId={youth.id}
                conditions={board.allConditions}
                meetingId={meeting.id}
              />
              <AgendaNotes
                key={`${meeting.id}-${youth.id}`}
                meeting={meeting}
                youthId={youth.id}
                notes={item.notes}
                canWrite={canWrite}
              />
            </div>
          </div>

          <nav className="meeting-nav" aria-label={tm.position(position + 1, total)}>
            <button
              type="button"
              className="button"
              disabled={currentPage === 0}
              onClick={() => go(-1)}
            >
              ← {tm.previous}
            </button>
            {canWrite && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void confirm()}
              >
                {tm.confirm}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={currentPage >= pages - 1}
              onClick={() => go(1)}
            >
              {tm.next} →
            </button>
          </nav>
        </article>
      )}

      {/* Open from the start: the room sees which key does what (it fits 1366×768). */}
      <details className="meeting-keys" open>
        <summary>{tm.keysHeading}</summary>
        <dl>
          {tm.keys.map(([keys, meaning]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>

      {canWrite && youth && condition && (
        <LightEditor
          open={editing !== null}
          youthLabel={label}
          condition={condition}
          current={board.lights.get(cellKey(youth.id, condition.id))}
          initialColour={editing?.initialColour}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            const written = await write(condition, input);
            if (written) setEditing(null);
          }}
        />
      )}

      {closing && (
        <Dialog open title={tm.close} onClose={() => setClosing(false)}>
          <div className="dialog-body">
            <p>{tm.closeConfirm}</p>
            <p>{tm.progress(discussed, total)}</p>
            <div className="dialog-actions">
              <button
                type="button"
                className="button"
                data-autofocus
                onClick={() => setClosing(false)}
              >
                {t.actions.cancel}
              </button>
              <button type="button" className="button button-primary" onClick={() => void close()}>
                {tm.close}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/**
 * Why "Besproken, ongewijzigd" wrote nothing, with a button that opens the
 * first unassessed light in the light editor. The button takes the focus, so
 * B and then Enter lead straight to the light that needs a decision.
 */
function ConfirmRefusal({
  who,
  conditions,
  attempt,
  onAssess,
}: {
  who: string;
  conditions: readonly Condition[];
  attempt: number;
  onAssess: (condition: Condition) => void;
}) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    buttonRef.current?.focus();
  }, [attempt]);
  const first = conditions[0];
  if (!first) return null;
  return (
    <div className="meeting-refusal">
      <p role="alert">
        <span aria-hidden="true">⚠ </span>
        {tm.confirmRefused(
          who,
          conditions.map((condition) => condition.name),
        )}
      </p>
      <button
        type="button"
        className="button button-primary"
        ref={buttonRef}
        onClick={() => onAssess(first)}
      >
        {tm.assessFirst(first.name)}
      </button>
    </div>
  );
}

function YouthFacts({ youth, today }: { youth: Youth; today: string }) {
  return (
    <dl className="meeting-facts">
      <div>
        <dt className="visually-hidden">{tm.col.youth}</dt>
        <dd>
          {tm.age(ageOn(youth.birthDate, today))} · {youth.municipality} · {youth.location}
        </dd>
      </div>
      <div>
        <dt>{tm.placement}</dt>
        <dd>
          {t.placementType[youth.placementType]} ({formatDate(youth.placementStart)})
        </dd>
      </div>
      {youth.plannedEnd && (
        <div>
          <dt>{tm.plannedEnd}</dt>
          <dd>{formatDate(youth.plannedEnd)}</dd>
        </div>
      )}
      <div>
        <dt>{tm.perspective}</dt>
        <dd>{youth.perspective ? t.perspective[youth.perspective] : t.perspective.onbekend}</dd>
      </div>
    </dl>
  );
}

function Criteria({ condition }: { condition: Condition }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="meeting-criteria">
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? tm.hideCriteria : tm.showCriteria}
      </button>
      {open && (
        <section aria-label={tm.criteriaHeading(condition.name)}>
          <h4>{tm.criteriaHeading(condition.name)}</h4>
          <dl>
            {(['red', 'amber', 'green'] as const).map((colour) => (
              <div key={colour}>
                <dt>
                  <Stoplight state={colour} /> {t.light[colour]}
                </dt>
                <dd>{condition.criteria[colour]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}

function useYouthHistory(youthId: YouthId) {
  return useLiveQuery(() => historyForYouth(youthId), [youthId]);
}

function signalText(
  signal: Signal,
  conditionName: (id: string) => string,
  youth: Youth,
  today: string,
): string {
  const s = tm.signal;
  switch (signal.kind) {
    case 'reviewRequested':
      return s.reviewRequested(signal.note);
    case 'turningEighteen':
      return s.turningEighteen(eighteenthBirthday(youth.birthDate, today).text);
    case 'plannedEndNearWithRed':
      return s.plannedEndNearWithRed(formatDate(signal.plannedEnd));
    case 'plannedEndPassed':
      return s.plannedEndPassed(formatDate(signal.plannedEnd));
    case 'redStreak':
      return s.redStreak(conditionName(signal.conditionId), signal.count);
    case 'escalationOpen':
      return s.escalationOpen(signal.question, formatDate(signal.answerDueOn));
    case 'actionOverdue':
      return s.actionOverdue(
        conditionName(signal.conditionId),
        signal.action,
        formatDate(signal.dueDate),
      );
    case 'noPerspective':
      return s.noPerspective(signal.age);
    case 'evaluationDue':
      return s.evaluationDue(formatDate(signal.date));
    case 'reasonMissing':
      return s.reasonMissing(signal.conditionIds.map(conditionName).join(', '));
    case 'stale':
      return s.stale(signal.weeks);
  }
}

/** " (Mehmet K.)" in a case review; " (actiehouder: zorgcoördinator)" where only the role may be shown. */
function OwnerText({ light }: { light: Assessment }) {
  const owner = ownerShown(light);
  if (!owner) return null;
  return (
    <>
      {owner.kind === 'name' ? ` (${owner.name})` : ` (${tm.ownerRole(t.ownerRole[owner.role])})`}
    </>
  );
}

function YouthSignals({
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
  const requests = useLiveQuery(() => listReviewRequestsForYouth(youth.id), [youth.id]);
  const settings = useLiveQuery(getSettings, []);
  const signals = useMemo(
    () =>
      // Red streaks come with the current lights (kept on every write), as on the board.
      requests && settings
        ? signalsFor({
            youth,
            conditions: board.conditions,
            lights: board.lights,
            reviewRequests: requests,
            thresholds: resolveThresholds(settings.signalThresholds),
            today,
          })
        : [],
    [requests, settings, youth, board.conditions, board.lights, today],
  );
  if (signals.length === 0) return null;
  const name = (id: string) => board.allConditions.find((c) => c.id === id)?.name ?? '';
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
            {signalText(
              signal.kind === 'reviewRequested' && !projection.reviewRequestNote
                ? { ...signal, note: '' }
                : signal,
              name,
              youth,
              today,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OpenActions({
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
const RecentHistory = memo(function RecentHistory({
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

function AgendaNotes({
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
