import { useMemo } from 'react';
import type { YouthId } from '@/domain/ids';
import { agendaReasons, type AgendaReason } from '@/domain/meetings';
import { resolveThresholds, type Severity } from '@/domain/signals';
import type { IsoDate, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import type { ExplainContext } from '@/i18n/nl/signals';
import { tm } from '@/i18n/meetings';
import { formatDate } from '@/ui/format';
import { useLiveSignals, type BoardState } from './use-meetings';

/** One reason as the agenda row shows it: a short text, and the severity of a signal. */
export type ReasonView = { key: string; text: string; severity?: Severity; red?: boolean };

/** The reasons in their order, as short Dutch texts; overdue-action signals in a row become one. */
export function reasonViews(
  reasons: readonly AgendaReason[],
  conditionName: (id: string) => string,
): ReasonView[] {
  const context: ExplainContext = { conditionName, date: (iso) => formatDate(iso.slice(0, 10)) };
  const views: ReasonView[] = [];
  for (let index = 0; index < reasons.length; index++) {
    const reason = reasons[index]!;
    const key = `${reason.kind}-${index}`;
    if (reason.kind === 'signal') {
      const { signal } = reason;
      if (signal.kind === 'actionOverdue') {
        const names = [conditionName(signal.conditionId)];
        while (true) {
          const next = reasons[index + 1];
          if (next?.kind !== 'signal' || next.signal.kind !== 'actionOverdue') break;
          names.push(conditionName(next.signal.conditionId));
          index += 1;
        }
        views.push({
          key,
          text: tm.reason.actionOverdue(names),
          severity: signal.severity,
        });
      } else {
        views.push({
          key,
          text: t.signals.phrase(signal, tm.reason.signal, context),
          severity: signal.severity,
        });
      }
    } else if (reason.kind === 'reds') {
      views.push({ key, text: tm.redCount(reason.count), red: true });
    } else if (reason.kind === 'overdueActions') {
      views.push({ key, text: tm.reason.overdueActions(reason.count) });
    } else if (reason.kind === 'turnsEighteen') {
      views.push({ key, text: tm.reason.turnsEighteen(formatDate(reason.on)) });
    } else {
      views.push({ key, text: tm.reason.plannedEnd(formatDate(reason.on)) });
    }
  }
  return views;
}

/**
 * Why each young person on an agenda is there, from today's signals (the ones
 * board and Aandacht show) and lights: the same rules that ordered the
 * proposal. Until the signals are known, the reds and overdue actions alone.
 */
export function useAgendaReasons(
  youthIds: readonly YouthId[],
  board: BoardState,
  today: IsoDate,
): ReadonlyMap<YouthId, ReasonView[]> {
  const live = useLiveSignals(today);
  const key = youthIds.join(',');
  return useMemo(() => {
    const youths = youthIds
      .map((id) => board.youthsById.get(id))
      .filter((youth): youth is Youth => youth?.status === 'placed');
    const thresholds = live?.thresholds ?? resolveThresholds();
    const name = (id: string) => board.allConditions.find((c) => c.id === id)?.name ?? '';
    const result = new Map<YouthId, ReasonView[]>();
    for (const youth of youths) {
      const reasons = agendaReasons({
        youth,
        signals: live?.byYouth.get(youth.id) ?? [],
        conditions: board.conditions,
        lights: board.lights,
        thresholds,
        today,
      });
      result.set(youth.id, reasonViews(reasons, name));
    }
    return result;
    // youthIds is read through its key: a new array with the same people changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, board, live, today]);
}
