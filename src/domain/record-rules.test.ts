import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import {
  findRuleBreaks,
  isIsoDateTime,
  isLocalTime,
  recordBreak,
  repairedRecord,
  TEXT_MAX,
} from './record-rules';
import { validateOutflow, validateYouth, draftFromYouth } from './youth';

describe('isIsoDateTime', () => {
  it.each([
    '2026-11-25T14:03:00.000Z',
    '2026-11-25T14:03Z',
    '2026-11-25T14:03:00+01:00',
    '2024-02-29T23:59:59.999Z',
  ])('accepts %s', (value) => expect(isIsoDateTime(value)).toBe(true));

  it.each([
    '2026-02-31T10:00:00.000Z',
    '2025-02-29T10:00:00.000Z',
    '2026-11-25T24:00:00.000Z',
    '2026-11-25T10:60:00.000Z',
    '2026-11-25T10:00:61Z',
    '2026-11-25',
    '2026-11-25T10:00:00',
    'gisteren',
    '',
  ])('refuses %s', (value) => expect(isIsoDateTime(value)).toBe(false));

  it('accepts whatever toISOString writes', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }),
        (date) => isIsoDateTime(date.toISOString()),
      ),
    );
  });
});

describe('the time and place of a meeting (optional, no schema version)', () => {
  const at = '2026-11-01T10:00:00.000Z';
  const meeting = {
    id: 'm1',
    type: 'municipalReview',
    date: '2026-12-01',
    chair: '',
    attendees: [],
    municipalities: ['Zeist'],
    agenda: [],
    status: 'planned',
    notes: '',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'T',
  };

  it('an older meeting without them still keeps the rules', () => {
    expect(recordBreak('meetings', meeting)).toBeUndefined();
  });

  it('accepts a start, an end and a place', () => {
    expect(
      recordBreak('meetings', {
        ...meeting,
        startTime: '10:00',
        endTime: '11:30',
        place: 'Gemeentehuis Zeist',
      }),
    ).toBeUndefined();
  });

  it.each([
    ['startTime', '25:00'],
    ['startTime', '9:00'],
    ['endTime', '11:30:00'],
    ['endTime', 1130],
    ['place', 'x'.repeat(TEXT_MAX.short + 1)],
  ])('refuses %s = %j', (field, value) => {
    expect(recordBreak('meetings', { ...meeting, [field]: value })).toEqual({
      field,
      problem: 'invalid',
    });
  });

  it.each(['00:00', '09:05', '23:59'])('isLocalTime accepts %s', (value) =>
    expect(isLocalTime(value)).toBe(true),
  );
  it.each(['24:00', '12:60', '1200', '', ' 10:00'])('isLocalTime refuses %j', (value) =>
    expect(isLocalTime(value)).toBe(false),
  );
});

describe('recordBreak', () => {
  it('accepts what the app writes', () => {
    expect(recordBreak('youths', makeYouth())).toBeUndefined();
    expect(recordBreak('conditions', makeCondition())).toBeUndefined();
    expect(
      recordBreak(
        'assessments',
        makeAssessment({ youthId: 'y1' as never, conditionId: 'c1' as never }),
      ),
    ).toBeUndefined();
  });

  it("accepts an action owner's role from the list and refuses any other (backups too)", () => {
    const cell = { youthId: 'y1' as never, conditionId: 'c1' as never };
    expect(
      recordBreak('assessments', makeAssessment({ ...cell, actionOwnerRole: 'mentor' })),
    ).toBeUndefined();
    expect(
      recordBreak('assessments', { ...makeAssessment(cell), actionOwnerRole: 'Mehmet K.' }),
    ).toEqual({ field: 'actionOwnerRole', problem: 'invalid' });
  });

  it('says "missing" only for an absent value and "invalid" for a present wrong one', () => {
    const { birthDate: _gone, ...youth } = makeYouth();
    expect(recordBreak('youths', youth)).toEqual({ field: 'birthDate', problem: 'missing' });
    expect(recordBreak('youths', makeYouth({ birthDate: '2026-02-31' }))).toEqual({
      field: 'birthDate',
      problem: 'invalid',
    });
    expect(recordBreak('youths', makeYouth({ leftOn: '2026-02-31' }))).toEqual({
      field: 'leftOn',
      problem: 'invalid',
    });
    expect(recordBreak('youths', { ...makeYouth(), leftOn: null })).toBeUndefined();
  });

  it('refuses text longer than the app lets anyone type', () => {
    expect(
      recordBreak('youths', makeYouth({ initials: 'x'.repeat(TEXT_MAX.initials + 1) })),
    ).toEqual({
      field: 'initials',
      problem: 'invalid',
    });
    expect(recordBreak('youths', makeYouth({ initials: '   ' }))?.field).toBe('initials');
    expect(
      recordBreak(
        'assessments',
        makeAssessment({
          youthId: 'y1' as never,
          conditionId: 'c1' as never,
          reason: 'x'.repeat(20_000),
        }),
      )?.field,
    ).toBe('reason');
  });

  it('refuses an id with a line break or other characters no id has', () => {
    expect(recordBreak('youths', makeYouth({ id: 'a\r\nATTACH:x' as never }))?.field).toBe('id');
    expect(recordBreak('youths', makeYouth({ id: 'y'.repeat(101) as never }))?.field).toBe('id');
  });

  it('names nested fields by path', () => {
    const condition = { ...makeCondition(), criteria: { red: 'r', amber: 1, green: 'g' } };
    expect(recordBreak('conditions', condition)).toEqual({
      field: 'criteria.amber',
      problem: 'invalid',
    });
  });

  it('the youth form refuses what the rules refuse', () => {
    const youth = makeYouth({ location: 'x'.repeat(TEXT_MAX.short + 1) });
    expect(recordBreak('youths', youth)?.field).toBe('location');
    expect(validateYouth(draftFromYouth(youth), '2026-11-26').location).toBe('tooLong');
  });
});

describe('fields the app never writes', () => {
  it('refuses an extra field, however it is named or however large', () => {
    expect(recordBreak('youths', { ...makeYouth(), fullName: 'Mohammed El Amrani' })).toEqual({
      field: 'fullName',
      problem: 'unknown',
    });
    expect(recordBreak('youths', { ...makeYouth(), blob: 'x'.repeat(20_000_000) })).toEqual({
      field: 'blob',
      problem: 'unknown',
    });
    expect(
      recordBreak('youths', JSON.parse(`{"__proto__":1,${JSON.stringify(makeYouth()).slice(1)}`)),
    ).toEqual({ field: '__proto__', problem: 'unknown' });
  });

  it('refuses one in a nested object or list item, named by path', () => {
    const condition = { ...makeCondition(), criteria: { red: '', amber: '', green: '', x: 1 } };
    expect(recordBreak('conditions', condition)).toEqual({
      field: 'criteria.x',
      problem: 'unknown',
    });
  });

  it('cuts a long unknown name to what a message can show', () => {
    const found = recordBreak('youths', { ...makeYouth(), ['n'.repeat(5000)]: 1 });
    expect(found?.problem).toBe('unknown');
    expect(found?.field).toHaveLength(100);
  });

  it('accepts optional fields stored as undefined (the form writes them so)', () => {
    expect(recordBreak('youths', { ...makeYouth(), clientNumber: undefined })).toBeUndefined();
  });

  it('repair drops them', () => {
    const repaired = repairedRecord(
      'youths',
      { ...makeYouth(), fullName: 'Jan de Vries' },
      '2026-11-26T10:00:00.000Z',
      '2026-11-26',
    );
    expect(repaired).not.toHaveProperty('fullName');
    expect(recordBreak('youths', repaired)).toBeUndefined();
  });
});

describe("the rules between a young person's fields, as the form holds them", () => {
  const today = '2026-11-26';
  it.each([
    [{ birthDate: '2010-06-15', placementStart: '2010-06-14' }, 'placementStart', 'invalid'],
    [{ placementStart: '2025-01-10', plannedEnd: '2025-01-09' }, 'plannedEnd', 'invalid'],
  ] as const)('%o breaks %s, and the form says the same', (change, field, problem) => {
    const youth = makeYouth(change);
    expect(recordBreak('youths', youth)).toEqual({ field, problem });
    expect(validateYouth(draftFromYouth(youth), today)[field]).toBeDefined();
  });

  it('a young person who left has the day they left, as the outflow form asks', () => {
    const youth = makeYouth({ status: 'left', leftOn: undefined });
    expect(recordBreak('youths', youth)).toEqual({ field: 'leftOn', problem: 'missing' });
    expect(recordBreak('youths', { ...youth, leftOn: null })).toEqual({
      field: 'leftOn',
      problem: 'missing',
    });
    expect(validateOutflow({ leftOn: '', actualDestination: 'thuis' }, youth, today).leftOn).toBe(
      'required',
    );
  });

  it('accepts the edges the form accepts: placed on the day of birth, ending the day it starts', () => {
    const youth = makeYouth({
      birthDate: '2010-06-15',
      placementStart: '2010-06-15',
      plannedEnd: '2010-06-15',
    });
    expect(recordBreak('youths', youth)).toBeUndefined();
    expect(recordBreak('youths', { ...youth, plannedEnd: null })).toBeUndefined();
    // Not held: a left young person without a destination (older apps wrote that).
    expect(
      recordBreak('youths', makeYouth({ status: 'left', leftOn: '2026-01-10' })),
    ).toBeUndefined();
  });
});

describe('findRuleBreaks', () => {
  it('finds assessments, agenda items, requests and checks that name no existing record', () => {
    const youth = makeYouth();
    const condition = makeCondition();
    const good = makeAssessment({ youthId: youth.id, conditionId: condition.id });
    const orphan = makeAssessment({ youthId: 'nobody' as never, conditionId: condition.id });
    const noCondition = makeAssessment({ youthId: youth.id, conditionId: 'gone' as never });
    const breaks = findRuleBreaks({
      youths: [youth],
      conditions: [condition],
      assessments: [good, orphan, noCondition],
      reviewRequests: [
        {
          id: 'r1',
          youthId: 'nobody',
          trigger: 'crisis',
          note: '',
          requestedAt: '2026-01-01T10:00:00.000Z',
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-01T10:00:00.000Z',
          updatedBy: 'T',
        },
      ],
    });
    expect(breaks).toEqual([
      { table: 'assessments', index: 1, id: orphan.id, field: 'youthId', problem: 'invalid' },
      {
        table: 'assessments',
        index: 2,
        id: noCondition.id,
        field: 'conditionId',
        problem: 'invalid',
      },
      { table: 'reviewRequests', index: 0, id: 'r1', field: 'youthId', problem: 'invalid' },
    ]);
  });

  it('finds nothing in a consistent set', () => {
    const youth = makeYouth();
    const condition = makeCondition();
    expect(
      findRuleBreaks({
        youths: [youth],
        conditions: [condition],
        assessments: [makeAssessment({ youthId: youth.id, conditionId: condition.id })],
      }),
    ).toEqual([]);
  });

  it('never throws, whatever the tables hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('youths', 'conditions', 'assessments', 'settings', 'meetings'),
          fc.array(fc.anything(), { maxLength: 4 }),
        ),
        (set) => {
          findRuleBreaks(set);
        },
      ),
    );
  });
});

describe('repairedRecord', () => {
  const now = '2026-11-26T09:00:00.000Z';
  const today = '2026-11-26';
  it('drops an unreadable optional value, cuts text and gives a required one a neutral value', () => {
    const bad = {
      ...makeAssessment({ youthId: 'y1' as never, conditionId: 'c1' as never }),
      dueDate: '2026-02-31',
      reason: 'x'.repeat(6000),
      assessedAt: '2026-13-01T10:00:00.000Z',
      colour: 'purple',
      extra: 'kept',
    };
    const repaired = repairedRecord('assessments', bad, now, today);
    expect(repaired).not.toHaveProperty('dueDate');
    expect(repaired.reason).toHaveLength(TEXT_MAX.long);
    expect(repaired.assessedAt).toBe(now);
    expect(repaired.colour).toBe('unassessed');
    expect(repaired).not.toHaveProperty('extra');
    expect(recordBreak('assessments', repaired)).toBeUndefined();
  });

  it('always gives a record the rules accept (ids aside)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'conditions',
          'assessments',
          'settings',
          'meetings',
          'reviewRequests',
          'outflowChecks',
        ),
        fc.dictionary(fc.string(), fc.anything()),
        (table, record) => {
          const repaired = repairedRecord(
            table,
            { ...record, id: 'ok-id', youthId: 'y-1', conditionId: 'c-1' },
            now,
            today,
          );
          expect(recordBreak(table, repaired)).toBeUndefined();
        },
      ),
    );
  });
});
