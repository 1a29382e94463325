import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { cellState, currentLight } from './light';

const youth = makeYouth({ birthDate: '2010-12-01' });
const housing = makeCondition({ name: 'Wonen' });
const transition = makeCondition({ name: '18+ overgang', appliesFromAge: 16 });

describe('currentLight', () => {
  it('is the newest assessment, whatever the order they come in', () => {
    const older = makeAssessment({
      youthId: youth.id,
      conditionId: housing.id,
      colour: 'red',
      assessedAt: '2026-09-01T10:00:00.000Z',
    });
    const newer = makeAssessment({
      youthId: youth.id,
      conditionId: housing.id,
      colour: 'green',
      assessedAt: '2026-10-01T10:00:00.000Z',
    });
    expect(currentLight([newer, older])?.colour).toBe('green');
    expect(currentLight([older, newer])?.colour).toBe('green');
  });

  it('breaks a tie on assessedAt by when it was written', () => {
    const at = '2026-10-01T10:00:00.000Z';
    const first = makeAssessment({
      youthId: youth.id,
      conditionId: housing.id,
      colour: 'red',
      assessedAt: at,
    });
    const second = {
      ...makeAssessment({
        youthId: youth.id,
        conditionId: housing.id,
        colour: 'amber',
        assessedAt: at,
      }),
      createdAt: '2026-10-01T10:00:01.000Z',
    };
    expect(currentLight([second, first])?.colour).toBe('amber');
  });

  it('is undefined without history', () => {
    expect(currentLight([])).toBeUndefined();
  });
});

describe('cellState', () => {
  it('shows niet beoordeeld when nobody set a light', () => {
    expect(cellState(youth, housing, undefined, '2026-11-25')).toEqual({
      state: 'unassessed',
      automatic: false,
    });
  });

  it('makes 18+ overgang n.v.t. below 16, automatically', () => {
    expect(cellState(youth, transition, undefined, '2026-11-30')).toEqual({
      state: 'notApplicable',
      automatic: true,
    });
  });

  it('asks for 18+ overgang from the 16th birthday on', () => {
    expect(cellState(youth, transition, undefined, '2026-12-01').state).toBe('unassessed');
  });

  it('lets a light someone set win over the age rule', () => {
    const set = makeAssessment({
      youthId: youth.id,
      conditionId: transition.id,
      colour: 'amber',
      assessedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(cellState(youth, transition, set, '2026-11-25')).toMatchObject({
      state: 'amber',
      automatic: false,
      ageInDays: 5,
    });
  });

  it('falls back to the rules after an undo to niet beoordeeld', () => {
    const undone = makeAssessment({
      youthId: youth.id,
      conditionId: transition.id,
      colour: 'unassessed',
    });
    expect(cellState(youth, transition, undone, '2026-11-25')).toEqual({
      state: 'notApplicable',
      automatic: true,
    });
  });
});
