import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activeConditions } from '@/domain/conditions';
import { endOfDayMs } from '@/domain/state-at-date';
import type { Assessment, Condition, IsoDate, Youth } from '@/domain/types';
import { listConditions } from '@/db/condition-repository';
import { listAllYouths, listAssessmentsBefore } from '@/db/history-queries';
import { getSettings } from '@/db/settings-repository';
import { providerNameOr } from '@/domain/aggregation';
import { t } from '@/i18n/dictionary';

export type ReviewData = {
  youths: Youth[];
  /** Active conditions, in board order: the same columns as the board. */
  conditions: Condition[];
  /** The history up to the end of `until`; later changes are never read. */
  assessments: Assessment[];
  providerName: string;
};

/** Live data for the review views; undefined while loading. */
export function useReviewData(until: IsoDate): ReviewData | undefined {
  const youths = useLiveQuery(listAllYouths, []);
  const allConditions = useLiveQuery(listConditions, []);
  const assessments = useLiveQuery(() => listAssessmentsBefore(endOfDayMs(until)), [until]);
  const settings = useLiveQuery(getSettings, []);
  return useMemo(() => {
    if (!youths || !allConditions || !assessments || !settings) return undefined;
    return {
      youths,
      conditions: activeConditions(allConditions),
      assessments,
      providerName: providerNameOr(settings.providerName, t.review.reportProvider),
    };
  }, [youths, allConditions, assessments, settings]);
}
