import { addDaysIso, addMonthsIso } from './dates';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { escalationViews } from './escalation';
import { cellKey, indexCurrentLights } from './board';
import type { ReviewRequest } from './follow-up-types';
import type { ConditionId, ReviewRequestId, YouthId } from './ids';
import {
  attentionByYouth,
  signalConditionIds,
  consecutiveReds,
  currentLightsOf,
  nextRedRun,
  redRun,
  redRunFields,
  DEFAULT_SIGNAL_THRESHOLDS,
  dueFollowUps,
  evaluationMoments,
  groupActionsByOwner,
  nextEvaluation,
  openActions,
  resolveThresholds,
  signalsByYouth,
  signalsFor,
  sortActionsByDueDate,
  validateThresholds,
  type Signal,
  type SignalThresholds,
} from './signals';
import type { AssessedColour, Assessment, Youth } from './types';

const TODAY = '2026-11-25';
const transition = makeCondition({ key: 'transition18', name: '18+ overgang', appliesFromAge: 16 });
const housing = makeCondition({ key: 'housing', name: 'Wonen' });
const conditions = [housing, transition];

// A young person discussed today, so neither staleness nor evaluation moments interfere.
function youth(overrides: Partial<Youth> = {}): Youth {
  return makeYouth({
    birthDate: '2012-01-01',
    placementStart: '2026-01-01',
    perspective: 'thuis',
    ...overrides,
  });
}

function light(
  who: Youth,
  conditionId: ConditionId,
  colour: AssessedColour,
  assessedAt = `${TODAY}T09:00:00.000Z`,
  extra: Partial<Assessment> = {},
): Assessment {
  return makeAssessment({ youthId: who.id, conditionId, colour, assessedAt, ...extra });
}

function run(
  who: Youth,
  lights: Assessment[],
  options: {
    thresholds?: Partial<SignalThresholds>;
    streaks?: Record<string, number>;
    requests?: ReviewRequest[];
    escalations?: Parameters<typeof signalsFor>[0]['escalations'];
    today?: string;
  } = {},
): Signal[] {
  return signalsFor({
    youth: who,
    conditions,
    // A streak given by cell key is stored on that cell's light, as the repository does.
    lights: indexCurrentLights(
      lights.map((light) => {
        const streak = options.streaks?.[cellKey(light.youthId, light.conditionId)];
        return streak === undefined ? light : { ...light, redStreak: streak };
      }),
    ),
    reviewRequests: options.requests ?? [],
    escalations: options.escalations,
    thresholds: { ...DEFAULT_SIGNAL_THRESHOLDS, ...options.thresholds },
    today: options.today ?? TODAY,
  });
}

const kinds = (signals: Signal[]) => signals.map((signal) => signal.kind);

function fresh(who: Youth, transitionColour: AssessedColour = 'green'): Assessment[] {
  return [light(who, housing.id, 'green'), light(who, transition.id, transitionColour)];
}

describe('turns 18 within N months and 18+ overgang not green', () => {
  it.each([
    // birthDate, 18+ colour, thresholds, expected signal?, note
    ['2009-05-25', 'red', {}, true, 'turns 18 in exactly 6 months'],
    ['2009-05-26', 'red', {}, false, 'one day beyond 6 months'],
    ['2009-05-26', 'red', { turningEighteenMonths: 12 }, true, 'threshold raised to 12'],
    ['2009-03-01', 'amber', {}, true, 'amber still counts'],
    ['2009-03-01', 'green', {}, false, 'green is arranged'],
    ['2009-03-01', 'notApplicable', {}, false, 'n.v.t. chosen by the team'],
    ['2009-03-01', 'unassessed', {}, true, 'never assessed'],
    ['2008-11-25', 'red', {}, true, 'exactly 18 today'],
    ['2008-06-01', 'red', {}, true, 'already 18 and still placed'],
  ] as const)('%s %s %o → %s (%s)', (birthDate, colour, thresholds, expected, _note) => {
    const who = youth({ birthDate });
    const signals = run(who, fresh(who, colour), { thresholds });
    expect(kinds(signals).includes('turningEighteen')).toBe(expected);
  });

  it('gives months and days until the birthday for the explanation', () => {
    const who = youth({ birthDate: '2009-03-30' });
    const [signal] = run(who, fresh(who, 'red'));
    expect(signal).toMatchObject({
      kind: 'turningEighteen',
      severity: 'high',
      turnsOn: '2027-03-30',
      monthsUntil: 4,
      state: 'red',
    });
  });

  it('exactly 18 today: zero days to go', () => {
    const who = youth({ birthDate: '2008-11-25' });
    const signal = run(who, fresh(who, 'red')).find((s) => s.kind === 'turningEighteen');
    expect(signal).toMatchObject({ daysUntil: 0, monthsUntil: 0, turnsOn: TODAY });
  });

  it('born on 29 February: the 18th birthday in a common year is 1 March', () => {
    const who = youth({ birthDate: '2008-02-29' });
    // 2026 is a common year: turns 18 on 1 March 2026.
    const before = run(who, fresh(who, 'red'), { today: '2025-09-01' });
    expect(before.find((s) => s.kind === 'turningEighteen')).toMatchObject({
      turnsOn: '2026-03-01',
      monthsUntil: 6,
    });
    const outside = run(who, fresh(who, 'red'), { today: '2025-08-31' });
    expect(kinds(outside)).not.toContain('turningEighteen');
  });

  it('amber is medium, red high', () => {
    const who = youth({ birthDate: '2009-03-01' });
    expect(run(who, fresh(who, 'amber'))[0]?.severity).toBe('medium');
  });
});

describe('planned end within N months and any light red', () => {
  it.each([
    ['2027-02-25', 'red', {}, true, 'exactly 3 months'],
    ['2027-02-26', 'red', {}, false, 'just beyond'],
    ['2027-02-26', 'red', { plannedEndMonths: 4 }, true, 'threshold raised'],
    ['2027-01-10', 'amber', {}, false, 'no red light'],
    [TODAY, 'red', {}, true, 'ends today'],
    [undefined, 'red', {}, false, 'no planned end'],
  ] as const)('%s %s %o → %s (%s)', (plannedEnd, colour, thresholds, expected, _note) => {
    const who = youth(plannedEnd ? { plannedEnd } : {});
    const lights = [light(who, housing.id, colour), light(who, transition.id, 'notApplicable')];
    expect(kinds(run(who, lights, { thresholds })).includes('plannedEndNearWithRed')).toBe(
      expected,
    );
  });

  it('names the red conditions', () => {
    const who = youth({ plannedEnd: '2027-01-25' });
    const signal = run(who, [light(who, housing.id, 'red')]).find(
      (s) => s.kind === 'plannedEndNearWithRed',
    );
    expect(signal).toMatchObject({ monthsUntil: 2, redConditionIds: [housing.id] });
  });
});

describe('planned end passed and still placed', () => {
  it.each([
    ['2026-11-24', 'placed', true],
    [TODAY, 'placed', false],
    ['2026-01-01', 'left', false],
  ] as const)('planned end %s, %s → %s', (plannedEnd, status, expected) => {
    const who = youth({ plannedEnd, status, leftOn: status === 'left' ? TODAY : undefined });
    expect(kinds(run(who, fresh(who))).includes('plannedEndPassed')).toBe(expected);
  });

  it('gives the days overdue', () => {
    const who = youth({ plannedEnd: '2026-11-15' });
    expect(run(who, fresh(who)).find((s) => s.kind === 'plannedEndPassed')).toMatchObject({
      daysOverdue: 10,
    });
  });
});

describe('a light not reviewed for more than N weeks', () => {
  const weeksAgo = (days: number) => {
    const date = new Date(Date.UTC(2026, 10, 25 - days, 9));
    return date.toISOString();
  };
  it.each([
    [42, {}, false, 'exactly 6 weeks'],
    [43, {}, true, 'six weeks and a day'],
    [43, { staleWeeks: 8 }, false, 'threshold raised to 8 weeks'],
    [15, { staleWeeks: 2 }, true, 'threshold lowered to 2 weeks'],
  ] as const)('%s days ago %o → %s (%s)', (days, thresholds, expected, _note) => {
    const who = youth();
    const lights = [
      light(who, housing.id, 'amber', weeksAgo(days)),
      light(who, transition.id, 'notApplicable', weeksAgo(days)),
    ];
    expect(kinds(run(who, lights, { thresholds })).includes('stale')).toBe(expected);
  });

  it('only n.v.t. lights are never stale', () => {
    const who = youth({ birthDate: '2014-01-01' });
    const lights = [light(who, housing.id, 'notApplicable', weeksAgo(200))];
    // 18+ overgang is automatically n.v.t. at 12; Wonen was set to n.v.t. long ago.
    expect(kinds(run(who, lights))).not.toContain('stale');
  });

  it('a light set and then confirmed unchanged is fresh again', () => {
    const who = youth();
    const old = light(who, housing.id, 'amber', weeksAgo(60));
    const confirmed = light(who, housing.id, 'amber', weeksAgo(1));
    const transitionLight = light(who, transition.id, 'notApplicable', weeksAgo(1));
    expect(kinds(run(who, [old, transitionLight]))).toContain('stale');
    // The current-light index keeps the newest: the confirmation.
    expect(kinds(run(who, [old, confirmed, transitionLight]))).not.toContain('stale');
  });

  it('a light never assessed counts from the placement start', () => {
    const recent = youth({ placementStart: '2026-11-01', birthDate: '2014-01-01' });
    expect(kinds(run(recent, []))).not.toContain('stale');
    const longAgo = youth({ placementStart: '2026-01-01', birthDate: '2014-01-01' });
    expect(run(longAgo, []).find((s) => s.kind === 'stale')).toMatchObject({
      conditionIds: [housing.id],
    });
  });

  it('a young person added to the board today is new, not stale since an old placement', () => {
    const added = youth({
      placementStart: '2024-03-01',
      birthDate: '2014-01-01',
      createdAt: `${TODAY}T08:00:00.000Z`,
    });
    expect(kinds(run(added, []))).not.toContain('stale');
    // Six weeks after being added, the never-assessed lights are stale, counted from then.
    const later = addDaysIso(TODAY, 7 * 7);
    expect(run(added, [], { today: later }).find((s) => s.kind === 'stale')).toMatchObject({
      weeks: 7,
    });
  });

  it('red or amber without a reason is named; a reason, green or n.v.t. is not', () => {
    const who = youth({ birthDate: '2009-01-01' });
    const silent = [
      light(who, housing.id, 'red', undefined, { reason: '' }),
      light(who, transition.id, 'amber', undefined, { reason: '  ' }),
    ];
    expect(run(who, silent).find((s) => s.kind === 'reasonMissing')).toMatchObject({
      severity: 'low',
      conditionIds: [housing.id, transition.id],
    });
    const said = [
      light(who, housing.id, 'red', undefined, { reason: 'Geen woonplek' }),
      light(who, transition.id, 'green', undefined, { reason: '' }),
    ];
    expect(kinds(run(who, said))).not.toContain('reasonMissing');
  });

  it('lists all stale lights in one signal with the oldest age in weeks', () => {
    const who = youth({ birthDate: '2009-01-01' });
    const lights = [
      light(who, housing.id, 'amber', weeksAgo(70)),
      light(who, transition.id, 'green', weeksAgo(50)),
    ];
    const stale = run(who, lights).filter((s) => s.kind === 'stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ conditionIds: [housing.id, transition.id], weeks: 10 });
  });
});

describe('red for N or more consecutive reviews', () => {
  it.each([
    [2, {}, false],
    [3, {}, true],
    [3, { redStreak: 4 }, false],
    [5, { redStreak: 4 }, true],
  ] as const)('streak %s %o → %s', (streak, thresholds, expected) => {
    const who = youth();
    const lights = [light(who, housing.id, 'red'), light(who, transition.id, 'notApplicable')];
    const signals = run(who, lights, {
      thresholds,
      streaks: { [`${who.id}|${housing.id}`]: streak },
    });
    expect(kinds(signals).includes('redStreak')).toBe(expected);
  });

  it('a light no longer red raises nothing, whatever the stored streak', () => {
    const who = youth();
    const lights = [light(who, housing.id, 'amber'), light(who, transition.id, 'notApplicable')];
    expect(kinds(run(who, lights, { streaks: { [`${who.id}|${housing.id}`]: 9 } }))).not.toContain(
      'redStreak',
    );
  });
});

describe('open escalations', () => {
  const who = youth();
  const lights = [light(who, housing.id, 'red'), light(who, transition.id, 'notApplicable')];
  const streaks = { [`${who.id}|${housing.id}`]: 3 };

  it('waiting for an answer: medium, high once overdue; it replaces the candidate for its condition', () => {
    const waiting = makeEscalation({
      youthId: who.id,
      conditionId: housing.id,
      answerDueOn: '2026-11-30',
    });
    const views = escalationViews([waiting], [], TODAY);
    const signals = run(who, lights, { streaks, escalations: views });
    expect(kinds(signals)).not.toContain('redStreak');
    expect(signals.find((signal) => signal.kind === 'escalationOpen')).toMatchObject({
      severity: 'medium',
      status: 'open',
      daysOverdue: 0,
      escalationId: waiting.id,
    });
    const late = escalationViews([{ ...waiting, answerDueOn: '2026-11-20' }], [], TODAY);
    expect(run(who, lights, { streaks, escalations: late })[0]).toMatchObject({
      kind: 'escalationOpen',
      severity: 'high',
      daysOverdue: 5,
    });
  });

  it('answered and not closed: low, with the outcome; closed: nothing; another condition keeps its candidate', () => {
    const other = makeEscalation({ youthId: who.id, conditionId: transition.id });
    const done = makeEscalation({ youthId: who.id });
    const views = escalationViews(
      [other, done],
      [
        makeEscalationUpdate({ escalationId: other.id, youthId: who.id, outcome: 'ongoing' }),
        makeEscalationUpdate({ escalationId: done.id, youthId: who.id, kind: 'closed' }),
      ],
      TODAY,
    );
    const signals = run(who, lights, { streaks, escalations: views });
    expect(kinds(signals)).toContain('redStreak');
    const open = signals.filter((signal) => signal.kind === 'escalationOpen');
    expect(open).toEqual([
      expect.objectContaining({ severity: 'low', status: 'answered', outcome: 'ongoing' }),
    ]);
  });

  it('signalsByYouth hands each young person their own escalations', () => {
    const someoneElse = youth();
    const views = escalationViews([makeEscalation({ youthId: someoneElse.id })], [], TODAY);
    const map = signalsByYouth({
      youths: [who, someoneElse],
      conditions,
      lights: indexCurrentLights([...fresh(who), ...fresh(someoneElse)]),
      reviewRequests: [],
      escalations: views,
      thresholds: DEFAULT_SIGNAL_THRESHOLDS,
      today: TODAY,
    });
    expect(map.has(who.id)).toBe(false);
    expect(kinds([...(map.get(someoneElse.id) ?? [])])).toEqual(['escalationOpen']);
  });
});

describe('consecutiveReds', () => {
  const who = youth();
  const at = (day: number) => `2026-0${day}-01T10:00:00.000Z`;
  const entry = (day: number, colour: AssessedColour, extra: Partial<Assessment> = {}) =>
    light(who, housing.id, colour, at(day), extra);

  it.each([
    ['no history', [], 0],
    ['one red', [entry(1, 'red')], 1],
    ['red, amber, red', [entry(1, 'red'), entry(2, 'amber'), entry(3, 'red')], 1],
    [
      'red set and then confirmed unchanged twice',
      [entry(1, 'red'), entry(2, 'red'), entry(3, 'red')],
      3,
    ],
    ['newest green', [entry(1, 'red'), entry(2, 'red'), entry(3, 'green')], 0],
  ] as const)('%s → %s', (_name, history, expected) => {
    expect(consecutiveReds([...history].reverse())).toBe(expected);
  });

  it('an undo and the review it undid are not reviews', () => {
    const first = entry(1, 'red');
    const second = entry(2, 'red');
    const mistaken = entry(3, 'green');
    const undo = entry(4, 'red', { undoes: mistaken.id });
    expect(consecutiveReds([first, second, mistaken, undo])).toBe(2);
    expect(redRun([first, second, mistaken, undo])).toEqual({ reviews: 2, since: at(1) });
  });

  it('the run starts at its oldest red review', () => {
    expect(redRun([entry(3, 'red'), entry(1, 'amber'), entry(2, 'red')])).toEqual({
      reviews: 2,
      since: at(2),
    });
    expect(redRun([entry(1, 'red'), entry(2, 'green')])).toEqual({ reviews: 0 });
    expect(redRunFields(redRun([]))).toEqual({ redStreak: 0 });
  });

  it('the projection built in bulk carries the run of every cell', () => {
    const first = entry(1, 'red');
    const second = entry(2, 'red');
    const school = light(who, transition.id, 'green', at(3));
    const lights = currentLightsOf([second, school, first]);
    expect(lights).toEqual([
      { ...second, redStreak: 2, redSince: at(1) },
      { ...school, redStreak: 0 },
    ]);
  });

  it('appending a review continues, starts or ends the run', () => {
    const red = entry(1, 'red');
    const stored = { ...red, ...redRunFields(redRun([red])) };
    expect(nextRedRun(stored, entry(2, 'red'))).toEqual({ reviews: 2, since: at(1) });
    expect(nextRedRun(undefined, entry(2, 'red'))).toEqual({ reviews: 1, since: at(2) });
    expect(nextRedRun({ ...entry(1, 'amber'), redStreak: 0 }, entry(2, 'red'))).toEqual({
      reviews: 1,
      since: at(2),
    });
    expect(nextRedRun(stored, entry(2, 'green'))).toEqual({ reviews: 0 });
  });
});

describe('an action past its due date', () => {
  it.each([
    ['2026-11-24', 'Aanmelden', true],
    [TODAY, 'Aanmelden', false],
    ['2026-11-01', '', false],
    [undefined, 'Aanmelden', false],
  ] as const)('due %s, action "%s" → %s', (dueDate, action, expected) => {
    const who = youth();
    const lights = [
      light(who, housing.id, 'amber', undefined, {
        action,
        actionOwner: 'Sanne W.',
        ...(dueDate ? { dueDate } : {}),
      }),
      light(who, transition.id, 'notApplicable'),
    ];
    expect(kinds(run(who, lights)).includes('actionOverdue')).toBe(expected);
  });
});

describe('17 or older without a recorded perspective', () => {
  it.each([
    ['2009-11-25', undefined, {}, true, 'exactly 17 today'],
    ['2009-11-26', undefined, {}, false, 'turns 17 tomorrow'],
    ['2009-01-01', 'onbekend', {}, true, '"nog onbekend" is not a perspective'],
    ['2009-01-01', 'begeleidWonen', {}, false, 'perspective recorded'],
    ['2010-01-01', undefined, { perspectiveAge: 16 }, true, 'age setting lowered'],
  ] as const)('%s %s %o → %s (%s)', (birthDate, perspective, thresholds, expected, _note) => {
    const who = youth({ birthDate, perspective });
    const signals = run(who, fresh(who), { thresholds });
    expect(kinds(signals).includes('noPerspective')).toBe(expected);
  });
});

describe('evaluation moments', () => {
  it('3 months after start and 3 months before the planned end', () => {
    expect(
      evaluationMoments(youth({ placementStart: '2026-01-31', plannedEnd: '2027-05-31' })),
    ).toEqual([
      { moment: 'afterStart', date: '2026-04-30' },
      { moment: 'beforeEnd', date: '2027-02-28' },
    ]);
    expect(evaluationMoments(youth({ placementStart: '2026-01-31' }))).toHaveLength(1);
  });

  it.each([
    // placementStart, plannedEnd, last discussed, expected moment
    ['2026-09-15', undefined, undefined, undefined, 'window not open yet'],
    ['2026-09-05', undefined, undefined, 'afterStart', 'window open (14 days before 5 Dec)'],
    ['2026-09-05', undefined, '2026-11-21T10:00:00.000Z', undefined, 'held within the window'],
    ['2026-08-01', undefined, '2026-10-10T10:00:00.000Z', 'afterStart', 'overdue, not held'],
    ['2025-01-01', '2027-03-01', '2026-10-01T10:00:00.000Z', 'beforeEnd', 'before the end'],
    ['2025-01-01', '2027-03-20', '2026-10-01T10:00:00.000Z', undefined, 'end window not open'],
  ] as const)(
    '%s – %s, discussed %s → %s (%s)',
    (placementStart, plannedEnd, discussed, want, _note) => {
      const who = youth({ placementStart, ...(plannedEnd ? { plannedEnd } : {}) });
      const lights = discussed
        ? [
            light(who, housing.id, 'green', discussed),
            light(who, transition.id, 'notApplicable', discussed),
          ]
        : [];
      const signal = run(who, lights).find((s) => s.kind === 'evaluationDue');
      expect(signal && signal.kind === 'evaluationDue' ? signal.moment : undefined).toBe(want);
    },
  );

  it('the next moment for the review status', () => {
    const who = youth({ placementStart: '2026-10-01', plannedEnd: '2027-10-01' });
    expect(nextEvaluation(who, undefined, 14)).toEqual({
      moment: 'afterStart',
      date: '2027-01-01',
    });
    expect(nextEvaluation(who, '2026-12-20T10:00:00.000Z', 14)).toEqual({
      moment: 'beforeEnd',
      date: '2027-07-01',
    });
  });
});

describe('herbeoordeling nodig', () => {
  const request = (who: Youth, extra: Partial<ReviewRequest> = {}): ReviewRequest => ({
    id: 'request-1' as ReviewRequestId,
    youthId: who.id,
    trigger: 'crisis',
    note: 'Crisisopname',
    requestedAt: '2026-11-24T12:00:00.000Z',
    createdAt: '2026-11-24T12:00:00.000Z',
    updatedAt: '2026-11-24T12:00:00.000Z',
    updatedBy: 'Test',
    ...extra,
  });

  it.each([
    ['open, discussed before', '2026-11-20T10:00:00.000Z', {}, true],
    ['assessed after the request', '2026-11-25T10:00:00.000Z', {}, false],
    [
      'resolved by hand',
      '2026-11-20T10:00:00.000Z',
      { resolvedAt: '2026-11-24T13:00:00.000Z' },
      false,
    ],
  ] as const)('%s → %s', (_name, discussed, extra, expected) => {
    const who = youth();
    const lights = [light(who, housing.id, 'green', discussed)];
    const signals = run(who, lights, { requests: [request(who, extra)] });
    expect(signals[0]?.kind === 'reviewRequested').toBe(expected);
  });

  it('is on top even above other high signals', () => {
    const who = youth({ birthDate: '2009-01-01', perspective: undefined });
    const lights = [light(who, housing.id, 'red', '2026-11-20T10:00:00.000Z')];
    const signals = run(who, lights, { requests: [request(who)] });
    expect(kinds(signals)[0]).toBe('reviewRequested');
    expect(kinds(signals)).toContain('turningEighteen');
  });
});

describe('signalsByYouth', () => {
  it('a young person who left has no signals; only those with signals are listed', () => {
    const calm = youth();
    const left = youth({ status: 'left', leftOn: '2026-10-01', plannedEnd: '2026-09-01' });
    const busy = youth({ plannedEnd: '2026-11-01' });
    const map = signalsByYouth({
      youths: [calm, left, busy],
      conditions,
      lights: indexCurrentLights([...fresh(calm), ...fresh(busy)]),
      reviewRequests: [],
      thresholds: DEFAULT_SIGNAL_THRESHOLDS,
      today: TODAY,
    });
    expect([...map.keys()]).toEqual([busy.id]);
  });

  // A guard against accidental quadratic work, with room for a loaded CI machine;
  // the board itself is measured in the browser.
  it('stays fast for 5,000 young people', () => {
    const youths = Array.from({ length: 5000 }, (_, i) =>
      youth({
        id: `y${i}` as YouthId,
        birthDate: `20${String(8 + (i % 5)).padStart(2, '0')}-03-01`,
      }),
    );
    const lights = youths.flatMap((who) => fresh(who, 'red'));
    const started = performance.now();
    const map = signalsByYouth({
      youths,
      conditions,
      lights: indexCurrentLights(lights),
      reviewRequests: [],
      thresholds: DEFAULT_SIGNAL_THRESHOLDS,
      today: TODAY,
    });
    expect(map.size).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('thresholds', () => {
  it('stored values override the defaults; out-of-range values fall back', () => {
    expect(resolveThresholds(undefined)).toEqual(DEFAULT_SIGNAL_THRESHOLDS);
    expect(resolveThresholds({ staleWeeks: 8, redStreak: 99 })).toEqual({
      ...DEFAULT_SIGNAL_THRESHOLDS,
      staleWeeks: 8,
    });
  });

  it.each([
    ['', 'required'],
    ['3.5', 'notWholeNumber'],
    ['-1', 'notWholeNumber'],
    ['0', 'outOfRange'],
    ['25', 'outOfRange'],
  ] as const)('turningEighteenMonths "%s" → %s', (raw, code) => {
    const input = Object.fromEntries(
      Object.entries(DEFAULT_SIGNAL_THRESHOLDS).map(([key, value]) => [key, String(value)]),
    ) as Record<keyof SignalThresholds, string>;
    const result = validateThresholds({ ...input, turningEighteenMonths: raw });
    expect(result.value).toBeUndefined();
    expect(result.errors.turningEighteenMonths).toBe(code);
  });

  it('valid input gives numbers', () => {
    const input = Object.fromEntries(
      Object.entries(DEFAULT_SIGNAL_THRESHOLDS).map(([key, value]) => [key, String(value)]),
    ) as Record<keyof SignalThresholds, string>;
    expect(validateThresholds({ ...input, turningEighteenMonths: ' 12 ' }).value).toEqual({
      ...DEFAULT_SIGNAL_THRESHOLDS,
      turningEighteenMonths: 12,
    });
  });
});

describe('open actions', () => {
  const who = youth({ initials: 'B.B.' });
  const other = youth({ initials: 'A.A.' });
  const actions = openActions(
    [who, other],
    conditions,
    [
      light(who, housing.id, 'red', undefined, {
        action: 'Bellen',
        actionOwner: 'Lotte',
        dueDate: '2026-12-01',
      }),
      light(who, transition.id, 'amber', undefined, {
        action: 'Aanvragen',
        actionOwner: 'Joost',
        dueDate: '2026-11-01',
      }),
      light(other, housing.id, 'amber', undefined, { action: 'Zoeken', actionOwner: 'Lotte' }),
      light(other, transition.id, 'green'),
    ],
    TODAY,
  );

  it('lists lights with an action, overdue first, no date last', () => {
    expect(sortActionsByDueDate(actions).map((a) => a.light.action)).toEqual([
      'Aanvragen',
      'Bellen',
      'Zoeken',
    ]);
    expect(actions.find((a) => a.light.action === 'Aanvragen')).toMatchObject({
      overdue: true,
      daysOverdue: 24,
    });
  });

  it('groups by owner', () => {
    expect(
      groupActionsByOwner(actions).map((group) => [group.owner, group.actions.length]),
    ).toEqual([
      ['Joost', 1],
      ['Lotte', 2],
    ]);
  });
});

describe('follow-up after outflow', () => {
  it.each([
    ['2026-08-25', [], [3]],
    ['2026-08-26', [], []],
    ['2026-05-25', [], [3, 6]],
    ['2026-05-25', [3], [6]],
    ['2026-05-25', [3, 6], []],
  ] as const)('left %s, answered %o → due %o', (leftOn, answered, expected) => {
    const who = youth({ status: 'left', leftOn });
    const due = dueFollowUps(
      [who],
      answered.map((monthsAfter) => ({ youthId: who.id, monthsAfter })),
      TODAY,
    );
    expect(due.map((d) => d.monthsAfter)).toEqual(expected);
  });
});

describe('calendar arithmetic without Date objects', () => {
  it('agrees with date-fns over four years of days, leap days included', () => {
    let date = '2023-12-25';
    for (let i = 0; i < 1500; i++) {
      const next = addDaysIso(date, 1);
      expect(next).toBe(format(addDays(parseISO(date), 1), 'yyyy-MM-dd'));
      for (const months of [-3, 1, 3, 6, 12, -12])
        expect(addMonthsIso(date, months)).toBe(
          format(addMonths(parseISO(date), months), 'yyyy-MM-dd'),
        );
      date = next;
    }
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysIso('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('attentionByYouth', () => {
  const id = (name: string) => name as YouthId;
  const c = (name: string) => name as ConditionId;
  const stale = (youthId: YouthId): Signal => ({
    youthId,
    severity: 'low',
    kind: 'stale',
    conditionIds: [c('a'), c('b'), c('a')],
    weeks: 8,
  });
  const passed = (youthId: YouthId): Signal => ({
    youthId,
    severity: 'medium',
    kind: 'plannedEndPassed',
    plannedEnd: '2026-11-01',
    daysOverdue: 24,
  });
  const request = (youthId: YouthId): Signal => ({
    youthId,
    severity: 'low',
    kind: 'reviewRequested',
    requestId: 'r' as ReviewRequestId,
    trigger: 'crisis',
    note: '',
    requestedAt: '2026-11-20T10:00:00.000Z',
  });

  it('gives one entry per young person, by most urgent signal, then by count, then tie-break', () => {
    const byYouth = new Map<YouthId, Signal[]>([
      [id('low'), [stale(id('low'))]],
      [id('one'), [passed(id('one'))]],
      [id('two'), [stale(id('two')), passed(id('two'))]],
      [id('asked'), [stale(id('asked')), request(id('asked'))]],
      [id('also'), [passed(id('also'))]],
    ]);
    const rows = attentionByYouth(byYouth, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(rows.map((row) => row.youthId)).toEqual(['asked', 'two', 'also', 'one', 'low']);
    // Within a row, most urgent first.
    expect(rows[0]?.signals.map((signal) => signal.kind)).toEqual(['reviewRequested', 'stale']);
    expect(rows[1]?.signals.map((signal) => signal.kind)).toEqual(['plannedEndPassed', 'stale']);
  });

  it('names the conditions a signal is about, once each', () => {
    expect(signalConditionIds(stale(id('x')))).toEqual(['a', 'b']);
    expect(signalConditionIds(passed(id('x')))).toEqual([]);
  });
});
