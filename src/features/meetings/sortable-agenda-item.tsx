import type { YouthId } from '@/domain/ids';
import type { Youth } from '@/domain/types';
import { tm } from '@/i18n/meetings';
import { DragHandle, useSortableItem } from '@/ui/sortable-list';
import { Stoplight } from '@/ui/stoplight';
import type { ReasonView } from './agenda-reasons';

export type AgendaFocusSlot = 'handle' | 'up' | 'down' | 'remove';
export const agendaFocusKey = (id: string, slot: AgendaFocusSlot) => `${id}:${slot}`;

type SortableAgendaItemProps = {
  youthId: YouthId;
  youth: Youth | undefined;
  label: string;
  position: number;
  total: number;
  /** Why the young person is on the agenda, in the order that placed them. */
  reasons: readonly ReasonView[];
  discussed: boolean;
  editable: boolean;
  onMove: (youthId: YouthId, by: -1 | 1) => void;
  onRemove: (youthId: YouthId) => void;
};

/** One young person on the agenda: drag handle, facts, and buttons that work without dragging. */
export function SortableAgendaItem({
  youthId,
  youth,
  label,
  position,
  total,
  reasons,
  discussed,
  editable,
  onMove,
  onRemove,
}: SortableAgendaItemProps) {
  const { item, handle, isDragging } = useSortableItem(youthId, { disabled: !editable });
  const isFirst = position === 1;
  const isLast = position === total;

  return (
    <li
      {...item}
      className={`agenda-item${isDragging ? ' agenda-item-dragging' : ''}`}
      data-youth-id={youthId}
    >
      {editable && (
        <DragHandle
          handle={handle}
          className="agenda-handle"
          label={tm.handle(label)}
          focusKey={agendaFocusKey(youthId, 'handle')}
        />
      )}
      <span className="agenda-position" aria-hidden="true">
        {position}
      </span>
      <div className="agenda-body">
        <strong className="agenda-name">{label}</strong>
        <span className="muted">{youth ? `${youth.municipality} · ${youth.location}` : ''}</span>
        {discussed && <span className="agenda-discussed">✓ {tm.discussedMark}</span>}
        {reasons.length > 0 && (
          <p className="agenda-reasons">
            <span className="agenda-reasons-label">{tm.reasonsLabel}</span>{' '}
            {reasons.map((reason, index) => (
              <span key={reason.key} className="agenda-reason">
                {index > 0 && <span aria-hidden="true"> · </span>}
                {reason.severity && (
                  <span
                    className={`agenda-reason-severity agenda-reason-severity-${reason.severity}`}
                  >
                    {tm.signal.severity[reason.severity]}
                  </span>
                )}
                {reason.red && <Stoplight state="red" />} {reason.text}
                {index < reasons.length - 1 && <span className="visually-hidden">;</span>}
              </span>
            ))}
          </p>
        )}
      </div>
      {editable && (
        <div className="agenda-actions">
          {/* aria-disabled, not disabled: the button keeps focus when the item reaches the end. */}
          <button
            type="button"
            className="button button-small"
            aria-label={tm.moveUpLabel(label)}
            aria-disabled={isFirst || undefined}
            data-focus-key={agendaFocusKey(youthId, 'up')}
            onClick={() => {
              if (!isFirst) onMove(youthId, -1);
            }}
          >
            <span aria-hidden="true">↑</span> {tm.moveUp}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={tm.moveDownLabel(label)}
            aria-disabled={isLast || undefined}
            data-focus-key={agendaFocusKey(youthId, 'down')}
            onClick={() => {
              if (!isLast) onMove(youthId, 1);
            }}
          >
            <span aria-hidden="true">↓</span> {tm.moveDown}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={tm.removeLabel(label)}
            data-focus-key={agendaFocusKey(youthId, 'remove')}
            onClick={() => onRemove(youthId)}
          >
            {tm.remove}
          </button>
        </div>
      )}
    </li>
  );
}
