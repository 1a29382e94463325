// Branded ids: a YouthId cannot be passed where a ConditionId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type YouthId = Brand<string, 'YouthId'>;
export type ConditionId = Brand<string, 'ConditionId'>;
export type AssessmentId = Brand<string, 'AssessmentId'>;
export type MeetingId = Brand<string, 'MeetingId'>;
export type ReviewRequestId = Brand<string, 'ReviewRequestId'>;
export type FollowUpId = Brand<string, 'FollowUpId'>;
export type ReportNoteId = Brand<string, 'ReportNoteId'>;
export type EscalationId = Brand<string, 'EscalationId'>;
export type EscalationUpdateId = Brand<string, 'EscalationUpdateId'>;

/** A random RFC 4122 v4 UUID; the caller passes the source so tests can be deterministic. */
export function newId<T extends string>(random: () => string = () => crypto.randomUUID()): T {
  return random() as T;
}
