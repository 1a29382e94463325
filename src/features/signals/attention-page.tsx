import { useId, useMemo, useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import { compareSignals, flattenSignals, type Signal } from '@/domain/signals';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import type { ExplainContext } from '@/i18n/nl/signals';
import { WriteOnly } from '@/ui/capability';
import { Link, paths } from '@/ui/router';
import { SeverityBadge } from './severity-badge';
import { explainSignal, useExplainContext, useSignals } from './use-signals';

type GroupBy = 'municipality' | 'coordinator';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

type Group = { key: string; label: string; signals: Signal[] };

function groupSignals(
  signals: readonly Signal[],
  youthById: ReadonlyMap<string, Youth>,
  groupBy: GroupBy,
): Group[] {
  const groups = new Map<string, Signal[]>();
  for (const signal of signals) {
    const youth = youthById.get(signal.youthId);
    const key = (groupBy === 'municipality' ? youth?.municipality : youth?.coordinator) ?? '';
    const list = groups.get(key);
    if (list) list.push(signal);
    else groups.set(key, [signal]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map(([key, list]) => ({
      key,
      label: key || t.signals.attention.noCoordinator,
      signals: list,
    }));
}

/** Within a severity and kind, the young person's initials keep the list stable. */
function attentionOrder(youthById: ReadonlyMap<string, Youth>) {
  return (a: Signal, b: Signal) =>
    compareSignals(a, b) ||
    collator.compare(
      youthById.get(a.youthId)?.initials ?? '',
      youthById.get(b.youthId)?.initials ?? '',
    );
}

export function AttentionPage() {
  const today = toIsoDate(new Date());
  const data = useSignals(today);
  const context = useExplainContext(data.conditions);
  const [groupBy, setGroupBy] = useState<GroupBy>('municipality');
  const groupName = useId();

  const all = useMemo(() => flattenSignals(data.byYouth), [data.byYouth]);
  const order = useMemo(() => attentionOrder(data.youthById), [data.youthById]);
  const requests = useMemo(
    () => all.filter((signal) => signal.kind === 'reviewRequested').sort(order),
    [all, order],
  );
  const groups = useMemo(
    () =>
      groupSignals(
        all.filter((signal) => signal.kind !== 'reviewRequested'),
        data.youthById,
        groupBy,
      ).map((group) => ({ ...group, signals: group.signals.sort(order) })),
    [all, data.youthById, groupBy, order],
  );

  return (
    <section className="attention-page" aria-labelledby="attention-title">
      <div className="page-header">
        <h1 id="attention-title">{t.signals.attention.title}</h1>
        <WriteOnly>
          <Link to={paths.settings()} className="no-print">
            {t.signals.attention.thresholdsLink}
          </Link>
        </WriteOnly>
      </div>
      <p className="muted">{t.signals.attention.intro}</p>
      {data.loading ? (
        <p role="status" className="muted">
          {t.signals.attention.loading}
        </p>
      ) : all.length === 0 ? (
        <p className="empty-filter">{t.signals.attention.empty}</p>
      ) : (
        <>
          <div className="toolbar attention-toolbar">
            <fieldset className="segmented">
              <legend>{t.signals.attention.groupBy}</legend>
              {(['municipality', 'coordinator'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={groupName}
                    value={option}
                    checked={groupBy === option}
                    onChange={() => setGroupBy(option)}
                  />
                  {option === 'municipality'
                    ? t.signals.attention.byMunicipality
                    : t.signals.attention.byCoordinator}
                </label>
              ))}
            </fieldset>
            <p className="row-count" aria-live="polite">
              {t.signals.attention.summary(all.length, data.byYouth.size)}
            </p>
          </div>
          {requests.length > 0 && (
            <SignalGroup
              id="attention-requests"
              title={t.signals.attention.groupTitle(
                t.signals.attention.requestsTitle,
                requests.length,
              )}
              listLabel={t.signals.attention.requestsTitle}
              signals={requests}
              youthById={data.youthById}
              context={context}
              urgent
            />
          )}
          {groups.map((group) => (
            <SignalGroup
              key={group.key}
              id={`attention-${groupBy}-${group.key}`}
              title={t.signals.attention.groupTitle(group.label, group.signals.length)}
              listLabel={t.signals.attention.listLabel(group.label)}
              signals={group.signals}
              youthById={data.youthById}
              context={context}
            />
          ))}
        </>
      )}
    </section>
  );
}

function SignalGroup({
  id,
  title,
  listLabel,
  signals,
  youthById,
  context,
  urgent = false,
}: {
  id: string;
  title: string;
  listLabel: string;
  signals: readonly Signal[];
  youthById: ReadonlyMap<string, Youth>;
  context: ExplainContext;
  urgent?: boolean;
}) {
  const headingId = useId();
  return (
    <section
      className={`signal-group${urgent ? ' signal-group-urgent' : ''}`}
      aria-labelledby={headingId}
      data-group={id}
    >
      <h2 id={headingId}>{title}</h2>
      <ul className="signal-list" aria-label={listLabel}>
        {signals.map((signal, index) => {
          const youth = youthById.get(signal.youthId);
          return (
            <li key={`${signal.youthId}-${signal.kind}-${index}`} className="signal-item">
              <SeverityBadge severity={signal.severity} />
              <span className="signal-kind">{t.signals.kind[signal.kind]}</span>
              <Link to={paths.youthDetail(signal.youthId)} className="signal-youth">
                {youth?.initials ?? '?'}
              </Link>
              <span className="signal-text">{explainSignal(signal, context)}</span>
              {signal.kind === 'redStreak' && (
                <WriteOnly>
                  <Link
                    to={paths.youthEscalate(signal.youthId, signal.conditionId)}
                    className="button signal-escalate no-print"
                    aria-label={te.fromCandidateLabel(
                      youth?.initials ?? '?',
                      context.conditionName(signal.conditionId),
                    )}
                  >
                    {te.fromCandidate}
                  </Link>
                </WriteOnly>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
