import {
  inScope,
  proposeAgenda,
  redAndOverduePriority,
  signalPriority,
  type AgendaScope,
} from '@/domain/meetings';
import type { AgendaItem, MeetingType } from '@/domain/meeting-types';
import type { IsoDate } from '@/domain/types';
import { observeSignals, type LiveSignals } from '@/db/signal-queries';
import type { BoardState } from './use-meetings';

/**
 * The shared signals as they are now: at once when a screen already keeps them
 * live (the agenda's reasons do), else after the one computation they start.
 */
function currentSignals(today: IsoDate): Promise<LiveSignals> {
  return new Promise((resolve, reject) => {
    // The value may come during `subscribe`: leave after it has returned.
    const subscription = observeSignals(today).subscribe((value) => {
      resolve(value);
      queueMicrotask(() => subscription.unsubscribe());
    }, reject);
  });
}

/**
 * The proposed agenda: young people with signals first (by severity), then by
 * red lights and overdue actions. Read once, when the agenda is proposed.
 * A case review can be limited to one location or coordinator (`scope`).
 */
export async function proposeAgendaFor(
  type: MeetingType,
  municipalities: readonly string[],
  board: BoardState,
  today: IsoDate,
  scope: AgendaScope = {},
): Promise<AgendaItem[]> {
  const candidates = board.placed.filter((youth) =>
    type === 'caseReview' ? inScope(youth, scope) : municipalities.includes(youth.municipality),
  );
  // The signals board and Aandacht show; those outside the candidates weigh nothing.
  const { byYouth: signals } = await currentSignals(today);
  const fallback = redAndOverduePriority(board.conditions, board.lights, today);
  return proposeAgenda({
    type,
    youths: candidates,
    municipalities,
    ...(type === 'caseReview' ? { scope } : {}),
    priority: signalPriority(signals, fallback),
  });
}
