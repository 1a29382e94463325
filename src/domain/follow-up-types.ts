import type { FollowUpId, ReviewRequestId, YouthId } from './ids';
import type { IsoDate, IsoDateTime, RecordMeta } from './types';

export type ReviewTrigger = 'crisis' | 'schoolDropout' | 'placementBreakdown' | 'other';

/** "Herbeoordeling nodig": an event asks for the young person to be discussed before the next meeting. */
export type ReviewRequest = RecordMeta & {
  id: ReviewRequestId;
  youthId: YouthId;
  trigger: ReviewTrigger;
  note: string;
  requestedAt: IsoDateTime;
  /** Set when the young person was discussed after the request. */
  resolvedAt?: IsoDateTime;
};

/** The answer to a follow-up check 3 or 6 months after leaving: did outflow last? */
export type OutflowCheck = RecordMeta & {
  id: FollowUpId;
  youthId: YouthId;
  monthsAfter: 3 | 6;
  checkedOn: IsoDate;
  /**
   * False when the young person could not be reached: the two answers below
   * are then unknown (stored as false) and never counted. Absent on answers
   * recorded before this field existed, which all reached the young person.
   */
  reached?: boolean;
  stillInIntendedPlace: boolean;
  backInCare: boolean;
  note: string;
};
