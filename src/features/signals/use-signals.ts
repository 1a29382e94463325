import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { YouthId } from '@/domain/ids';
import type { Signal } from '@/domain/signals';
import type { Condition, Youth } from '@/domain/types';
import { observeConditions, observePlacedYouths } from '@/db/shared-lists';
import { observeSignals } from '@/db/signal-queries';
import { t } from '@/i18n/dictionary';
import type { ExplainContext } from '@/i18n/nl/signals';
import { formatDate } from '@/ui/format';
import { activeConditions } from '@/domain/conditions';

export type SignalsData = {
  loading: boolean;
  youths: readonly Youth[];
  youthById: Map<string, Youth>;
  conditions: readonly Condition[];
  byYouth: ReadonlyMap<YouthId, readonly Signal[]>;
};

const NO_SIGNALS: ReadonlyMap<YouthId, readonly Signal[]> = new Map();
const NOBODY: readonly Youth[] = [];
const NO_CONDITIONS: readonly Condition[] = [];

/**
 * Every active signal, live, with the young people and conditions they are
 * about. Computed once for the whole app and per bucket of young people (see
 * `observeSignals`); the board's markers read the same computation.
 */
export function useSignals(today: string): SignalsData {
  const live = useObservable(() => observeSignals(today), [today]);
  const youths = live?.youths ?? NOBODY;
  const youthById = useMemo(
    () => new Map(youths.map((youth) => [youth.id as string, youth])),
    [youths],
  );
  return {
    loading: live === undefined,
    youths,
    youthById,
    conditions: live?.conditions ?? NO_CONDITIONS,
    byYouth: live?.byYouth ?? NO_SIGNALS,
  };
}

/** The number of active signals, or undefined while they are being worked out. */
export function useSignalCount(today: string): number | undefined {
  return useObservable(() => observeSignals(today), [today])?.count;
}

/** Placed young people and active conditions, live (the actions list needs no signals). */
export function usePlacedYouthsAndConditions(): {
  youths: Youth[] | undefined;
  conditions: Condition[] | undefined;
} {
  const youths = useObservable(observePlacedYouths, []);
  const all = useObservable(observeConditions, []);
  const conditions = useMemo(() => (all ? activeConditions(all) : undefined), [all]);
  return { youths, conditions };
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
