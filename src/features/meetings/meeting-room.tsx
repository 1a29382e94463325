import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { cellKey } from '@/domain/board';
import { oneKeyLight, reasonMissing } from '@/domain/carry-over';
import { ageOn, toIsoDate } from '@/domain/dates';
import type { YouthId } from '@/domain/ids';
import { cellState, type CellState } from '@/domain/light';
import { discussedCount, unassessedConditions } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import { meetingProjection, projectLight, projectYouth } from '@/domain/municipal-review';
import type { Condition, LightColour, LightInput, Youth } from '@/domain/types';
import { completeAction } from '@/db/action-repository';
import { undoAssessment } from '@/db/assessment-repository';
import {
  closeMeeting,
  confirmLights,
  setMeetingLight,
  UnassessedLightsError,
} from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { useCanWrite } from '@/ui/capability';
import { Dialog } from '@/ui/dialog';
import { formatAge, formatDate } from '@/ui/format';
import { LightEditor } from '@/ui/light-editor';
import { showLightToast } from '@/ui/light-toast';
import { Link, navigate, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { useUiStore } from '@/ui/store';
import { exitFullscreen, useFullscreen } from '@/ui/use-fullscreen';
import { useScrolls } from '@/ui/use-scrolls';
import { runWrite } from '@/ui/write';
import {
  AgendaNotes,
  OpenActions,
  OwnerText,
  RecentHistory,
  YouthSignals,
} from './meeting-side-panels';
import { MunicipalSummaryTable } from './municipal-summary';
import { meetingTitle, youthLabel, type BoardState } from './use-meetings';
import { useMeetingKeys } from './use-meeting-keys';

/**
 * The meeting in progress, one page per young person on the agenda (after the
 * opening figures of a municipal review): their lights, set by key or in the
 * light editor, and beside them the side panels.
 */
export function MeetingRoom({
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

  const edit = useCallback(() => setEditing({}), []);
  useMeetingKeys({
    active: !editing && !closing,
    onSummary,
    canWrite,
    conditionCount: conditions.length,
    selected,
    go,
    select,
    setColour,
    confirm,
    edit,
  });

  const close = async () => {
    const closed = await runWrite(() => closeMeeting(meeting.id));
    setClosing(false);
    if (!closed) return;
    exitFullscreen();
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
          <MeetingNav
            label={tm.summary.position}
            canGoBack={currentPage > 0}
            canGoOn={currentPage < pages - 1}
            go={go}
            nextIsPrimary
          />
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

          <MeetingNav
            label={tm.position(position + 1, total)}
            canGoBack={currentPage > 0}
            canGoOn={currentPage < pages - 1}
            go={go}
          >
            {canWrite && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void confirm()}
              >
                {tm.confirm}
              </button>
            )}
          </MeetingNav>
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
 * Vorige and Volgende under every page, with what the page adds between them
 * ("Besproken, ongewijzigd" under a young person). On the opening figures
 * Volgende is the one thing to do, so it is the primary button there.
 */
function MeetingNav({
  label,
  canGoBack,
  canGoOn,
  go,
  nextIsPrimary = false,
  children,
}: {
  label: string;
  canGoBack: boolean;
  canGoOn: boolean;
  go: (by: number) => void;
  nextIsPrimary?: boolean;
  children?: ReactNode;
}) {
  return (
    <nav className="meeting-nav" aria-label={label}>
      <button type="button" className="button" disabled={!canGoBack} onClick={() => go(-1)}>
        ← {tm.previous}
      </button>
      {children}
      <button
        type="button"
        className={nextIsPrimary ? 'button button-primary' : 'button'}
        disabled={!canGoOn}
        onClick={() => go(1)}
      >
        {tm.next} →
      </button>
    </nav>
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
          {formatAge(ageOn(youth.birthDate, today), tm.age)} · {youth.municipality} ·{' '}
          {youth.location}
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
