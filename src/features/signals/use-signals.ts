import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { indexCurrentLights, type CurrentLightIndex } from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { YouthId } from '@/domain/ids';
import {
  redLights,
  resolveThresholds,
  signalsByYouth,
  type Signal,
  type SignalThresholds,
} from '@/domain/signals';
import type { Assessment, Condition, Youth } from '@/domain/types';
import { listCurrentLights } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import { listUnresolvedReviewRequests } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import { redStreaksFor } from '@/db/signal-repository';
import { listPlacedYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import type { ExplainContext } from '@/i18n/nl/signals';
import { formatDate } from '@/ui/format';

export type SignalsData = {
  loading: boolean;
  youths: Youth[];
  youthById: Map<string, Youth>;
  conditions: Condition[];
  lights: Assessment[];
  lightIndex: CurrentLightIndex;
  thresholds: SignalThresholds;
  byYouth: Map<YouthId, Signal[]>;
};

const EMPTY_STREAKS = new Map<string, number>();

/**
 * Every active signal, live: young people, conditions and current lights (one
 * row per cell), open review requests, thresholds, and the red streaks of red
 * cells only (cached per newest record, see `redStreaksFor`).
 */
export function useSignals(today: string): SignalsData {
  const youths = useLiveQuery(listPlacedYouths, []);
  const allConditions = useLiveQuery(listConditions, []);
  const lights = useLiveQuery(listCurrentLights, []);
  const requests = useLiveQuery(listUnresolvedReviewRequests, []);
  const settings = useLiveQuery(getSettings, []);
  const streaks = useLiveQuery(() => redStreaksFor(redLights(lights ?? [])), [lights]);

  const conditions = useMemo(() => activeConditions(allConditions ?? []), [allConditions]);
  const lightIndex = useMemo(() => indexCurrentLights(lights ?? []), [lights]);
  const thresholds = useMemo(
    () => resolveThresholds(settings?.signalThresholds),
    [settings?.signalThresholds],
  );
  const youthById = useMemo(
    () => new Map((youths ?? []).map((youth) => [youth.id as string, youth])),
    [youths],
  );
  const byYouth = useMemo(
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

  return {
    loading:
      youths === undefined ||
      allConditions === undefined ||
      lights === undefined ||
      requests === undefined ||
      settings === undefined ||
      streaks === undefined,
    youths: youths ?? [],
    youthById,
    conditions,
    lights: lights ?? [],
    lightIndex,
    thresholds,
    byYouth,
  };
}

/** Names and dates for the Dutch explanations. */
export function useExplainContext(conditions: readonly Condition[]): ExplainContext {
  return useMemo(() => {
    const names = new Map(conditions.map((condition) => [condition.id as string, condition.name]));
    return {
      conditionName: (id) => names.get(id) ?? '?',
      date: (iso) => formatDate(iso.slice(0, 10)),
    };
  }, [conditions]);
}

export function explainSignal(signal: Signal, context: ExplainContext): string {
  return t.signals.explain(signal, context);
}
