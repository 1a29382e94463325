import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { reopenReviewRequest, resolveReviewRequest } from '@/db/review-request-repository';
import { toIsoDate } from '@/domain/dates';
import type { ReviewRequestId } from '@/domain/ids';
import {
  attentionByYouth,
  signalConditionIds,
  type Signal,
  type YouthAttention,
} from '@/domain/signals';
import type { IsoDateTime, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import type { ExplainContext } from '@/i18n/nl/signals';
import { WriteOnly } from '@/ui/capability';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { SeverityBadge } from './severity-badge';
import { explainSignal, useExplainContext, useSignals } from './use-signals';

type GroupBy = 'municipality' | 'coordinator';

const a = t.signals.attention;
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Rows drawn at first; the rest on request (1,000 young people have some 900 with a signal). */
const PAGE = 100;

type Group = {
  key: string;
  label: string;
  rows: YouthAttention[];
  /** Of the whole group, also when only its first rows are drawn. */
  youthCount: number;
  signalCount: number;
};

const signalTotal = (rows: readonly YouthAttention[]) =>
  rows.reduce((sum, row) => sum + row.signals.length, 0);

/** Groups keep the rows' attention order; groups themselves go by name, the unnamed last. */
function groupRows(
  rows: readonly YouthAttention[],
  youthById: ReadonlyMap<string, Youth>,
  groupBy: GroupBy,
): Group[] {
  const groups = new Map<string, YouthAttention[]>();
  for (const row of rows) {
    const youth = youthById.get(row.youthId);
    const key = (groupBy === 'municipality' ? youth?.municipality : youth?.coordinator) ?? '';
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => (x === '' ? 1 : y === '' ? -1 : collator.compare(x, y)))
    .map(([key, list]) => ({
      key,
      label: key || a.noCoordinator,
      rows: list,
      youthCount: list.length,
      signalCount: signalTotal(list),
    }));
}

/** The first `limit` rows over the groups, in order; a group past the limit is left out. */
function firstRows<G extends Group>(groups: readonly G[], limit: number): G[] {
  const shown: G[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(left >= group.rows.length ? group : { ...group, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return shown;
}

type OpenRequest = Extract<Signal, { kind: 'reviewRequested' }>;
const isRequest = (signal: Signal): signal is OpenRequest => signal.kind === 'reviewRequested';

export function AttentionPage() {
  const today = toIsoDate(new Date());
  const data = useSignals(today);
  const context = useExplainContext(data.conditions);
  const [groupBy, setGroupBy] = useState<GroupBy>('municipality');
  const [limit, setLimit] = useState(PAGE);
  const groupName = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const focusYouth = useRef<string | null>(null);
  const showToast = useUiStore((state) => state.showToast);

  const rows = useMemo(
    () =>
      attentionByYouth(data.byYouth, (x, y) =>
        collator.compare(
          data.youthById.get(x)?.initials ?? '',
          data.youthById.get(y)?.initials ?? '',
        ),
      ),
    [data.byYouth, data.youthById],
  );
  const signalCount = useMemo(() => signalTotal(rows), [rows]);
  // A young person with an open "herbeoordeling nodig" is on top, once, with all their signals.
  const groups = useMemo(() => {
    const requests = rows.filter((row) => row.signals.some(isRequest));
    const rest = rows.filter((row) => !row.signals.some(isRequest));
    const grouped = groupRows(rest, data.youthById, groupBy);
    return requests.length > 0
      ? [
          {
            key: '',
            label: a.requestsTitle,
            rows: requests,
            youthCount: requests.length,
            signalCount: signalTotal(requests),
          },
          ...grouped,
        ].map((group, index) => ({ ...group, urgent: index === 0 }))
      : grouped.map((group) => ({ ...group, urgent: false }));
  }, [rows, data.youthById, groupBy]);
  const shown = useMemo(() => firstRows(groups, limit), [groups, limit]);
  const shownCount = shown.reduce((sum, group) => sum + group.rows.length, 0);

  useEffect(() => {
    const id = focusYouth.current;
    if (!id) return;
    const link = bodyRef.current?.querySelector<HTMLElement>(
      `[data-youth="${CSS.escape(id)}"] a.attention-youth`,
    );
    // A reopened request comes back with a later live update: keep waiting for its row.
    if (!link) return;
    focusYouth.current = null;
    link.focus();
  }, [shown]);

  const showMore = (count: number) => {
    focusYouth.current = groups.flatMap((group) => group.rows)[shownCount]?.youthId ?? null;
    setLimit(shownCount + count);
  };

  const reopen = async (
    closed: { id: ReviewRequestId; resolvedAt: IsoDateTime }[],
    who: string,
  ) => {
    const done = await runWrite(() =>
      Promise.all(closed.map((request) => reopenReviewRequest(request.id, request.resolvedAt))),
    );
    if (!done) return;
    showToast({ message: a.discussedUndone(who) });
    // The toast's button is gone: land on the page, then on the young person's row once it is back.
    titleRef.current?.focus();
    focusYouth.current = done[0]?.youthId ?? null;
  };

  /** "Besproken": closes the young person's open requests, as the youth page's button does. */
  const discuss = async (requests: readonly OpenRequest[], who: string) => {
    const closed = await runWrite(() =>
      Promise.all(requests.map((request) => resolveReviewRequest(request.requestId))),
    );
    if (!closed) return;
    const undoable = closed.flatMap((request) =>
      request.resolvedAt ? [{ id: request.id, resolvedAt: request.resolvedAt }] : [],
    );
    showToast({
      message: a.discussedDone(who),
      action: { label: t.actions.undo, run: () => void reopen(undoable, who) },
    });
    // The row moves to its group (or goes): keep keyboard users on the page, not on <body>.
    titleRef.current?.focus();
  };

  return (
    <section className="attention-page" aria-labelledby="attention-title">
      <div className="page-header">
        <h1 id="attention-title" ref={titleRef} tabIndex={-1}>
          {a.title}
        </h1>
        <WriteOnly>
          <Link to={paths.settings()} className="no-print">
            {a.thresholdsLink}
          </Link>
        </WriteOnly>
      </div>
      <p className="muted">{a.intro}</p>
      {data.loading ? (
        <p role="status" className="muted">
          {a.loading}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-filter">{a.empty}</p>
      ) : (
        <>
          <div className="toolbar attention-toolbar">
            <fieldset className="segmented">
              <legend>{a.groupBy}</legend>
              {(['municipality', 'coordinator'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={groupName}
                    value={option}
                    checked={groupBy === option}
                    onChange={() => setGroupBy(option)}
                  />
                  {option === 'municipality' ? a.byMunicipality : a.byCoordinator}
                </label>
              ))}
            </fieldset>
            <p className="row-count" aria-live="polite">
              {a.summary(signalCount, rows.length)}
            </p>
          </div>
          <p className="muted attention-order">{a.order}</p>
          <div ref={bodyRef}>
            {shown.map((group) => (
              <SignalGroup
                key={`${group.urgent ? 'requests' : groupBy}-${group.key}`}
                id={group.urgent ? 'attention-requests' : `attention-${groupBy}-${group.key}`}
                title={a.groupTitle(group.label, group.youthCount, group.signalCount)}
                tableLabel={group.urgent ? group.label : a.tableLabel(group.label)}
                rows={group.rows}
                youthById={data.youthById}
                context={context}
                urgent={group.urgent}
                onDiscuss={discuss}
              />
            ))}
          </div>
          {shownCount < rows.length && (
            <div className="show-more no-print">
              <p className="muted">{a.showing(shownCount, rows.length)}</p>
              <button type="button" className="button" onClick={() => showMore(PAGE)}>
                {a.showMore(Math.min(PAGE, rows.length - shownCount))}
              </button>
              {rows.length - shownCount > PAGE && (
                <button type="button" className="button" onClick={() => showMore(rows.length)}>
                  {a.showAll(rows.length)}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function SignalGroup({
  id,
  title,
  tableLabel,
  rows,
  youthById,
  context,
  urgent,
  onDiscuss,
}: {
  id: string;
  title: string;
  tableLabel: string;
  rows: readonly YouthAttention[];
  youthById: ReadonlyMap<string, Youth>;
  context: ExplainContext;
  urgent: boolean;
  onDiscuss: (requests: readonly OpenRequest[], who: string) => void;
}) {
  const headingId = useId();
  return (
    <section
      className={`signal-group${urgent ? ' signal-group-urgent' : ''}`}
      aria-labelledby={headingId}
      data-group={id}
    >
      <h2 id={headingId}>{title}</h2>
      <table className="simple attention-table" aria-label={tableLabel}>
        <thead>
          <tr>
            <th scope="col" className="attention-col-youth">
              {a.columns.youth}
            </th>
            <th scope="col" className="attention-col-place">
              {a.columns.place}
            </th>
            <th scope="col">{a.columns.signals}</th>
            <th scope="col" className="attention-col-handle no-print">
              {a.columns.handle}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <AttentionRow
              key={row.youthId}
              row={row}
              youth={youthById.get(row.youthId)}
              context={context}
              onDiscuss={onDiscuss}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AttentionRow({
  row,
  youth,
  context,
  onDiscuss,
}: {
  row: YouthAttention;
  youth: Youth | undefined;
  context: ExplainContext;
  onDiscuss: (requests: readonly OpenRequest[], who: string) => void;
}) {
  const initials = youth?.initials ?? '?';
  const requests = row.signals.filter(isRequest);
  return (
    <tr data-youth={row.youthId}>
      <th scope="row" className="attention-col-youth">
        <Link to={paths.youthDetail(row.youthId)} className="attention-youth">
          {initials}
        </Link>
      </th>
      <td className="attention-col-place">
        {youth?.municipality}
        {youth?.location && <span className="muted attention-location">{youth.location}</span>}
      </td>
      <td>
        <ul className="signal-list" aria-label={a.signalsOf(initials)}>
          {row.signals.map((signal, index) => (
            <li key={`${signal.kind}-${index}`} className="signal-item">
              <SeverityBadge severity={signal.severity} />
              <span className="signal-kind">{t.signals.kind[signal.kind]}</span>
              <span className="signal-text">
                {explainSignal(signal, context)}
                {signalConditionIds(signal).map((conditionId) => (
                  <Link
                    key={conditionId}
                    to={paths.youthLight(row.youthId, conditionId)}
                    className="signal-light no-print"
                    aria-label={a.lightLabel(context.conditionName(conditionId), initials)}
                  >
                    {context.conditionName(conditionId)}
                  </Link>
                ))}
              </span>
              {signal.kind === 'redStreak' && (
                <WriteOnly>
                  <Link
                    to={paths.youthEscalate(signal.youthId, signal.conditionId)}
                    className="button signal-escalate no-print"
                    aria-label={te.fromCandidateLabel(
                      initials,
                      context.conditionName(signal.conditionId),
                    )}
                  >
                    {te.fromCandidate}
                  </Link>
                </WriteOnly>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td className="attention-col-handle no-print">
        {requests.length > 0 && (
          <WriteOnly>
            <button
              type="button"
              className="button button-small"
              aria-label={a.discussedLabel(initials)}
              onClick={() => onDiscuss(requests, initials)}
            >
              {a.discussed}
            </button>
          </WriteOnly>
        )}
      </td>
    </tr>
  );
}
