import {
  inScope,
  proposeAgenda,
  redAndOverduePriority,
  signalPriority,
  type AgendaScope,
} from '@/domain/meetings';
import type { AgendaItem, MeetingType } from '@/domain/meeting-types';
import { resolveThresholds, signalsByYouth } from '@/domain/signals';
import type { IsoDate } from '@/domain/types';
import { listUnresolvedReviewRequests } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import type { BoardState } from './use-meetings';

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
  const [reviewRequests, settings] = await Promise.all([
    listUnresolvedReviewRequests(),
    getSettings(),
  ]);
  const signals = signalsByYouth({
    youths: candidates,
    conditions: board.conditions,
    lights: board.lights,
    reviewRequests,
    thresholds: resolveThresholds(settings.signalThresholds),
    today,
  });
  const fallback = redAndOverduePriority(board.conditions, board.lights, today);
  return proposeAgenda({
    type,
    youths: candidates,
    municipalities,
    ...(type === 'caseReview' ? { scope } : {}),
    priority: signalPriority(signals, fallback),
  });
}
