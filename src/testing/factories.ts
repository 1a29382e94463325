import type { Escalation, EscalationUpdate } from '@/domain/escalation';
import type {
  AssessmentId,
  ConditionId,
  EscalationId,
  EscalationUpdateId,
  YouthId,
} from '@/domain/ids';
import type { Assessment, Condition, Youth } from '@/domain/types';
import type { YouthFields } from '@/domain/youth';

let sequence = 0;
const next = () => (sequence += 1);
const meta = {
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: 'Test',
};

export function makeYouth(overrides: Partial<Youth> = {}): Youth {
  return {
    id: `youth-${next()}` as YouthId,
    initials: 'A.B.',
    birthDate: '2010-06-15',
    municipality: 'Zwolle',
    location: 'De Linde',
    placementType: 'groep',
    placementStart: '2025-01-01',
    status: 'placed',
    ...meta,
    ...overrides,
  };
}

export function makeCondition(overrides: Partial<Condition> = {}): Condition {
  const n = next();
  return {
    id: `condition-${n}` as ConditionId,
    name: `Voorwaarde ${n}`,
    description: '',
    criteria: { red: 'rood', amber: 'oranje', green: 'groen' },
    order: n,
    retired: false,
    ...meta,
    ...overrides,
  };
}

export function makeAssessment(
  overrides: Partial<Assessment> & Pick<Assessment, 'youthId' | 'conditionId'>,
): Assessment {
  const assessedAt = overrides.assessedAt ?? '2026-11-01T10:00:00.000Z';
  return {
    id: `assessment-${next()}` as AssessmentId,
    colour: 'red',
    reason: '',
    action: '',
    actionOwner: '',
    discussedWithYouth: 'notDiscussed',
    assessedAt,
    assessedBy: 'Test',
    ...meta,
    createdAt: assessedAt,
    updatedAt: assessedAt,
    ...overrides,
  };
}

export function makeEscalation(
  overrides: Partial<Escalation> & Pick<Escalation, 'youthId'>,
): Escalation {
  return {
    id: `escalation-${next()}` as EscalationId,
    question: 'Een plek begeleid wonen vóór de uitstroom',
    askedOf: 'contractmanager',
    raisedOn: '2026-11-01',
    answerDueOn: '2026-11-15',
    ...meta,
    ...overrides,
  };
}

export function makeEscalationUpdate(
  overrides: Partial<EscalationUpdate> & Pick<EscalationUpdate, 'escalationId' | 'youthId'>,
): EscalationUpdate {
  return {
    id: `escalation-update-${next()}` as EscalationUpdateId,
    kind: 'answer',
    on: '2026-11-10',
    answer: 'Plek per januari',
    outcome: 'resolved',
    ...meta,
    ...overrides,
  };
}

/** What the young person form hands `addYouth`, for repository tests. */
export function makeYouthFields(overrides: Partial<YouthFields> = {}): YouthFields {
  return {
    initials: 'A.B.',
    clientNumber: undefined,
    birthDate: '2009-03-01',
    municipality: 'Zwolle',
    location: 'De Linde',
    placementType: 'groep',
    placementStart: '2025-01-10',
    plannedEnd: undefined,
    perspective: undefined,
    coordinator: undefined,
    procesregie: undefined,
    notes: undefined,
    ...overrides,
  };
}
