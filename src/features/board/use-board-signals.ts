import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CurrentLightIndex } from '@/domain/board';
import type { YouthId } from '@/domain/ids';
import { redLights, resolveThresholds, signalsByYouth, type Signal } from '@/domain/signals';
import type { Assessment, Condition, Youth } from '@/domain/types';
import { listUnresolvedReviewRequests } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import { redStreaksFor } from '@/db/signal-repository';

const EMPTY_STREAKS = new Map<string, number>();

/**
 * Signals per row, from the data the board already holds plus open review
 * requests, thresholds and the red streaks of red cells. The streak query runs
 * after the board is shown, so it never delays the first paint of the lights.
 */
export function useBoardSignals(
  youths: readonly Youth[] | undefined,
  conditions: readonly Condition[],
  lights: readonly Assessment[] | undefined,
  lightIndex: CurrentLightIndex,
  today: string,
): Map<YouthId, Signal[]> {
  const requests = useLiveQuery(listUnresolvedReviewRequests, []);
  const settings = useLiveQuery(getSettings, []);
  const streaks = useLiveQuery(() => redStreaksFor(redLights(lights ?? [])), [lights]);
  const thresholds = useMemo(
    () => resolveThresholds(settings?.signalThresholds),
    [settings?.signalThresholds],
  );
  return useMemo(
    () =>
      signalsByYouth({
        youths: youths ?? [],
        conditions,
        lights: lightIndex,
        redStreaks: streaks ?? EMPTY_STREAKS,
        reviewRequests: requests ?? [],
        thresholds,
        today,
      }),
    [youths, conditions, lightIndex, streaks, requests, thresholds, today],
  );
}
