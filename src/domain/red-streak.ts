import type { Assessment } from './types';

export type RedStreak = {
  /** Reviews in a row, newest backwards, that said red. */
  reviews: number;
  /** When the first of those reviews was made. */
  since?: string;
};

/** The run of red reviews at the end of a cell's history (oldest first). */
export function redStreak(history: readonly Assessment[]): RedStreak {
  let reviews = 0;
  let since: string | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const assessment = history[i] as Assessment;
    if (assessment.colour !== 'red') break;
    reviews += 1;
    since = assessment.assessedAt;
  }
  return since === undefined ? { reviews } : { reviews, since };
}
