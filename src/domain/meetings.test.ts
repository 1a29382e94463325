import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { indexCurrentLights } from './board';
import type { ConditionId, MeetingId, YouthId } from './ids';
import type { Meeting } from './meeting-types';
import { meetingToIcs } from './meetings-ics';
import type { AssessedColour, Assessment } from './types';
import { consecutiveReds, DEFAULT_SIGNAL_THRESHOLDS, signalsFor } from './signals';
import {
  agendaReasons,
  confirmationOf,
  defaultMeetingCadence,
  nextScheduledDate,
  overdueWarnings,
  previousScheduledDate,
  proposeAgenda,
  redAndOverduePriority,
  signalPriority,
  summarizeMeeting,
  unassessedConditions,
  weekdayOfMonth,
  withCadenceDefaults,
  type MeetingCadence,
} from './meetings';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'T',
};

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1' as MeetingId,
    type: 'caseReview',
    date: '2026-11-03',
    chair: '',
    attendees: [],
    municipalities: [],
    agenda: [],
    status: 'planned',
    notes: '',
    ...meta,
    ...overrides,
  };
}

const id = 'meeting-1' as MeetingId;

const cadence: MeetingCadence = {
  caseReview: { week: 1, weekday: 2 },
  municipalReview: { startDate: '2026-01-13', intervalWeeks: 6 },
};

describe('cadence', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(weekdayOfMonth(2026, 12, 2, 1)).toBe('2026-12-01');
    expect(weekdayOfMonth(2026, 11, 2, 1)).toBe('2026-11-03');
    expect(weekdayOfMonth(2026, 11, 4, 3)).toBe('2026-11-19');
    expect(weekdayOfMonth(2026, 11, 1, -1)).toBe('2026-11-30');
    expect(weekdayOfMonth(2026, 2, 5, -1)).toBe('2026-02-27');
  });

  it('gives the next monthly date on or after today, rolling into the next month and year', () => {
    expect(nextScheduledDate('caseReview', cadence, '2026-11-03')).toBe('2026-11-03');
    expect(nextScheduledDate('caseReview', cadence, '2026-11-04')).toBe('2026-12-01');
    expect(nextScheduledDate('caseReview', cadence, '2026-12-02')).toBe('2027-01-05');
    expect(previousScheduledDate('caseReview', cadence, '2026-11-03')).toBe('2026-10-06');
    expect(previousScheduledDate('caseReview', cadence, '2026-11-26')).toBe('2026-11-03');
  });

  it('counts six-weekly dates from the start date', () => {
    expect(nextScheduledDate('municipalReview', cadence, '2026-01-01')).toBe('2026-01-13');
    expect(nextScheduledDate('municipalReview', cadence, '2026-01-13')).toBe('2026-01-13');
    expect(nextScheduledDate('municipalReview', cadence, '2026-01-14')).toBe('2026-02-24');
    expect(previousScheduledDate('municipalReview', cadence, '2026-02-24')).toBe('2026-01-13');
    expect(previousScheduledDate('municipalReview', cadence, '2026-02-25')).toBe('2026-02-24');
    expect(previousScheduledDate('municipalReview', cadence, '2026-01-13')).toBeUndefined();
  });

  it('fills missing settings with defaults', () => {
    expect(withCadenceDefaults(undefined)).toEqual(defaultMeetingCadence());
    expect(
      withCadenceDefaults({ caseReview: { week: -1, weekday: 4 } } as Partial<MeetingCadence>)
        .caseReview,
    ).toEqual({ week: -1, weekday: 4 });
  });
});

describe('overdue warnings', () => {
  it('warns about a planned meeting whose date passed and one left open', () => {
    const planned = meeting({ id: 'a' as MeetingId, date: '2026-11-03' });
    const open = meeting({ id: 'b' as MeetingId, date: '2026-11-20', status: 'inProgress' });
    const future = meeting({ id: 'c' as MeetingId, date: '2026-12-01' });
    const warnings = overdueWarnings([planned, open, future], cadence, '2026-11-26');
    expect(warnings.map((w) => w.kind)).toEqual(['notHeld', 'notClosed']);
  });

  it('warns when a scheduled date of a type in use passed without a meeting', () => {
    const old = meeting({ date: '2026-09-01', status: 'closed' });
    expect(overdueWarnings([old], cadence, '2026-11-26')).toEqual([
      { kind: 'missed', type: 'caseReview', scheduled: '2026-11-03' },
    ]);
    const held = meeting({ id: 'h' as MeetingId, date: '2026-11-05', status: 'closed' });
    expect(overdueWarnings([old, held], cadence, '2026-11-26')).toEqual([]);
    // A type never used yet does not nag.
    expect(overdueWarnings([], cadence, '2026-11-26')).toEqual([]);
    // Within the grace week it is not overdue yet.
    expect(overdueWarnings([old], cadence, '2026-11-08')).toEqual([]);
  });
});

describe('agenda proposal', () => {
  const housing = makeCondition({ name: 'Wonen' });
  const school = makeCondition({ name: 'School' });
  const a = makeYouth({ initials: 'A.A.', municipality: 'Zwolle' });
  const b = makeYouth({ initials: 'B.B.', municipality: 'Deventer' });
  const c = makeYouth({ initials: 'C.C.', municipality: 'Zwolle' });
  const left = makeYouth({ initials: 'D.D.', status: 'left' });

  it('puts those with most red lights and overdue actions first, then by initials', () => {
    const lights = indexCurrentLights([
      makeAssessment({ youthId: c.id, conditionId: housing.id, colour: 'red' }),
      makeAssessment({
        youthId: c.id,
        conditionId: school.id,
        colour: 'amber',
        action: 'Aanmelden',
        dueDate: '2026-11-01',
      }),
      makeAssessment({ youthId: b.id, conditionId: housing.id, colour: 'red' }),
      makeAssessment({
        youthId: a.id,
        conditionId: school.id,
        colour: 'green',
        action: 'Klaar',
        dueDate: '2026-11-01',
      }),
    ]);
    const priority = redAndOverduePriority([housing, school], lights, '2026-11-26');
    const agenda = proposeAgenda({ type: 'caseReview', youths: [a, b, c, left], priority });
    expect(agenda.map((item) => item.youthId)).toEqual([c.id, b.id, a.id]);
    expect(agenda[0]).toEqual({ youthId: c.id, notes: '' });
  });

  it('proposes only the residents of the chosen municipalities for a municipal review', () => {
    const agenda = proposeAgenda({
      type: 'municipalReview',
      youths: [a, b, c],
      municipalities: ['Zwolle'],
    });
    expect(agenda.map((item) => item.youthId)).toEqual([a.id, c.id]);
  });
});

describe('agenda scope', () => {
  const linde = makeYouth({ initials: 'A.A.', location: 'De Linde', coordinator: 'Mo' });
  const eik = makeYouth({ initials: 'B.B.', location: 'De Eik', coordinator: 'Mo ' });
  const none = makeYouth({ initials: 'C.C.', location: 'De Linde' });
  const ids = (scope: { location?: string; coordinator?: string }) =>
    proposeAgenda({ type: 'caseReview', youths: [linde, eik, none], scope }).map(
      (item) => item.youthId,
    );

  it.each([
    { scope: {}, expected: [linde.id, eik.id, none.id] },
    { scope: { location: 'De Linde' }, expected: [linde.id, none.id] },
    { scope: { coordinator: 'Mo' }, expected: [linde.id, eik.id] },
    { scope: { location: 'De Eik', coordinator: 'Mo' }, expected: [eik.id] },
    { scope: { location: 'Elders' }, expected: [] },
  ])('limits a case review to $scope', ({ scope, expected }) => {
    expect(ids(scope)).toEqual(expected);
  });
});

describe('agenda reasons', () => {
  const today = '2026-11-26';
  const housing = makeCondition({ name: 'Wonen', key: 'housing' });
  const school = makeCondition({ name: 'School', key: 'schoolWork' });
  const transition = makeCondition({ name: '18+', key: 'transition18', appliesFromAge: 16 });
  const conditions = [housing, school, transition];
  const light = (youthId: YouthId, conditionId: ConditionId, over: Partial<Assessment> = {}) =>
    makeAssessment({ youthId, conditionId, assessedAt: '2026-11-20T10:00:00.000Z', ...over });
  const reasonsOf = (
    youth: ReturnType<typeof makeYouth>,
    lights: Assessment[],
    withSignals = true,
  ) => {
    const index = indexCurrentLights(lights);
    const signals = withSignals
      ? signalsFor({
          youth,
          conditions,
          lights: index,
          reviewRequests: [],
          thresholds: DEFAULT_SIGNAL_THRESHOLDS,
          today,
        })
      : [];
    return agendaReasons({
      youth,
      signals,
      conditions,
      lights: index,
      thresholds: DEFAULT_SIGNAL_THRESHOLDS,
      today,
    });
  };
  const summary = (reasons: ReturnType<typeof agendaReasons>) =>
    reasons.map((reason) =>
      reason.kind === 'signal'
        ? `${reason.signal.severity}:${reason.signal.kind}`
        : reason.kind === 'reds' || reason.kind === 'overdueActions'
          ? `${reason.kind}:${reason.count}`
          : `${reason.kind}:${reason.on}`,
    );

  it('gives signals by severity first, then the number of reds', () => {
    // Turns 18 on 2027-03-01, 18+ overgang red; Wonen red with an overdue action.
    const youth = makeYouth({ birthDate: '2009-03-01', perspective: 'thuis' });
    const reasons = reasonsOf(youth, [
      light(youth.id, housing.id, {
        colour: 'red',
        reason: 'Geen plek',
        action: 'Bellen',
        dueDate: '2026-11-01',
      }),
      light(youth.id, school.id, {
        colour: 'amber',
        reason: 'Aangemeld',
        action: 'Mailen',
        dueDate: '2026-11-10',
      }),
      light(youth.id, transition.id, { colour: 'red', reason: 'Geen plan' }),
    ]);
    expect(summary(reasons)).toEqual([
      'high:turningEighteen',
      'medium:actionOverdue',
      'medium:actionOverdue',
      'reds:2',
    ]);
    const first = reasons[0];
    expect(
      first?.kind === 'signal' && first.signal.kind === 'turningEighteen' && first.signal.turnsOn,
    ).toBe('2027-03-01');
  });

  it('names an 18th birthday and a planned outflow that raise no signal, after what set the order', () => {
    const youth = makeYouth({
      birthDate: '2009-04-15',
      perspective: 'thuis',
      plannedEnd: '2027-01-31',
    });
    const reasons = reasonsOf(youth, [
      light(youth.id, housing.id, { colour: 'green' }),
      light(youth.id, school.id, { colour: 'amber', reason: 'Aangemeld bij het mbo' }),
      light(youth.id, transition.id, { colour: 'green' }),
    ]);
    expect(summary(reasons)).toEqual(['turnsEighteen:2027-04-15', 'plannedEnd:2027-01-31']);
    // Beyond the horizons (6 and 3 months): nothing to say.
    const later = makeYouth({
      birthDate: '2009-08-15',
      perspective: 'thuis',
      plannedEnd: '2027-06-01',
    });
    expect(
      reasonsOf(
        later,
        conditions.map((c) => light(later.id, c.id, { colour: 'green' })),
      ),
    ).toEqual([]);
  });

  it('counts overdue actions itself when no signal names them (signals not read yet)', () => {
    const youth = makeYouth({ birthDate: '2012-01-01' });
    const reasons = reasonsOf(
      youth,
      [
        light(youth.id, housing.id, { colour: 'red', action: 'Bellen', dueDate: '2026-11-01' }),
        // A green light's action is done, not overdue.
        light(youth.id, school.id, { colour: 'green', action: 'Klaar', dueDate: '2026-11-01' }),
      ],
      false,
    );
    expect(summary(reasons)).toEqual(['reds:1', 'overdueActions:1']);
  });
});

describe('meeting summary', () => {
  const housing = makeCondition({ name: 'Wonen' });
  const school = makeCondition({ name: 'School' });
  const x = 'x' as YouthId;
  const y = 'y' as YouthId;
  const z = 'z' as YouthId;

  it('lists moved lights with their new details, new and replaced actions, confirmed and undiscussed people', () => {
    const history = [
      makeAssessment({
        youthId: x,
        conditionId: housing.id,
        colour: 'red',
        assessedAt: '2026-10-01T10:00:00.000Z',
        action: 'Bellen',
      }),
      makeAssessment({
        youthId: x,
        conditionId: housing.id,
        colour: 'amber',
        assessedAt: '2026-11-26T10:00:00.000Z',
        meetingId: id,
        reason: ' Wachtlijst zonder datum ',
        action: 'Inschrijven',
        actionOwner: 'Mo',
        dueDate: '2026-12-15',
      }),
      makeAssessment({
        youthId: x,
        conditionId: school.id,
        colour: 'amber',
        assessedAt: '2026-10-01T10:00:00.000Z',
      }),
      makeAssessment({
        youthId: y,
        conditionId: housing.id,
        colour: 'green',
        assessedAt: '2026-10-01T10:00:00.000Z',
      }),
      makeAssessment({
        youthId: y,
        conditionId: housing.id,
        colour: 'green',
        assessedAt: '2026-11-26T10:05:00.000Z',
        meetingId: id,
      }),
      // Changed after the meeting closed: not part of its minutes.
      makeAssessment({
        youthId: y,
        conditionId: housing.id,
        colour: 'red',
        assessedAt: '2026-11-27T10:00:00.000Z',
      }),
    ];
    const summary = summarizeMeeting({
      meeting: meeting({
        id,
        status: 'closed',
        closedAt: '2026-11-26T11:00:00.000Z',
        agenda: [
          { youthId: x, notes: '', discussedAt: '2026-11-26T10:00:00.000Z' },
          { youthId: y, notes: '', discussedAt: '2026-11-26T10:05:00.000Z' },
          { youthId: z, notes: '' },
        ],
      }),
      conditions: [housing, school],
      history,
    });
    expect(summary.moved).toEqual([
      {
        youthId: x,
        conditionId: housing.id,
        from: 'red',
        to: 'amber',
        reason: 'Wachtlijst zonder datum',
        action: 'Inschrijven',
        owner: 'Mo',
        dueDate: '2026-12-15',
        actionCarried: false,
      },
    ]);
    expect(summary.newActions.map((a) => a.action)).toEqual(['Inschrijven']);
    // "Bellen" is not done: the light is still amber, with a different action in its place.
    expect(summary.completedActions).toEqual([]);
    expect(summary.replacedActions).toEqual([
      {
        youthId: x,
        conditionId: housing.id,
        action: 'Bellen',
        owner: '',
        replacedBy: 'Inschrijven',
      },
    ]);
    expect(summary.confirmed).toEqual([y]);
    expect(summary.notDiscussed).toEqual([z]);
    expect(summary.escalations).toEqual([]);
  });

  it('names cells red for three or more assessments in a row as escalation candidates', () => {
    const reds = ['2026-09-01', '2026-10-01', '2026-11-01'].map((day) =>
      makeAssessment({
        youthId: x,
        conditionId: housing.id,
        colour: 'red',
        assessedAt: `${day}T10:00:00.000Z`,
      }),
    );
    expect(consecutiveReds(reds)).toBe(3);
    const redsOfY = reds.map((red) => ({ ...red, id: `${red.id}-y` as typeof red.id, youthId: y }));
    const summary = summarizeMeeting({
      meeting: meeting({
        id,
        agenda: [
          { youthId: x, notes: '' },
          { youthId: y, notes: '' },
        ],
      }),
      conditions: [housing, school],
      history: [...reds, ...redsOfY],
      youths: new Map([
        [x, { municipality: 'Zwolle' }],
        [y, { municipality: 'Deventer' }],
      ]),
    });
    // By municipality, the one who is asked to act.
    expect(summary.escalations).toEqual([
      { youthId: y, conditionId: housing.id, municipality: 'Deventer', reds: 3 },
      { youthId: x, conditionId: housing.id, municipality: 'Zwolle', reds: 3 },
    ]);
    expect(
      consecutiveReds([
        ...reds,
        makeAssessment({
          youthId: x,
          conditionId: housing.id,
          colour: 'amber',
          assessedAt: '2026-11-20T10:00:00.000Z',
        }),
      ]),
    ).toBe(0);
  });

  it('keeps completed actions and replaced actions apart', () => {
    const cell = (youthId: YouthId, conditionId: ConditionId) => ({ youthId, conditionId });
    const before = (c: ReturnType<typeof cell>, action: string, colour: AssessedColour = 'red') =>
      makeAssessment({
        ...c,
        colour,
        action,
        actionOwner: 'Sam',
        dueDate: '2026-11-01',
        assessedAt: '2026-10-01T10:00:00.000Z',
      });
    const during = (c: ReturnType<typeof cell>, colour: AssessedColour, action: string) =>
      makeAssessment({
        ...c,
        colour,
        action,
        actionOwner: 'Mo',
        assessedAt: '2026-11-26T10:00:00.000Z',
        meetingId: id,
      });
    const greenSame = cell(x, housing.id);
    const cleared = cell(x, school.id);
    const replaced = cell(y, housing.id);
    const greenWithFollowUp = cell(y, school.id);
    const unchanged = cell(z, housing.id);
    const summary = summarizeMeeting({
      meeting: meeting({
        id,
        agenda: [x, y, z].map((youthId) => ({ youthId, notes: '' })),
      }),
      conditions: [housing, school],
      history: [
        before(greenSame, 'Bellen'),
        during(greenSame, 'green', 'Bellen'),
        before(cleared, 'Aanmelden', 'amber'),
        during(cleared, 'amber', ''),
        before(replaced, 'Mailen'),
        during(replaced, 'amber', 'Langsgaan'),
        before(greenWithFollowUp, 'Intake', 'amber'),
        during(greenWithFollowUp, 'green', 'Nazorg plannen'),
        before(unchanged, 'Wachten'),
        during(unchanged, 'red', 'Wachten'),
      ],
    });
    expect(summary.completedActions.map((a) => [a.youthId, a.action, a.owner])).toEqual([
      [x, 'Bellen', 'Sam'],
      [x, 'Aanmelden', 'Sam'],
      [y, 'Intake', 'Sam'],
    ]);
    expect(summary.replacedActions).toEqual([
      {
        youthId: y,
        conditionId: housing.id,
        action: 'Mailen',
        owner: 'Sam',
        dueDate: '2026-11-01',
        replacedBy: 'Langsgaan',
      },
    ]);
    expect(summary.newActions.map((a) => a.action)).toEqual(['Langsgaan', 'Nazorg plannen']);
  });

  it('confirms a light with the same details and the meeting', () => {
    const light = makeAssessment({
      youthId: x,
      conditionId: housing.id,
      colour: 'amber',
      reason: 'Wachtlijst',
      action: 'Bellen',
      actionOwner: 'Mo',
      dueDate: '2026-12-01',
    });
    expect(confirmationOf(light, id)).toEqual({
      colour: 'amber',
      reason: 'Wachtlijst',
      action: 'Bellen',
      actionOwner: 'Mo',
      dueDate: '2026-12-01',
      discussedWithYouth: 'notDiscussed',
      meetingId: id,
    });
  });
});

describe('unassessed conditions ("Besproken, ongewijzigd" needs every applicable light)', () => {
  const today = '2026-11-26';
  const always = makeCondition({ name: 'Wonen' });
  // 18+ overgang: n.v.t. by age below 16 unless someone set a light.
  const from16 = makeCondition({ name: '18+ overgang', appliesFromAge: 16 });
  const fifteen = makeYouth({ birthDate: '2011-06-01' });
  const sixteen = makeYouth({ birthDate: '2010-06-01' });

  const cases: {
    name: string;
    youth: typeof fifteen;
    wonen?: AssessedColour;
    overgang?: AssessedColour;
    expected: string[];
  }[] = [
    { name: 'no lights at all, 15', youth: fifteen, expected: ['Wonen'] },
    { name: 'no lights at all, 16', youth: sixteen, expected: ['Wonen', '18+ overgang'] },
    { name: 'every light set, 16', youth: sixteen, wonen: 'red', overgang: 'amber', expected: [] },
    { name: 'green and n.v.t. by age', youth: fifteen, wonen: 'green', expected: [] },
    {
      name: 'n.v.t. chosen by hand',
      youth: sixteen,
      wonen: 'notApplicable',
      overgang: 'notApplicable',
      expected: [],
    },
    {
      name: 'a light below its age floor counts',
      youth: fifteen,
      wonen: 'amber',
      overgang: 'red',
      expected: [],
    },
    {
      name: 'an undone first light reads "niet beoordeeld"',
      youth: sixteen,
      wonen: 'unassessed',
      overgang: 'green',
      expected: ['Wonen'],
    },
    {
      name: 'an undone light under the age floor is n.v.t.',
      youth: fifteen,
      wonen: 'green',
      overgang: 'unassessed',
      expected: [],
    },
    {
      name: 'an applicable condition without a light',
      youth: sixteen,
      wonen: 'amber',
      expected: ['18+ overgang'],
    },
  ];

  it.each(cases)('$name → [$expected]', ({ youth, wonen, overgang, expected }) => {
    const lights = new Map<ConditionId, Assessment>();
    if (wonen)
      lights.set(
        always.id,
        makeAssessment({ youthId: youth.id, conditionId: always.id, colour: wonen }),
      );
    if (overgang)
      lights.set(
        from16.id,
        makeAssessment({ youthId: youth.id, conditionId: from16.id, colour: overgang }),
      );
    const names = unassessedConditions(youth, [always, from16], (c) => lights.get(c), today).map(
      (condition) => condition.name,
    );
    expect(names).toEqual(expected);
  });
});

describe('calendar export', () => {
  it('writes an all-day event with CRLF line ends, a UID and a DTSTAMP', () => {
    const ics = meetingToIcs(
      meeting({ id, date: '2026-12-01' }),
      'Casusoverleg, 1 dec',
      'Agenda: 3 jongeren',
      '2026-11-26T09:30:00.000Z',
    );
    expect(ics.split('\r\n')).toContain('UID:meeting-1@uitstroombord');
    expect(ics).toContain('DTSTAMP:20261126T093000Z\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261202\r\n');
    expect(ics).toContain('SUMMARY:Casusoverleg\\, 1 dec\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('signal priority', () => {
  it('puts young people with signals first, weighted by severity, then the fallback', () => {
    const a = makeYouth({ initials: 'A.A.' });
    const b = makeYouth({ initials: 'B.B.' });
    const c = makeYouth({ initials: 'C.C.' });
    const signals = new Map([
      [b.id, [{ severity: 'low' as const }]],
      [c.id, [{ severity: 'high' as const }]],
    ]);
    const priority = signalPriority(signals, (youth) => (youth.id === a.id ? 5 : 0));
    const agenda = proposeAgenda({ type: 'caseReview', youths: [a, b, c], priority });
    expect(agenda.map((item) => item.youthId)).toEqual([c.id, b.id, a.id]);
  });
});
