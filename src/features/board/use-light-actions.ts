import { useCallback } from 'react';
import type { ConditionId, YouthId } from '@/domain/ids';
import type { Assessment, LightColour, LightInput } from '@/domain/types';
import { setLight, undoAssessment } from '@/db/assessment-repository';
import { t } from '@/i18n/dictionary';
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
export function useLightActions() {
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
      showToast({
        message: t.board.lightSet(target.youthLabel, target.conditionName, t.light[written.colour]),
        action: { label: t.actions.undo, run: () => void undo(written, target) },
      });
      return written;
    },
    [showToast, undo],
  );

  /** A one-key colour keeps the open action, owner and due date: only the colour changes. */
  const setColour = useCallback(
    (target: Target, colour: LightColour, current: Assessment | undefined) =>
      save(target, {
        colour,
        reason: current?.reason,
        action: current?.action,
        actionOwner: current?.actionOwner,
        dueDate: current?.dueDate,
        discussedWithYouth: current?.discussedWithYouth,
      }),
    [save],
  );

  return { save, setColour, undo };
}
