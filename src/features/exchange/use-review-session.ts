import { useSyncExternalStore } from 'react';
import { activeReview, listReviewSessions, subscribeReview } from '@/db/review-database';

/** The open read-only review (inzage), or undefined when the user sees their own data. */
export function useActiveReview() {
  return useSyncExternalStore(subscribeReview, activeReview);
}

/** The reviews kept in this browser. */
export function useReviewSessions() {
  return useSyncExternalStore(subscribeReview, listReviewSessions);
}
