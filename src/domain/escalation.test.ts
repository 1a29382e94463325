import { describe, expect, it } from 'vitest';
import type { YouthId } from './ids';
import { makeEscalation, makeEscalationUpdate } from '@/testing/factories';
import {
  escalationView,
  escalationViews,
  escalationsActiveBetween,
  summarizeOpenEscalations,
} from './escalation';

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
