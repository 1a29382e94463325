import { useEffect, useState } from 'react';
import { completeAction } from '@/db/action-repository';
import { setLight, undoAssessment } from '@/db/assessment-repository';
import { reasonMissing } from '@/domain/carry-over';
import type { AssessmentId } from '@/domain/ids';
import { cellState, type CellState } from '@/domain/light';
import type { Assessment, Condition, IsoDate, LightInput, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useCanWrite } from '@/ui/capability';
import { formatOwner } from '@/ui/format-owner';
import { formatDate, shortAge } from '@/ui/format';
import { focusWhenShown } from '@/ui/landing';
import { LightEditor } from '@/ui/light-editor';
import { showLightToast } from '@/ui/light-toast';
import { clearHashQuery, hashParam, LIGHT_PARAM } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { LightLabel } from './light-label';

type ConditionLightsProps = {
  youth: Youth;
  /** Active conditions, plus retired ones that still have history. */
  conditions: Condition[];
  current: Assessment[];
  today: IsoDate;
};

const l = t.youth.lights;

/** The id of a condition's row heading, focused by `#/jongere/:id?stoplicht=<condition>`. */
const lightRowId = (conditionId: string) => `light-${conditionId}`;

/** Every condition with its current light; "Wijzig" opens the shared light editor. */
export function ConditionLights({ youth, conditions, current, today }: ConditionLightsProps) {
  const [editing, setEditing] = useState<Condition | null>(null);
  const showToast = useUiStore((state) => state.showToast);
  const currentByCondition = new Map(current.map((light) => [light.conditionId, light]));
  const canWrite = useCanWrite();
  const editable = youth.status === 'placed' && canWrite;

  useEffect(() => {
    // Asked for once (Aandacht's light links): a reload or going back does not jump again.
    const asked = hashParam(LIGHT_PARAM);
    if (asked === null) return;
    clearHashQuery();
    focusWhenShown(lightRowId(asked));
  }, []);

  const undo = async (id: AssessmentId, conditionName: string) => {
    if (await runWrite(() => undoAssessment(id))) showToast({ message: l.undone(conditionName) });
  };

  const save = async (condition: Condition, input: LightInput) => {
    const saved = await runWrite(() => setLight(youth.id, condition.id, input));
    if (!saved) return;
    setEditing(null);
    showLightToast({
      written: saved,
      youthLabel: youth.initials,
      conditionName: condition.name,
      message: l.saved(condition.name, t.light[saved.colour]),
      undo: (assessment) => void undo(assessment.id, condition.name),
      completeAction: (light) =>
        runWrite(() => completeAction(light.youthId, light.conditionId, light.id)),
    });
  };

  return (
    <>
      <table className="simple youth-lights">
        <thead>
          <tr>
            <th scope="col">{l.condition}</th>
            <th scope="col">{l.light}</th>
            <th scope="col">{l.reason}</th>
            <th scope="col">{l.action}</th>
            <th scope="col">{l.owner}</th>
            <th scope="col">{l.dueDate}</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{l.change}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {conditions.map((condition) => (
            <ConditionRow
              key={condition.id}
              condition={condition}
              cell={cellState(youth, condition, currentByCondition.get(condition.id), today)}
              onEdit={editable && !condition.retired ? () => setEditing(condition) : undefined}
              showEditColumn={editable}
            />
          ))}
        </tbody>
      </table>
      {editing && editable && (
        <LightEditor
          open
          youthLabel={youth.initials}
          condition={editing}
          current={currentByCondition.get(editing.id)}
          onSave={(input) => save(editing, input)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

type ConditionRowProps = {
  condition: Condition;
  cell: CellState;
  onEdit?: () => void;
  showEditColumn: boolean;
};

function ConditionRow({ condition, cell, onEdit, showEditColumn }: ConditionRowProps) {
  const light = cell.assessment;
  return (
    <tr>
      <th scope="row" id={lightRowId(condition.id)} tabIndex={-1}>
        {condition.name}
        {condition.retired && <span className="youth-tag">{l.retired}</span>}
      </th>
      <td>
        <LightLabel state={cell.state} automatic={cell.automatic} />
        {cell.ageInDays !== undefined && (
          <span className="youth-light-age muted">
            {cell.ageInDays <= 0 ? l.assessedToday : l.assessedAgo(shortAge(cell.ageInDays))}
          </span>
        )}
      </td>
      <td>
        {light?.reason}
        {reasonMissing(light) && (
          <span className="reason-missing">{t.lightEditor.reasonMissing}</span>
        )}
      </td>
      <td>
        {light?.action}
        {light?.actionFrom && light.action && (
          <span className="carried-mark"> ({t.lightEditor.carriedMark})</span>
        )}
      </td>
      <td>{light && formatOwner(light.actionOwner, light.actionOwnerRole)}</td>
      <td>{formatDate(light?.dueDate)}</td>
      {showEditColumn && (
        <td>
          {onEdit && (
            <button
              type="button"
              className="button button-small"
              aria-label={`${l.change} ${condition.name}`}
              onClick={onEdit}
            >
              {l.change}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
