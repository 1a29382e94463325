import { describe, expect, it } from 'vitest';
import type { ConditionId, YouthId } from './ids';
import { makeEscalation, makeEscalationUpdate } from '@/testing/factories';
import {
  escalationView,
  escalationViews,
  escalationsActiveBetween,
  summarizeOpenEscalations,
  validateAnswer,
  validateClose,
  validateEscalation,
} from './escalation';
import { recordBreak } from './record-rules';

const youthId = 'y-1' as YouthId;
const later = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('escalationView', () => {
  const escalation = makeEscalation({ youthId, answerDueOn: '2026-11-15' });

  it('is open without updates, and overdue once the due date has passed', () => {
    expect(escalationView(escalation, [], '2026-11-15')).toMatchObject({
      status: 'open',
      overdue: false,
      daysOverdue: 0,
    });
    expect(escalationView(escalation, [], '2026-11-18')).toMatchObject({
      status: 'open',
      overdue: true,
      daysOverdue: 3,
    });
  });

  it('is answered after an answer (never overdue then), with the newest answer and its outcome', () => {
    const first = makeEscalationUpdate({
      escalationId: escalation.id,
      youthId,
      outcome: 'ongoing',
      createdAt: later(10),
    });
    const second = makeEscalationUpdate({
      escalationId: escalation.id,
      youthId,
      outcome: 'resolved',
      createdAt: later(20),
    });
    const view = escalationView(escalation, [second, first], '2026-12-01');
    expect(view).toMatchObject({ status: 'answered', overdue: false, outcome: 'resolved' });
    expect(view.lastAnswer).toBe(second);
    expect(view.updates).toEqual([first, second]);
  });

  it('is closed after a closing, whatever follows; updates of other escalations are ignored', () => {
    const closed = makeEscalationUpdate({
      escalationId: escalation.id,
      youthId,
      kind: 'closed',
      answer: undefined,
      outcome: undefined,
      createdAt: later(12),
    });
    const other = makeEscalationUpdate({ escalationId: 'other' as never, youthId });
    const view = escalationView(escalation, [closed, other], '2026-12-01');
    expect(view.status).toBe('closed');
    expect(view.closed).toBe(closed);
    expect(view.updates).toEqual([closed]);
  });
});

describe('escalationViews', () => {
  it('lists open (earliest due first), then answered, then closed', () => {
    const late = makeEscalation({ youthId, answerDueOn: '2026-12-20' });
    const soon = makeEscalation({ youthId, answerDueOn: '2026-11-20' });
    const answered = makeEscalation({ youthId, answerDueOn: '2026-10-01' });
    const done = makeEscalation({ youthId, answerDueOn: '2026-10-01' });
    const updates = [
      makeEscalationUpdate({ escalationId: answered.id, youthId }),
      makeEscalationUpdate({ escalationId: done.id, youthId, kind: 'closed' }),
    ];
    const views = escalationViews([done, answered, late, soon], updates, '2026-11-01');
    expect(views.map((view) => view.escalation.id)).toEqual([
      soon.id,
      late.id,
      answered.id,
      done.id,
    ]);
  });
});

describe('summarizeOpenEscalations', () => {
  it('counts open escalations per municipality and lists them per young person, others left out', () => {
    const a = 'a' as YouthId;
    const b = 'b' as YouthId;
    const views = escalationViews(
      [
        makeEscalation({ youthId: a, answerDueOn: '2026-10-01' }),
        makeEscalation({ youthId: a, answerDueOn: '2026-12-01' }),
        makeEscalation({ youthId: b, answerDueOn: '2026-12-01' }),
        makeEscalation({ youthId: 'elsewhere' as YouthId }),
      ],
      [],
      '2026-11-01',
    );
    const summary = summarizeOpenEscalations(views, [
      { id: a, municipality: 'Zwolle' },
      { id: b, municipality: 'Deventer' },
    ]);
    expect(summary.perMunicipality).toEqual([
      { municipality: 'Deventer', open: 1, overdue: 0 },
      { municipality: 'Zwolle', open: 2, overdue: 1 },
    ]);
    expect(summary.perYouth.get(a)).toHaveLength(2);
    expect(summary).toMatchObject({ total: 3, overdue: 1 });
  });
});

describe('escalationsActiveBetween', () => {
  it('finds escalations raised or updated in the period, for the given young people', () => {
    const raised = makeEscalation({ youthId, raisedOn: '2026-11-20', createdAt: later(20) });
    const answered = makeEscalation({ youthId, raisedOn: '2026-10-01', createdAt: later(1) });
    const quiet = makeEscalation({ youthId, raisedOn: '2026-10-01', createdAt: later(1) });
    const otherYouth = makeEscalation({
      youthId: 'z' as YouthId,
      raisedOn: '2026-11-20',
      createdAt: later(20),
    });
    const views = escalationViews(
      [raised, answered, quiet, otherYouth],
      [
        makeEscalationUpdate({
          escalationId: answered.id,
          youthId,
          on: '2026-11-18',
          createdAt: later(20),
        }),
      ],
      '2026-11-20',
    );
    const found = escalationsActiveBetween(
      views,
      new Set([youthId]),
      '2026-11-20',
      '2026-11-20',
      (timestamp) => timestamp.slice(0, 10),
    );
    expect(found.map((view) => view.escalation.id).sort()).toEqual([raised.id, answered.id].sort());
  });
});

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
