import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { completeAction, type ActionAssessment } from '@/db/action-repository';
import { undoAssessment } from '@/db/assessment-repository';
import { listOutflowChecks } from '@/db/outflow-check-repository';
import { observeCurrentLightBuckets } from '@/db/board-queries';
import { listLeftYouths } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import {
  dueFollowUps,
  groupActionsByOwner,
  openActions,
  sortActionsByDueDate,
  type FollowUpDue,
  type OpenAction,
} from '@/domain/signals';
import { t } from '@/i18n/dictionary';
import { useCanWrite, WriteOnly } from '@/ui/capability';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import type { Youth } from '@/domain/types';
import { Stoplight } from '@/ui/stoplight';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { FollowUpDialog } from './follow-up-dialog';
import { ReplanDialog } from './replan-dialog';
import { usePlacedYouthsAndConditions } from './use-signals';

type Order = 'dueDate' | 'owner';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Rows shown at first and added per "show more". A provider with 1,000 young
 * people has some 3,000 open actions: rendering them all took three seconds.
 * Overdue actions come first, so the first page is the one a meeting needs.
 */
export const ACTIONS_PAGE = 100;

type ActionGroup = { owner: string; actions: OpenAction[] };

/** Every action in the order shown: by due date in one group, or per owner. */
function inOrder(actions: readonly OpenAction[], order: Order): ActionGroup[] {
  return order === 'dueDate'
    ? [{ owner: '', actions: sortActionsByDueDate(actions) }]
    : groupActionsByOwner(actions);
}

/** The first `limit` actions of `groups`; each group keeps its full count as `total`. */
function firstOf(
  groups: readonly ActionGroup[],
  limit: number,
): (ActionGroup & { total: number })[] {
  const shown: (ActionGroup & { total: number })[] = [];
  let room = limit;
  for (const group of groups) {
    if (room <= 0) break;
    shown.push({ ...group, actions: group.actions.slice(0, room), total: group.actions.length });
    room -= group.actions.length;
  }
  return shown;
}

export function ActionsPage() {
  const today = toIsoDate(new Date());
  const { youths, conditions } = usePlacedYouthsAndConditions();
  // The current lights the board and the navigation's signal count already keep live:
  // reading the table again cost a second at 5,000 young people.
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const lights = useMemo(() => buckets?.flat(), [buckets]);
  const left = useLiveQuery(listLeftYouths, []);
  const checks = useLiveQuery(listOutflowChecks, []);
  const [owner, setOwner] = useState('');
  const [where, setWhere] = useState<WhereFilter>(NO_WHERE);
  const [order, setOrder] = useState<Order>('dueDate');
  const [limit, setLimit] = useState(ACTIONS_PAGE);
  const canWrite = useCanWrite();
  // After "show more", focus moves to the first row that was added.
  const focusRow = useRef<string | null>(null);
  const tablesRef = useRef<HTMLDivElement>(null);
  const [replanning, setReplanning] = useState<OpenAction | null>(null);
  const [following, setFollowing] = useState<FollowUpDue | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const showToast = useUiStore((state) => state.showToast);
  const ownerId = useId();
  const orderName = useId();

  const actions = useMemo(
    () => openActions(youths ?? [], conditions ?? [], lights ?? [], today),
    [youths, conditions, lights, today],
  );
  const followUps = useMemo(
    () => dueFollowUps(left ?? [], checks ?? [], today),
    [left, checks, today],
  );
  const owners = useMemo(() => {
    const names = new Set<string>();
    for (const action of actions)
      if (action.light.actionOwner.trim()) names.add(action.light.actionOwner.trim());
    for (const due of followUps) if (due.youth.coordinator) names.add(due.youth.coordinator);
    return [...names].sort((a, b) => collator.compare(a, b));
  }, [actions, followUps]);

  const choices = useMemo(() => whereChoices(youths ?? [], left ?? []), [youths, left]);
  const shownActions = useMemo(
    () =>
      actions.filter(
        (action) =>
          matchesWhere(action.youth, where) &&
          (!owner || action.light.actionOwner.trim() === owner),
      ),
    [actions, owner, where],
  );
  // Sorted once per list and order; "show more" only takes a longer slice.
  const ordered = useMemo(() => inOrder(shownActions, order), [shownActions, order]);
  const groups = useMemo(() => firstOf(ordered, limit), [ordered, limit]);
  const shownCount = groups.reduce((sum, group) => sum + group.actions.length, 0);

  useEffect(() => {
    const id = focusRow.current;
    if (!id) return;
    const link = tablesRef.current?.querySelector<HTMLElement>(
      `[data-action="${CSS.escape(id)}"] a`,
    );
    // An undone action comes back with a later live update: keep waiting for its row.
    if (!link) return;
    focusRow.current = null;
    link.focus();
  }, [groups]);

  const showMore = (count: number) => {
    focusRow.current = ordered.flatMap((group) => group.actions)[shownCount]?.light.id ?? null;
    setLimit(shownCount + count);
  };

  const shownFollowUps = followUps.filter(
    (due) => matchesWhere(due.youth, where) && (!owner || due.youth.coordinator === owner),
  );
  const filtered = Boolean(owner) || !sameWhere(where, NO_WHERE);

  /**
   * Undo appends a record that restores the light as it was before (history
   * stays append-only), so the action is open again with its date and owner.
   */
  const undo = async (written: ActionAssessment, undoneMessage: string) => {
    const restored = await runWrite(() => undoAssessment(written.id));
    if (!restored) return;
    showToast({ message: undoneMessage });
    // The toast's button is gone: land on the page, then on the action's row once it is back.
    titleRef.current?.focus();
    focusRow.current = restored.id;
  };

  const offerUndo = (written: ActionAssessment, message: string, undoneMessage: string) =>
    showToast({
      message,
      action: { label: t.actions.undo, run: () => void undo(written, undoneMessage) },
    });

  const complete = async (action: OpenAction) => {
    const done = await runWrite(() =>
      completeAction(action.youth.id, action.condition.id, action.light.id),
    );
    if (done) {
      const { action: text } = action.light;
      offerUndo(
        done,
        t.signals.actions.completed(text, action.youth.initials),
        t.signals.actions.completeUndone(text, action.youth.initials),
      );
      // The row is gone: keep keyboard users on the page, not on <body>.
      titleRef.current?.focus();
    }
  };

  const loading =
    youths === undefined ||
    conditions === undefined ||
    lights === undefined ||
    left === undefined ||
    checks === undefined;

  return (
    <section className="actions-page" aria-labelledby="actions-title">
      <div className="page-header">
        <h1 id="actions-title" ref={titleRef} tabIndex={-1}>
          {t.signals.actions.title}
        </h1>
      </div>
      <p className="muted">{t.signals.actions.intro}</p>
      {loading ? (
        <p role="status" className="muted">
          {t.signals.actions.loading}
        </p>
      ) : (
        <>
          <FollowUpSection followUps={shownFollowUps} onRecord={setFollowing} />

          <div className="toolbar actions-toolbar">
            {WHERE_KEYS.map((key) => (
              <WhereSelect
                key={key}
                field={key}
                value={where[key]}
                options={choices[key]}
                onChange={(value) => {
                  setWhere({ ...where, [key]: value });
                  setLimit(ACTIONS_PAGE);
                }}
              />
            ))}
            <div className="toolbar-field">
              <label htmlFor={ownerId}>{t.signals.actions.owner}</label>
              <select
                id={ownerId}
                value={owner}
                onChange={(event) => {
                  setOwner(event.target.value);
                  setLimit(ACTIONS_PAGE);
                }}
              >
                <option value="">{t.signals.actions.allOwners}</option>
                {owners.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="segmented">
              <legend>{t.signals.actions.order}</legend>
              {(['dueDate', 'owner'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={orderName}
                    value={option}
                    checked={order === option}
                    onChange={() => {
                      setOrder(option);
                      setLimit(ACTIONS_PAGE);
                    }}
                  />
                  {option === 'dueDate' ? t.signals.actions.byDueDate : t.signals.actions.byOwner}
                </label>
              ))}
            </fieldset>
            <p className="row-count" aria-live="polite">
              {t.signals.actions.count(shownActions.length)}
            </p>
          </div>

          {shownActions.length === 0 ? (
            <p className="empty-filter">
              {filtered ? t.signals.actions.emptyFiltered : t.signals.actions.empty}
            </p>
          ) : (
            <div ref={tablesRef}>
              {order === 'dueDate'
                ? groups.map((group) => (
                    <ActionTable
                      key="all"
                      label={t.signals.actions.allTableLabel}
                      actions={group.actions}
                      onComplete={complete}
                      onReplan={setReplanning}
                    />
                  ))
                : groups.map((group) => {
                    const name = group.owner || t.signals.actions.noOwner;
                    return (
                      <section key={group.owner} className="action-group" aria-label={name}>
                        <h2>{`${name} (${group.total})`}</h2>
                        <ActionTable
                          label={t.signals.actions.tableLabel(name)}
                          actions={group.actions}
                          onComplete={complete}
                          onReplan={setReplanning}
                        />
                      </section>
                    );
                  })}
              {shownCount < shownActions.length && (
                <div className="show-more no-print">
                  <p>{t.signals.actions.showing(shownCount, shownActions.length)}</p>
                  <button type="button" className="button" onClick={() => showMore(ACTIONS_PAGE)}>
                    {t.signals.actions.showMore(
                      Math.min(ACTIONS_PAGE, shownActions.length - shownCount),
                    )}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => showMore(shownActions.length)}
                  >
                    {t.signals.actions.showAll(shownActions.length)}
                  </button>
                </div>
              )}
            </div>
          )}
        </>
      )}
      {replanning && canWrite && (
        <ReplanDialog
          action={replanning}
          today={today}
          onClose={() => setReplanning(null)}
          onReplanned={(written, message) =>
            offerUndo(
              written,
              message,
              t.signals.actions.replanUndone(replanning.light.action, replanning.youth.initials),
            )
          }
        />
      )}
      {following && canWrite && (
        <FollowUpDialog
          youth={following.youth}
          monthsAfter={following.monthsAfter}
          today={today}
          onClose={() => setFollowing(null)}
        />
      )}
    </section>
  );
}

function ActionTable({
  label,
  actions,
  onComplete,
  onReplan,
}: {
  label: string;
  actions: readonly OpenAction[];
  onComplete: (action: OpenAction) => void;
  onReplan: (action: OpenAction) => void;
}) {
  const columns = t.signals.actions.columns;
  // Read-only, the actions are read: "Afgerond" and "Opnieuw plannen" are not drawn.
  const canWrite = useCanWrite();
  return (
    <div className="table-scroll">
      <table className="simple actions-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{columns.due}</th>
            <th scope="col">{columns.youth}</th>
            <th scope="col">{columns.condition}</th>
            <th scope="col">{columns.light}</th>
            <th scope="col">{columns.action}</th>
            <th scope="col">{columns.owner}</th>
            {canWrite && <th scope="col">{columns.handle}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr
              key={action.light.id}
              data-action={action.light.id}
              className={action.overdue ? 'action-overdue' : undefined}
            >
              <td>
                {action.light.dueDate
                  ? formatDate(action.light.dueDate)
                  : t.signals.actions.noDueDate}
                {action.overdue && (
                  <span className="overdue-note">
                    <span aria-hidden="true">⚠ </span>
                    {t.signals.actions.overdue(action.daysOverdue)}
                  </span>
                )}
              </td>
              <th scope="row">
                <Link to={paths.youthDetail(action.youth.id)}>{action.youth.initials}</Link>
              </th>
              <td>{action.condition.name}</td>
              <td>
                <span className="action-light">
                  <Stoplight state={action.light.colour} />
                  {t.light[action.light.colour]}
                </span>
              </td>
              <td>
                {action.light.action}
                {action.light.actionFrom && (
                  <span className="carried-mark"> ({t.lightEditor.carriedMark})</span>
                )}
              </td>
              <td>{action.light.actionOwner || '—'}</td>
              {canWrite && (
                <td>
                  <span className="action-buttons">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t.signals.actions.doneLabel(
                        action.light.action,
                        action.youth.initials,
                      )}
                      onClick={() => onComplete(action)}
                    >
                      {t.signals.actions.done}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t.signals.actions.replanLabel(
                        action.light.action,
                        action.youth.initials,
                      )}
                      onClick={() => onReplan(action)}
                    >
                      {t.signals.actions.replan}
                    </button>
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Follow-up checks after outflow: few, dated and easy to miss, so above the actions. */
function FollowUpSection({
  followUps,
  onRecord,
}: {
  followUps: readonly FollowUpDue[];
  onRecord: (due: FollowUpDue) => void;
}) {
  return (
    <section className="follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t.signals.followUp.title}</h2>
      <p className="muted">{t.signals.followUp.intro}</p>
      {followUps.length === 0 ? (
        <p className="empty-filter">{t.signals.followUp.empty}</p>
      ) : (
        <ul className="signal-list">
          {followUps.map((due) => (
            <li key={`${due.youth.id}-${due.monthsAfter}`} className="signal-item">
              <Link to={paths.youthDetail(due.youth.id)} className="signal-youth">
                {due.youth.initials}
              </Link>
              <span className="signal-text">
                {t.signals.followUp.item(due.monthsAfter, formatDate(due.dueOn))}
                {due.youth.coordinator &&
                  ` · ${t.signals.followUp.coordinator(due.youth.coordinator)}`}
              </span>
              <WriteOnly>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t.signals.followUp.recordLabel(due.youth.initials, due.monthsAfter)}
                  onClick={() => onRecord(due)}
                >
                  {t.signals.followUp.record}
                </button>
              </WriteOnly>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const WHERE_KEYS = ['municipality', 'location', 'coordinator'] as const;
type WhereKey = (typeof WHERE_KEYS)[number];
type WhereFilter = Record<WhereKey, string>;
const NO_WHERE: WhereFilter = { municipality: '', location: '', coordinator: '' };

function sameWhere(a: WhereFilter, b: WhereFilter): boolean {
  return WHERE_KEYS.every((key) => a[key] === b[key]);
}

/** Does a young person match the chosen municipality, location and coordinator ('' = all)? */
function matchesWhere(youth: Youth, where: WhereFilter): boolean {
  return WHERE_KEYS.every((key) => !where[key] || (youth[key] ?? '') === where[key]);
}

/** The municipalities, locations and coordinators of the young people concerned, sorted. */
function whereChoices(...lists: readonly (readonly Youth[])[]): Record<WhereKey, string[]> {
  const sets = {
    municipality: new Set<string>(),
    location: new Set<string>(),
    coordinator: new Set<string>(),
  };
  for (const list of lists)
    for (const youth of list)
      for (const key of WHERE_KEYS) {
        const value = youth[key]?.trim();
        if (value) sets[key].add(value);
      }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => collator.compare(a, b));
  return {
    municipality: sorted(sets.municipality),
    location: sorted(sets.location),
    coordinator: sorted(sets.coordinator),
  };
}

function WhereSelect({
  field,
  value,
  options,
  onChange,
}: {
  field: WhereKey;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  const words = t.signals.actions.filters[field];
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{words.label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{words.all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
