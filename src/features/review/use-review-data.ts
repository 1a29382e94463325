import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activeConditions } from '@/domain/conditions';
import { endOfDayMs } from '@/domain/state-at-date';
import type { Escalation, EscalationUpdate } from '@/domain/escalation';
import type { OutflowCheck } from '@/domain/follow-up-types';
import type { Assessment, Condition, IsoDate, Youth } from '@/domain/types';
import { escalationRecords } from '@/db/escalation-repository';
import { listOutflowChecks } from '@/db/outflow-check-repository';
import { listConditions } from '@/db/condition-repository';
import {
  listAllYouths,
  listAssessmentsBefore,
  listAssessmentsOfYouthsBefore,
} from '@/db/history-queries';
import { getSettings } from '@/db/settings-repository';
import { providerNameOr } from '@/domain/aggregation';
import { tr } from '@/i18n/review';

export type ReviewBase = {
  /** Every young person, placed and left, of every municipality. */
  youths: Youth[];
  /** Active conditions, in board order: the same columns as the board. */
  conditions: Condition[];
  providerName: string;
  /** Follow-up answers after outflow, for the report's key figures. */
  checks: OutflowCheck[];
};

export type ReviewData = ReviewBase & {
  /**
   * The history up to the end of `until`; later changes are never read. Only the
   * young people of the municipalities asked for, when the view asked for some.
   */
  assessments: Assessment[];
  /**
   * Escalations and their updates of the same young people, as stored; the
   * report counts only those dated on or before its own date.
   */
  escalations?: Escalation[];
  escalationUpdates?: EscalationUpdate[];
};

/** Young people, conditions and the provider's name, live; undefined while loading. */
export function useReviewBase(): ReviewBase | undefined {
  const youths = useLiveQuery(listAllYouths, []);
  const allConditions = useLiveQuery(listConditions, []);
  const settings = useLiveQuery(getSettings, []);
  const checks = useLiveQuery(listOutflowChecks, []);
  return useMemo(() => {
    if (!youths || !allConditions || !settings || !checks) return undefined;
    return {
      youths,
      conditions: activeConditions(allConditions),
      providerName: providerNameOr(settings.providerName, tr.reportProvider),
      checks,
    };
  }, [youths, allConditions, settings, checks]);
}

/**
 * `base` with the history up to the end of `until`: of the young people of
 * `municipalities`, or of everyone when that is undefined. Undefined until the
 * history for exactly this month and these municipalities has been read, so a
 * view never shows one selection's figures under another's name. At 1,000 young
 * people the whole history is 70,000 records and reading it takes IndexedDB
 * about two seconds here; one municipality's share takes a fraction of that.
 */
export function useReviewHistory(
  base: ReviewBase | undefined,
  until: IsoDate,
  municipalities?: readonly string[],
): ReviewData | undefined {
  const key = municipalities ? JSON.stringify(municipalities) : '*';
  const ids = useMemo(() => {
    if (!base || !municipalities) return undefined;
    const chosen = new Set(municipalities);
    return base.youths.filter((youth) => chosen.has(youth.municipality)).map((youth) => youth.id);
    // `key` stands for the municipalities' contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, key]);
  const history = useLiveQuery(async () => {
    if (!base) return undefined;
    const end = endOfDayMs(until);
    const assessments = ids
      ? await listAssessmentsOfYouthsBefore(ids, end)
      : await listAssessmentsBefore(end);
    const escalations = await escalationRecords(ids);
    return { key, until, assessments, escalations };
  }, [base === undefined, ids, key, until]);
  return useMemo(() => {
    if (!base || !history || history.key !== key || history.until !== until) return undefined;
    return {
      ...base,
      assessments: history.assessments,
      escalations: history.escalations.escalations,
      escalationUpdates: history.escalations.updates,
    };
  }, [base, history, key, until]);
}

/** Live data for the review views; undefined while loading. */
export function useReviewData(
  until: IsoDate,
  municipalities?: readonly string[],
): ReviewData | undefined {
  return useReviewHistory(useReviewBase(), until, municipalities);
}
