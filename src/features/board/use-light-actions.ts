import { useCallback } from 'react';
import { oneKeyLight } from '@/domain/carry-over';
import type { ConditionId, YouthId } from '@/domain/ids';
import type { Assessment, LightColour, LightInput } from '@/domain/types';
import { completeAction } from '@/db/action-repository';
import { setLight, undoAssessment } from '@/db/assessment-repository';
import { t } from '@/i18n/dictionary';
import { showLightToast } from '@/ui/light-toast';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

type Target = {
  youthId: YouthId;
  conditionId: ConditionId;
  youthLabel: string;
  conditionName: string;
};

/**
 * Writes a light and offers undo in a toast. Undo appends a record that
 * restores the previous light; it never deletes history.
 */
export function useLightActions(onWritten?: (assessment: Assessment, target: Target) => void) {
  const showToast = useUiStore((state) => state.showToast);

  const undo = useCallback(
    async (assessment: Assessment, target: Target) => {
      const restored = await runWrite(() => undoAssessment(assessment.id));
      if (restored) {
        showToast({
          message: t.board.undone(
            target.youthLabel,
            target.conditionName,
            t.light[restored.colour],
          ),
        });
      }
    },
    [showToast],
  );

  const save = useCallback(
    async (target: Target, input: LightInput) => {
      const written = await runWrite(() => setLight(target.youthId, target.conditionId, input));
      if (!written) return undefined;
      showLightToast({
        written,
        youthLabel: target.youthLabel,
        conditionName: target.conditionName,
        undo: (assessment) => void undo(assessment, target),
        completeAction: (light) =>
          runWrite(() => completeAction(light.youthId, light.conditionId, light.id)),
        onWritten: (assessment) => onWritten?.(assessment, target),
      });
      return written;
    },
    [undo, onWritten],
  );

  /** A one-key colour: what it carries over is the domain's rule (`oneKeyLight`). */
  const setColour = useCallback(
    (target: Target, colour: LightColour, current: Assessment | undefined) =>
      save(target, oneKeyLight(current, colour)),
    [save],
  );

  return { save, setColour, undo };
}
