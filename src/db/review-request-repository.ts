import type { ReviewRequest, ReviewTrigger } from '@/domain/follow-up-types';
import type { ReviewRequestId, YouthId } from '@/domain/ids';
import type { IsoDateTime } from '@/domain/types';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

/**
 * Requests not resolved by hand. Whether one is still open also depends on the
 * lights (assessed after the request = discussed): see domain `isRequestOpen`.
 */
export async function listUnresolvedReviewRequests(): Promise<ReviewRequest[]> {
  // `resolvedAt` is absent on open requests, so the index cannot find them; the table is small.
  return db()
    .reviewRequests.filter((request) => !request.resolvedAt)
    .toArray();
}

/** All requests of one young person, newest first. */
export async function listReviewRequestsForYouth(youthId: YouthId): Promise<ReviewRequest[]> {
  const requests = await db().reviewRequests.where('youthId').equals(youthId).toArray();
  return requests.sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1));
}

export async function requestReview(
  youthId: YouthId,
  trigger: ReviewTrigger,
  note: string,
): Promise<ReviewRequest> {
  return guarded(() =>
    db().transaction('rw', [db().reviewRequests, db().youths, db().settings], async () => {
      if (!(await db().youths.get(youthId))) throw new StorageError('notFound');
      const meta = createMeta(await currentActor());
      const request: ReviewRequest = {
        id: createId<ReviewRequestId>(),
        youthId,
        trigger,
        note: note.trim(),
        requestedAt: meta.createdAt,
        ...meta,
      };
      await db().reviewRequests.add(request);
      return request;
    }),
  );
}

/** "Besproken": closes the request by hand. */
export async function resolveReviewRequest(id: ReviewRequestId): Promise<ReviewRequest> {
  return guarded(() =>
    db().transaction('rw', [db().reviewRequests, db().settings], async () => {
      const existing = await db().reviewRequests.get(id);
      if (!existing) throw new StorageError('notFound');
      const at = nowIso();
      const next: ReviewRequest = {
        ...existing,
        resolvedAt: existing.resolvedAt ?? at,
        updatedAt: at,
        updatedBy: await currentActor(),
      };
      await db().reviewRequests.put(next);
      return next;
    }),
  );
}

/**
 * Undo of "Besproken": the request is open again, as it was before. Only a
 * request closed by hand at `resolvedAt` is reopened, so an undo that comes late
 * (after someone else closed it again) changes nothing.
 */
export async function reopenReviewRequest(
  id: ReviewRequestId,
  resolvedAt: IsoDateTime,
): Promise<ReviewRequest> {
  return guarded(() =>
    db().transaction('rw', [db().reviewRequests, db().settings], async () => {
      const existing = await db().reviewRequests.get(id);
      if (!existing) throw new StorageError('notFound');
      if (existing.resolvedAt !== resolvedAt) return existing;
      const next: ReviewRequest = {
        ...existing,
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      };
      delete next.resolvedAt;
      await db().reviewRequests.put(next);
      return next;
    }),
  );
}
