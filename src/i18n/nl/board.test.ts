import { describe, expect, it } from 'vitest';
import type { AssessmentId, ConditionId, YouthId } from '@/domain/ids';
import type { Assessment } from '@/domain/types';
import { board } from './board';

const at = '2026-11-01T10:00:00.000Z';
const cell = { youthId: 'y' as YouthId, conditionId: 'c' as ConditionId };

function makeAssessment(fields: Pick<Assessment, 'colour' | 'reason'> & typeof cell): Assessment {
  return {
    id: 'a' as AssessmentId,
    action: '',
    actionOwner: '',
    discussedWithYouth: 'notDiscussed',
    assessedAt: at,
    assessedBy: 'Anna',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Anna',
    ...fields,
  };
}

describe('the board cell’s tooltip', () => {
  it('says the reason is missing by the same rule as the "!" mark (a blank reason is none)', () => {
    const title = board.cellTitle(makeAssessment({ ...cell, colour: 'red', reason: '  ' }), '2 wk');
    expect(title).toContain('Reden ontbreekt');
    expect(title).not.toContain('Ontbreekt:');
  });

  it('shows the reason when there is one, and asks none of green', () => {
    expect(
      board.cellTitle(makeAssessment({ ...cell, colour: 'amber', reason: 'Wachtlijst' }), '2 wk'),
    ).toContain('Ontbreekt: Wachtlijst');
    expect(
      board.cellTitle(makeAssessment({ ...cell, colour: 'green', reason: '' }), 'vandaag'),
    ).not.toContain('Reden ontbreekt');
  });
});
