import { Fragment, useState } from 'react';
import { reasonMissing } from '@/domain/carry-over';
import type { Assessment, Condition } from '@/domain/types';
import type { CompletedActionField } from '@/domain/signals';
import { t } from '@/i18n/dictionary';
import { SelectField } from '@/ui/fields';
import { formatOwner } from '@/ui/format-owner';
import { formatDate, formatDateTime } from '@/ui/format';
import { LightLabel } from './light-label';

const h = t.youth.history;

/** Every assessment of one young person, newest first, optionally for one condition. */
export function LightHistory({
  history,
  conditions,
}: {
  history: Assessment[];
  conditions: Condition[];
}) {
  const [conditionId, setConditionId] = useState('');
  if (history.length === 0) return <p className="muted">{h.empty}</p>;

  const names = new Map(conditions.map((condition) => [condition.id as string, condition.name]));
  const undone = new Set<string>(history.flatMap((entry) => (entry.undoes ? [entry.undoes] : [])));
  const used = conditions.filter((condition) =>
    history.some((entry) => entry.conditionId === condition.id),
  );
  const shown = conditionId
    ? history.filter((entry) => entry.conditionId === conditionId)
    : history;

  return (
    <>
      <div className="youth-history-filter">
        <SelectField
          label={h.filter}
          value={conditionId}
          onChange={(event) => setConditionId(event.target.value)}
        >
          <option value="">{h.all}</option>
          {used.map((condition) => (
            <option key={condition.id} value={condition.id}>
              {condition.name}
            </option>
          ))}
        </SelectField>
        <p className="muted">{h.count(shown.length)}</p>
      </div>
      <ol className="youth-timeline">
        {shown.map((entry) => (
          <HistoryEntry
            key={entry.id}
            entry={entry}
            conditionName={names.get(entry.conditionId) ?? '?'}
            isUndone={undone.has(entry.id)}
          />
        ))}
      </ol>
    </>
  );
}

type HistoryEntryProps = { entry: Assessment; conditionName: string; isUndone: boolean };

function HistoryEntry({ entry, conditionName, isUndone }: HistoryEntryProps) {
  const carried = entry.actionFrom ? ` (${t.lightEditor.carriedMark})` : '';
  const details: [string, string][] = [
    [t.youth.lights.reason, entry.reason],
    [t.youth.lights.action, entry.action && `${entry.action}${carried}`],
    [t.youth.lights.owner, formatOwner(entry.actionOwner, entry.actionOwnerRole)],
    [t.youth.lights.dueDate, formatDate(entry.dueDate)],
    // Written by "Afgerond" on the actions list (signals feature).
    [t.signals.actions.completedInHistory, (entry as CompletedActionField).completedAction ?? ''],
  ];
  const filled = details.filter(([, value]) => value);
  const enteredLater = Boolean(entry.updatedBy) && entry.updatedBy !== entry.assessedBy;
  return (
    <li className={`youth-timeline-entry${isUndone ? ' youth-timeline-undone' : ''}`}>
      <div className="youth-timeline-when">
        {/* An imported month is dated in its month, at no real hour: the date says enough. */}
        <time dateTime={entry.assessedAt}>
          {enteredLater ? formatDate(entry.assessedAt) : formatDateTime(entry.assessedAt)}
        </time>
        <span className="muted">{h.by(entry.assessedBy)}</span>
        {enteredLater && (
          <span className="muted">{h.enteredBy(entry.updatedBy, formatDate(entry.createdAt))}</span>
        )}
      </div>
      <div>
        <p className="youth-timeline-head">
          <strong>{conditionName}</strong>
          <LightLabel state={entry.colour} />
          {isUndone && <span className="youth-tag">{h.undone}</span>}
          {entry.undoes && <span className="youth-tag">{h.restore}</span>}
          {reasonMissing(entry) && (
            <span className="youth-tag reason-missing">{t.lightEditor.reasonMissing}</span>
          )}
        </p>
        {entry.undoes && <p className="muted">{h.restoreNote}</p>}
        {entry.colour !== 'unassessed' && (
          <>
            {filled.length > 0 && (
              <dl className="definition-grid">
                {filled.map(([label, value]) => (
                  <Fragment key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </Fragment>
                ))}
              </dl>
            )}
            <p className="muted">{t.discussed[entry.discussedWithYouth]}</p>
          </>
        )}
      </div>
    </li>
  );
}
