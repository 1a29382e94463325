import { describe, expect, it } from 'vitest';
import { validateAnswer, validateClose, validateEscalation } from './escalation-form';
import type { ConditionId, YouthId } from './ids';
import { recordBreak } from './record-rules';

const youthId = 'y-1' as YouthId;
const later = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('validateEscalation', () => {
  const conditions = new Set(['c-1']);
  const input = {
    question: ' Plek begeleid wonen ',
    askedOf: ' contractmanager ',
    raisedOn: '2026-11-01',
    answerDueOn: '2026-11-15',
    conditionId: 'c-1',
  };

  it('gives the trimmed fields', () => {
    expect(validateEscalation(input, '2026-11-01', conditions).value).toEqual({
      question: 'Plek begeleid wonen',
      askedOf: 'contractmanager',
      raisedOn: '2026-11-01',
      answerDueOn: '2026-11-15',
      conditionId: 'c-1' as ConditionId,
    });
  });

  it('says what is wrong and gives no value', () => {
    const result = validateEscalation(
      {
        question: '  ',
        askedOf: 'x'.repeat(201),
        raisedOn: '2026-11-05',
        answerDueOn: '2026-11-04',
        conditionId: 'gone',
      },
      '2026-11-10',
      conditions,
    );
    expect(result.value).toBeUndefined();
    expect(result.errors).toEqual({
      question: 'required',
      askedOf: 'tooLong',
      answerDueOn: 'dueBeforeRaised',
      conditionId: 'unknownOption',
    });
    expect(
      validateEscalation(
        { ...input, raisedOn: '2026-11-02', answerDueOn: '' },
        '2026-11-01',
        conditions,
      ).errors,
    ).toEqual({ raisedOn: 'inFuture', answerDueOn: 'required' });
  });

  it('writes only what the stored value rules accept', () => {
    const value = validateEscalation(input, '2026-11-01', conditions).value!;
    const record = {
      ...value,
      id: 'e-1',
      youthId,
      createdAt: later(1),
      updatedAt: later(1),
      updatedBy: 'Sanne',
    };
    expect(recordBreak('escalations', record)).toBeUndefined();
    expect(recordBreak('escalations', { ...record, question: ' ' })).toEqual({
      field: 'question',
      problem: 'invalid',
    });
  });
});

describe('validateAnswer and validateClose', () => {
  const escalation = { raisedOn: '2026-11-01' };

  it('needs an answer, a date from the raising up to today and an outcome; "anders" needs a note', () => {
    expect(
      validateAnswer(
        { answer: '', on: '2026-10-31', outcome: '', note: '' },
        escalation,
        '2026-11-10',
      ).errors,
    ).toEqual({ answer: 'required', on: 'beforeRaised', outcome: 'required' });
    expect(
      validateAnswer(
        { answer: 'Nee', on: '2026-11-11', outcome: 'other', note: '' },
        escalation,
        '2026-11-10',
      ).errors,
    ).toEqual({ on: 'inFuture', note: 'required' });
    expect(
      validateAnswer(
        { answer: ' Plek per 1 jan ', on: '2026-11-10', outcome: 'resolved', note: '' },
        escalation,
        '2026-11-10',
      ).value,
    ).toEqual({ answer: 'Plek per 1 jan', on: '2026-11-10', outcome: 'resolved', note: '' });
  });

  it('closes on a date from the raising up to today', () => {
    expect(validateClose({ on: 'x', note: '' }, escalation, '2026-11-10').errors).toEqual({
      on: 'invalidDate',
    });
    expect(
      validateClose({ on: '2026-11-05', note: ' klaar ' }, escalation, '2026-11-10').value,
    ).toEqual({
      on: '2026-11-05',
      note: 'klaar',
    });
  });
});
