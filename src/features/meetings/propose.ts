import { proposeAgenda, redAndOverduePriority, signalPriority } from '@/domain/meetings';
import type { AgendaItem, MeetingType } from '@/domain/meeting-types';
import { redLights, resolveThresholds, signalsByYouth } from '@/domain/signals';
import type { IsoDate } from '@/domain/types';
import { listUnresolvedReviewRequests } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import { redStreaksFor } from '@/db/signal-repository';
import type { BoardState } from './use-meetings';

/**
 * The proposed agenda: young people with signals first (by severity), then by
 * red lights and overdue actions. Read once, when the agenda is proposed.
 */
export async function proposeAgendaFor(
  type: MeetingType,
  municipalities: readonly string[],
  board: BoardState,
  today: IsoDate,
): Promise<AgendaItem[]> {
  const candidates = board.placed.filter(
    (youth) => type === 'caseReview' || municipalities.includes(youth.municipality),
  );
  const candidateIds = new Set(candidates.map((youth) => youth.id));
  const [redStreaks, reviewRequests, settings] = await Promise.all([
    redStreaksFor(redLights(board.lights.values()).filter((l) => candidateIds.has(l.youthId))),
    listUnresolvedReviewRequests(),
    getSettings(),
  ]);
  const signals = signalsByYouth({
    youths: candidates,
    conditions: board.conditions,
    lights: board.lights,
    redStreaks,
    reviewRequests,
    thresholds: resolveThresholds(settings.signalThresholds),
    today,
  });
  const fallback = redAndOverduePriority(board.conditions, board.lights, today);
  return proposeAgenda({
    type,
    youths: candidates,
    municipalities,
    priority: signalPriority(signals, fallback),
  });
}
