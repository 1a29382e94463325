import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { createContext, useContext, useRef, type CSSProperties, type ReactNode } from 'react';

/**
 * What a screen reader hears while an item is dragged. Each list passes its own dictionary
 * section (the texts name what is moved: a condition, a young person on the agenda).
 */
export type SortableTexts = {
  roleDescription: string;
  instructions: string;
  pickedUp: (label: string, position: number, total: number) => string;
  over: (label: string, position: number, total: number) => string;
  notOver: (label: string) => string;
  dropped: (label: string, position: number, total: number) => string;
  droppedOutside: (label: string) => string;
  cancelled: (label: string, position: number, total: number) => string;
};

const RoleDescription = createContext('');

type SortableListProps = {
  ids: string[];
  labelOf: (id: string) => string;
  texts: SortableTexts;
  /** An item was dropped on another place; both are indexes into `ids`. */
  onReorder: (from: number, to: number) => void;
  className: string;
  'aria-labelledby'?: string;
  /** The items, each built with `useSortableItem` and a `DragHandle`. */
  children: ReactNode;
};

/**
 * An ordered list whose items move by mouse, touch or keyboard (space, arrows, space) with a
 * spoken account of each step. Items should also offer up/down buttons: dragging is a shortcut.
 */
export function SortableList({
  ids,
  labelOf,
  texts,
  onReorder,
  className,
  'aria-labelledby': labelledBy,
  children,
}: SortableListProps) {
  const lastOver = useRef<UniqueIdentifier | undefined>(undefined);
  // Mouse and touch apart (not one pointer sensor): a finger must rest on the handle for a
  // moment before it drags, so brushing past it does not reorder; a mouse drags after 4 px.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const total = ids.length;
  const positionOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const nameOf = (id: UniqueIdentifier) => labelOf(String(id));

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return texts.pickedUp(nameOf(active.id), positionOf(active.id), total);
    },
    onDragOver: ({ active, over }) => {
      // dnd-kit reports the starting place as "over" right after pick-up; that would drown the pick-up text.
      if (over?.id === lastOver.current) return undefined;
      lastOver.current = over?.id;
      if (!over) return texts.notOver(nameOf(active.id));
      return texts.over(nameOf(active.id), positionOf(over.id), total);
    },
    onDragEnd: ({ active, over }) => {
      if (!over) return texts.droppedOutside(nameOf(active.id));
      return texts.dropped(nameOf(active.id), positionOf(over.id), total);
    },
    onDragCancel: ({ active }) => texts.cancelled(nameOf(active.id), positionOf(active.id), total),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = positionOf(active.id) - 1;
    const to = positionOf(over.id) - 1;
    if (from < 0 || to < 0) return;
    onReorder(from, to);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: texts.instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <RoleDescription.Provider value={texts.roleDescription}>
          <ol className={className} aria-labelledby={labelledBy}>
            {children}
          </ol>
        </RoleDescription.Provider>
      </SortableContext>
    </DndContext>
  );
}

type HandleProps = ReturnType<typeof useSortableItem>['handle'];

/** Wires one `<li>` of a SortableList: spread `item` on it and pass `handle` to its DragHandle. */
export function useSortableItem(id: string, { disabled = false } = {}) {
  const roleDescription = useContext(RoleDescription);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, disabled, attributes: { roleDescription } });
  // Translate, not Transform: items differ in height and must not be scaled.
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  return {
    item: { ref: setNodeRef, style },
    handle: { ref: setActivatorNodeRef, ...attributes, ...listeners },
    isDragging,
  };
}

type DragHandleProps = {
  handle: HandleProps;
  label: string;
  className: string;
  focusKey: string;
};

/** The grip a pointer drags and the keyboard picks up (space or Enter). */
export function DragHandle({ handle, label, className, focusKey }: DragHandleProps) {
  const { ref, ...rest } = handle;
  return (
    <button
      type="button"
      ref={ref}
      className={className}
      aria-label={label}
      data-focus-key={focusKey}
      {...rest}
    >
      <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
        {[2, 8, 14].map((y) =>
          [2, 8].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />),
        )}
      </svg>
    </button>
  );
}
