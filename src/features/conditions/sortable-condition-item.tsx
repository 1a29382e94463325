import type { Condition } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { DragHandle, useSortableItem } from '@/ui/sortable-list';
import { Stoplight } from '@/ui/stoplight';
import { tc } from '@/i18n/conditions';

const CRITERIA = ['red', 'amber', 'green'] as const;

/** Marks the controls the page refocuses after the list changes under them. */
export type FocusSlot = 'handle' | 'up' | 'down' | 'edit' | 'retire' | 'restore';
export const focusKey = (id: string, slot: FocusSlot) => `${id}:${slot}`;

type SortableConditionItemProps = {
  condition: Condition;
  position: number;
  total: number;
  onMove: (condition: Condition, by: -1 | 1) => void;
  onEdit: (condition: Condition) => void;
  onRetire: (condition: Condition) => void;
};

/** One active condition: drag handle, texts per colour, and the buttons that work without dragging. */
export function SortableConditionItem({
  condition,
  position,
  total,
  onMove,
  onEdit,
  onRetire,
}: SortableConditionItemProps) {
  const { item, handle, isDragging } = useSortableItem(condition.id);
  const isFirst = position === 1;
  const isLast = position === total;

  return (
    <li
      {...item}
      className={`condition-item${isDragging ? ' condition-item-dragging' : ''}`}
      data-condition-id={condition.id}
    >
      <DragHandle
        handle={handle}
        className="condition-handle"
        label={tc.handle(condition.name)}
        focusKey={focusKey(condition.id, 'handle')}
      />
      <span className="condition-position" aria-hidden="true">
        {position}
      </span>
      <ConditionBody condition={condition} />
      <div className="condition-actions">
        <div className="condition-action-group">
          {/* aria-disabled, not disabled: the button keeps focus when the item reaches the end. */}
          <button
            type="button"
            className="button button-small"
            aria-label={tc.moveUpLabel(condition.name)}
            aria-disabled={isFirst || undefined}
            data-focus-key={focusKey(condition.id, 'up')}
            onClick={() => {
              if (!isFirst) onMove(condition, -1);
            }}
          >
            <span aria-hidden="true">↑</span> {tc.moveUp}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={tc.moveDownLabel(condition.name)}
            aria-disabled={isLast || undefined}
            data-focus-key={focusKey(condition.id, 'down')}
            onClick={() => {
              if (!isLast) onMove(condition, 1);
            }}
          >
            <span aria-hidden="true">↓</span> {tc.moveDown}
          </button>
        </div>
        <div className="condition-action-group">
          <button
            type="button"
            className="button button-small"
            aria-label={tc.editLabel(condition.name)}
            data-focus-key={focusKey(condition.id, 'edit')}
            onClick={() => onEdit(condition)}
          >
            {t.actions.edit}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={tc.retireLabel(condition.name)}
            data-focus-key={focusKey(condition.id, 'retire')}
            onClick={() => onRetire(condition)}
          >
            {tc.retire}
          </button>
        </div>
      </div>
    </li>
  );
}

/** A condition's name, description and what each colour means: what anyone may read. */
export function ConditionBody({ condition }: { condition: Condition }) {
  return (
    <div className="condition-body">
      <div className="condition-title">
        <h3>{condition.name}</h3>
        {condition.appliesFromAge !== undefined && (
          <span className="condition-age">{tc.appliesFrom(condition.appliesFromAge)}</span>
        )}
      </div>
      {condition.description && <p className="condition-description">{condition.description}</p>}
      <dl className="condition-criteria">
        {CRITERIA.map((colour) => (
          <div key={colour}>
            <dt>
              <Stoplight state={colour} />
              {t.light[colour]}
            </dt>
            <dd>{condition.criteria[colour]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
