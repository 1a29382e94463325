import { useRef, useState } from 'react';
import { activeConditions, moveItem } from '@/domain/conditions';
import type { ConditionId } from '@/domain/ids';
import type { Condition } from '@/domain/types';
import {
  addCondition,
  reorderConditions,
  setConditionRetired,
  updateCondition,
  type ConditionFields,
} from '@/db/condition-repository';
import { t } from '@/i18n/dictionary';
import { useCanWrite } from '@/ui/capability';
import { Dialog } from '@/ui/dialog';
import { SortableList } from '@/ui/sortable-list';
import { usePendingFocus } from '@/ui/use-pending-focus';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { ConditionFormDialog } from './condition-form-dialog';
import { ConditionBody, focusKey, SortableConditionItem } from './sortable-condition-item';
import { useConditions } from './use-conditions';
import { useInitialFocus } from './use-initial-focus';
import { tc } from '@/i18n/conditions';

/** Settings page for the conditions: order, texts per colour, retire and restore. */
export function ConditionsPage() {
  const conditions = useConditions();
  const canWrite = useCanWrite();
  if (!conditions) {
    return (
      <section aria-labelledby="conditions-title">
        <h1 id="conditions-title">{tc.title}</h1>
        <p className="muted" role="status">
          {tc.loading}
        </p>
      </section>
    );
  }
  if (!canWrite) return <ConditionsReadOnly conditions={activeConditions(conditions)} />;
  return <ConditionsEditor conditions={conditions} />;
}

/** Read-only: the conditions in board order and what each colour means; nothing to change. */
function ConditionsReadOnly({ conditions }: { conditions: Condition[] }) {
  return (
    <section className="conditions-page" aria-labelledby="conditions-title">
      <h1 id="conditions-title">{tc.title}</h1>
      <div className="conditions-intro">
        <p>{tc.intro}</p>
      </div>
      {conditions.length === 0 ? (
        <p className="muted">{tc.noneActive}</p>
      ) : (
        <ol className="condition-list">
          {conditions.map((condition, index) => (
            <li
              key={condition.id}
              className="condition-item condition-item-read"
              data-condition-id={condition.id}
            >
              <span className="condition-position" aria-hidden="true">
                {index + 1}
              </span>
              <ConditionBody condition={condition} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type DialogState =
  { kind: 'add' } | { kind: 'edit'; id: ConditionId } | { kind: 'retire'; id: ConditionId } | null;

/** A new order shown at once, until the database answers with any newer list. */
type PendingOrder = { ids: ConditionId[]; basis: readonly Condition[] };

function inOrder(active: Condition[], ids: readonly ConditionId[]): Condition[] {
  const byId = new Map(active.map((condition) => [condition.id, condition]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return ordered.length === active.length ? ordered : active;
}

function ConditionsEditor({ conditions }: { conditions: Condition[] }) {
  const [dialog, setDialog] = useState<DialogState>(null);
  const [pendingOrder, setPendingOrder] = useState<PendingOrder | null>(null);
  const [status, setStatus] = useState('');
  const showToast = useUiStore((state) => state.showToast);
  const rootRef = useRef<HTMLElement>(null);
  // The control to focus once it is rendered: moved, retired or restored items change place.
  const pendingFocusRef = usePendingFocus(rootRef);

  const live = activeConditions(conditions);
  const active =
    pendingOrder && pendingOrder.basis === conditions ? inOrder(live, pendingOrder.ids) : live;
  const retired = conditions.filter((condition) => condition.retired);
  const total = active.length;
  const ids = active.map((condition) => condition.id);

  const reorder = async (from: number, to: number) => {
    const next = moveItem(active, from, to).map((condition) => condition.id);
    setPendingOrder({ ids: next, basis: conditions });
    const saved = await runWrite(async () => {
      // Retired conditions keep their relative order after the active ones.
      await reorderConditions([...next, ...retired.map((condition) => condition.id)]);
      return true;
    });
    if (!saved) setPendingOrder(null);
  };

  const moveBy = (condition: Condition, by: -1 | 1) => {
    const from = active.findIndex((item) => item.id === condition.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= total) return;
    // React may move this item's DOM node; keep the keyboard on the same button.
    pendingFocusRef.current = focusKey(condition.id, by < 0 ? 'up' : 'down');
    setStatus(tc.movedTo(condition.name, to + 1, total));
    void reorder(from, to);
  };

  const onDrop = (from: number, to: number) => {
    pendingFocusRef.current = focusKey(ids[from]!, 'handle');
    void reorder(from, to);
  };
  const nameOf = (id: string) => active.find((condition) => condition.id === id)?.name ?? '';

  const restore = async (condition: Condition) => {
    pendingFocusRef.current = focusKey(condition.id, 'handle');
    const done = await runWrite(() => setConditionRetired(condition.id, false));
    if (!done) {
      pendingFocusRef.current = null;
      return;
    }
    showToast({ message: tc.restored(condition.name) });
  };

  const retire = async (condition: Condition) => {
    setDialog(null);
    pendingFocusRef.current = focusKey(condition.id, 'restore');
    const done = await runWrite(() => setConditionRetired(condition.id, true));
    if (!done) {
      pendingFocusRef.current = null;
      return;
    }
    showToast({
      message: tc.retireDialog.done(condition.name),
      action: { label: t.actions.undo, run: () => void restore(condition) },
    });
  };

  const save = async (fields: ConditionFields): Promise<boolean> => {
    if (dialog?.kind === 'edit') {
      const updated = await runWrite(() => updateCondition(dialog.id, fields));
      if (!updated) return false;
      setDialog(null);
      showToast({ message: tc.form.saved(updated.name) });
      return true;
    }
    const created = await runWrite(() => addCondition(fields));
    if (!created) return false;
    pendingFocusRef.current = focusKey(created.id, 'edit');
    setDialog(null);
    showToast({ message: tc.form.added(created.name) });
    return true;
  };

  const dialogCondition =
    dialog && dialog.kind !== 'add'
      ? conditions.find((condition) => condition.id === dialog.id)
      : undefined;

  return (
    <section className="conditions-page" aria-labelledby="conditions-title" ref={rootRef}>
      <div className="page-header">
        <h1 id="conditions-title">{tc.title}</h1>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setDialog({ kind: 'add' })}
        >
          {tc.add}
        </button>
      </div>
      <div className="conditions-intro">
        <p>{tc.intro}</p>
        <p>{tc.introHistory}</p>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>

      <section aria-labelledby="conditions-active">
        <h2 id="conditions-active">{tc.activeHeading}</h2>
        {active.length === 0 ? (
          <p className="muted">{tc.noneActive}</p>
        ) : (
          <>
            <p className="muted">{tc.activeIntro}</p>
            <SortableList
              ids={ids}
              labelOf={nameOf}
              texts={tc.drag}
              onReorder={onDrop}
              className="condition-list"
            >
              {active.map((condition, index) => (
                <SortableConditionItem
                  key={condition.id}
                  condition={condition}
                  position={index + 1}
                  total={total}
                  onMove={moveBy}
                  onEdit={(item) => setDialog({ kind: 'edit', id: item.id })}
                  onRetire={(item) => setDialog({ kind: 'retire', id: item.id })}
                />
              ))}
            </SortableList>
          </>
        )}
      </section>

      <section aria-labelledby="conditions-retired">
        <h2 id="conditions-retired">{tc.retiredHeading}</h2>
        {retired.length === 0 ? (
          <p className="muted">{tc.noneRetired}</p>
        ) : (
          <>
            <p className="muted">{tc.retiredIntro}</p>
            <ul className="condition-retired-list">
              {retired.map((condition) => (
                <li key={condition.id} className="condition-retired-item">
                  <div>
                    <h3>{condition.name}</h3>
                    {condition.description && (
                      <p className="condition-description">{condition.description}</p>
                    )}
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={tc.restoreLabel(condition.name)}
                    data-focus-key={focusKey(condition.id, 'restore')}
                    onClick={() => void restore(condition)}
                  >
                    {tc.restore}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {dialog?.kind === 'add' && (
        <ConditionFormDialog
          conditions={conditions}
          onSave={save}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && dialogCondition && (
        <ConditionFormDialog
          condition={dialogCondition}
          conditions={conditions}
          onSave={save}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'retire' && dialogCondition && (
        <RetireDialog
          condition={dialogCondition}
          onConfirm={() => void retire(dialogCondition)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

function RetireDialog({
  condition,
  onConfirm,
  onClose,
}: {
  condition: Condition;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // Cancel first: retiring is reversible, but not what a stray Enter should do.
  useInitialFocus(bodyRef, '[data-initial-focus]');
  const bodyId = `${condition.id}-retire-body`;
  return (
    <Dialog
      open
      title={tc.retireDialog.title(condition.name)}
      onClose={onClose}
      describedBy={bodyId}
    >
      <div className="dialog-body" ref={bodyRef}>
        <div id={bodyId}>
          <p>{tc.retireDialog.body(condition.name)}</p>
          <p>{tc.retireDialog.later}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" data-initial-focus onClick={onClose}>
            {t.actions.cancel}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {tc.retire}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
