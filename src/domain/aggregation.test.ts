import { describe, expect, it } from 'vitest';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import {
  bottlenecks,
  redSinceInHistories,
  countsByCondition,
  escalationCandidates,
  escalationCandidatesOf,
  expectedToLeaveWithin,
  keyFigures,
  median,
  outflowBetween,
  redRunsInHistories,
  redRunsOnLights,
  regionalOverview,
  suppressSmallCells,
  trend,
  turningEighteenWithin,
  youthsWithRed,
  type PublishedCount,
} from './aggregation';
import { cellKey } from './board';
import type { OutflowCheck } from './follow-up-types';
import type { ConditionId, FollowUpId, YouthId } from './ids';
import { currentLightsOf } from './signals';
import { boardAt, cellHistoriesAt, lightsAt } from './state-at-date';
import type { AssessedColour, Condition, Youth } from './types';

const wonen = makeCondition({ id: 'wonen' as ConditionId, name: 'Wonen', order: 0 });
const school = makeCondition({ id: 'school' as ConditionId, name: 'School', order: 1 });
const conditions = [wonen, school];

function at(youth: Youth, condition: Condition, colour: AssessedColour, date: string) {
  return makeAssessment({
    youthId: youth.id,
    conditionId: condition.id,
    colour,
    assessedAt: `${date}T12:00:00.000Z`,
  });
}

describe('counts and lists for a municipality', () => {
  const a = makeYouth({ id: 'a' as YouthId, initials: 'A.A.', municipality: 'Zwolle' });
  const b = makeYouth({
    id: 'b' as YouthId,
    initials: 'B.B.',
    municipality: 'Zwolle',
    birthDate: '2009-01-10',
    plannedEnd: '2026-12-15',
  });
  const c = makeYouth({ id: 'c' as YouthId, initials: 'C.C.', municipality: 'Kampen' });
  const history = [
    at(a, wonen, 'red', '2026-07-01'),
    at(a, wonen, 'red', '2026-08-01'),
    at(a, wonen, 'red', '2026-09-01'),
    at(a, school, 'green', '2026-09-01'),
    at(b, wonen, 'amber', '2026-09-01'),
    at(b, wonen, 'red', '2026-10-01'),
    at(c, wonen, 'green', '2026-09-01'),
  ];
  const date = '2026-10-31';
  const rows = boardAt([a, b, c], conditions, lightsAt(history, date), date);

  it('counts per condition per colour like the board totals row', () => {
    const zwolle = rows.filter((row) => row.youth.municipality === 'Zwolle');
    const counts = countsByCondition(zwolle, conditions);
    expect(counts[0]?.counts).toMatchObject({ red: 2, amber: 0, green: 0, unassessed: 0 });
    expect(counts[1]?.counts).toMatchObject({ red: 0, green: 1, unassessed: 1 });
  });

  it('lists reds, turning 18, leaving soon and escalation candidates', () => {
    const zwolle = rows.filter((row) => row.youth.municipality === 'Zwolle');
    expect(youthsWithRed(zwolle, conditions).map((r) => r.youth.initials)).toEqual([
      'A.A.',
      'B.B.',
    ]);
    expect(turningEighteenWithin(zwolle, conditions, date).map((r) => r.youth.initials)).toEqual([
      'B.B.',
    ]);
    expect(expectedToLeaveWithin(zwolle, date)).toMatchObject([
      { plannedEnd: '2026-12-15', overdue: false, reds: 1 },
    ]);
    const escalations = escalationCandidates(zwolle, conditions, cellHistoriesAt(history, date));
    expect(escalations.map((e) => [e.youth.initials, e.condition.name, e.reviews])).toEqual([
      ['A.A.', 'Wonen', 3],
    ]);
  });

  it('ranks bottlenecks by reds and median days red', () => {
    const ranked = bottlenecks(
      rows,
      conditions,
      redSinceInHistories(cellHistoriesAt(history, date)),
      date,
    );
    expect(ranked).toHaveLength(1);
    // A.A. red since 1 July (122 days), B.B. since 1 October (30 days).
    expect(ranked[0]).toMatchObject({ condition: wonen, red: 2, medianDaysRed: 76 });
  });

  it('follows reds and greens month by month', () => {
    const points = trend(
      [a, b, c],
      conditions,
      history,
      ['2026-07', '2026-08', '2026-09', '2026-10'],
      ['Zwolle'],
      '2026-11-25',
    );
    expect(points.map((p) => [p.month, p.red, p.green])).toEqual([
      ['2026-07', 1, 0],
      ['2026-08', 1, 0],
      ['2026-09', 1, 1],
      ['2026-10', 2, 1],
    ]);
  });

  it('marks months without any review, so they read as a gap and not as zero', () => {
    const points = trend(
      [a, b, c],
      conditions,
      history,
      ['2026-06', '2026-07', '2026-10', '2026-11'],
      ['Zwolle'],
      '2026-11-25',
    );
    expect(points.map((p) => [p.month, p.reviews])).toEqual([
      ['2026-06', 0],
      ['2026-07', 1],
      ['2026-10', 1],
      ['2026-11', 0],
    ]);
  });

  it('gives each red light on the red list its action, owner role and red since', () => {
    const withAction = [
      ...history,
      makeAssessment({
        youthId: b.id,
        conditionId: wonen.id,
        colour: 'red',
        action: ' Aanmelden begeleid wonen ',
        actionOwner: 'Mehmet K.',
        actionOwnerRole: 'coordinator',
        dueDate: '2026-11-15',
        assessedAt: '2026-10-20T12:00:00.000Z',
      }),
    ];
    const at31 = boardAt([b], conditions, lightsAt(withAction, date), date);
    const [row] = youthsWithRed(
      at31,
      conditions,
      redSinceInHistories(cellHistoriesAt(withAction, date)),
    );
    expect(row?.cells).toEqual([
      {
        condition: wonen,
        action: 'Aanmelden begeleid wonen',
        actionOwnerRole: 'coordinator',
        dueDate: '2026-11-15',
        // The first of the two red reviews in a row, not the newest.
        redSince: '2026-10-01T12:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(row)).not.toContain('Mehmet');
  });

  it('reports outflow in the period with destinations and days placed', () => {
    const gone = makeYouth({
      municipality: 'Zwolle',
      placementStart: '2026-01-01',
      status: 'left',
      leftOn: '2026-10-11',
      actualDestination: 'thuis',
    });
    const earlier = makeYouth({ municipality: 'Zwolle', status: 'left', leftOn: '2026-09-30' });
    const outflow = outflowBetween([gone, earlier, a], ['Zwolle'], '2026-10-01', '2026-10-31');
    expect(outflow.rows).toHaveLength(1);
    expect(outflow.rows[0]?.daysPlaced).toBe(283);
    expect(outflow.byDestination).toEqual([{ destination: 'thuis', count: 1 }]);
    expect(outflow.medianDaysPlaced).toBe(283);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('key figures of the monthly report', () => {
  const conditionsOf = [wonen, school];
  const check = (
    youthId: YouthId,
    monthsAfter: 3 | 6,
    answer: Partial<OutflowCheck> = {},
  ): OutflowCheck => ({
    id: `check-${youthId}-${monthsAfter}` as FollowUpId,
    youthId,
    monthsAfter,
    checkedOn: '2026-10-15',
    stillInIntendedPlace: true,
    backInCare: false,
    note: '',
    createdAt: '2026-10-15T10:00:00.000Z',
    updatedAt: '2026-10-15T10:00:00.000Z',
    updatedBy: 'Test',
    ...answer,
  });
  const asOf = '2026-10-31';
  const placedRed = makeYouth({ id: 'p1' as YouthId, plannedEnd: '2026-12-01' });
  const placedLate = makeYouth({ id: 'p2' as YouthId, plannedEnd: '2026-09-01' });
  const turning = makeYouth({ id: 'p3' as YouthId, birthDate: '2009-02-01' });
  const leftNow = makeYouth({ id: 'l0' as YouthId, status: 'left', leftOn: '2026-10-05' });
  // 3-month check due 2026-07-01 and 6-month 2026-10-01: both in the window.
  const leftApril = makeYouth({ id: 'l1' as YouthId, status: 'left', leftOn: '2026-04-01' });
  const leftMay = makeYouth({ id: 'l2' as YouthId, status: 'left', leftOn: '2026-05-10' });
  const leftJune = makeYouth({ id: 'l3' as YouthId, status: 'left', leftOn: '2026-06-20' });
  // 3-month check due 2026-09-30; its 6-month check is not due yet.
  const leftJuly = makeYouth({ id: 'l4' as YouthId, status: 'left', leftOn: '2026-06-30' });
  // Checks long ago: outside the 12-month window.
  const leftLongAgo = makeYouth({ id: 'l5' as YouthId, status: 'left', leftOn: '2024-01-01' });
  const youths = [
    placedRed,
    placedLate,
    turning,
    leftNow,
    leftApril,
    leftMay,
    leftJune,
    leftJuly,
    leftLongAgo,
  ];
  const history = [
    at(placedRed, wonen, 'red', '2026-10-01'),
    at(placedLate, school, 'amber', '2026-10-01'),
  ];
  const rows = boardAt(youths, conditionsOf, lightsAt(history, asOf), asOf);
  const checks = [
    check(leftApril.id, 3),
    check(leftApril.id, 6, { stillInIntendedPlace: false, backInCare: true }),
    check(leftMay.id, 3, { reached: false, stillInIntendedPlace: false }),
    check(leftJune.id, 3, { stillInIntendedPlace: false }),
    // Answered after the report date: not read, so a reprint stays the same.
    check(leftJuly.id, 3, { checkedOn: '2026-11-02' }),
    check(leftLongAgo.id, 3),
  ];

  it('counts placed, red, turning 18, outflow due, past planned end and left this month', () => {
    const figures = keyFigures({ rows, youths, checks, month: '2026-10', asOf });
    expect(figures).toMatchObject({
      placed: 3,
      withRed: 1,
      turningEighteen: 1,
      outflowDue: 1,
      pastPlannedEnd: 1,
      leftThisMonth: 1,
    });
  });

  it('says how many follow-up answers are known, and counts "niet bereikt" as unknown', () => {
    const { followUp, backInCare } = keyFigures({ rows, youths, checks, month: '2026-10', asOf });
    // Due at 3 months: April, May, June, July leavers. Known: April and June (May not reached, July later).
    expect(followUp[0]).toEqual({
      monthsAfter: 3,
      due: 4,
      known: 2,
      stillInPlace: 1,
      notReached: 1,
    });
    // Due at 6 months: April (2026-10-01). May's is due 2026-11-10.
    expect(followUp[1]).toEqual({
      monthsAfter: 6,
      due: 1,
      known: 1,
      stillInPlace: 0,
      notReached: 0,
    });
    expect(backInCare).toEqual({ due: 4, known: 2, backInCare: 1 });
  });

  it('counts escalations open on the report date, the same on a reprint', () => {
    const waiting = makeEscalation({ youthId: placedRed.id, raisedOn: '2026-10-02' });
    // Answered (not closed) in October: still open.
    const answered = makeEscalation({ youthId: placedLate.id, raisedOn: '2026-09-01' });
    // Closed in October: not open.
    const closed = makeEscalation({ youthId: turning.id, raisedOn: '2026-09-01' });
    // Closed only in November: open at the end of October.
    const closedLater = makeEscalation({ youthId: leftNow.id, raisedOn: '2026-09-15' });
    // Raised after the report date: not counted.
    const later = makeEscalation({ youthId: placedRed.id, raisedOn: '2026-11-03' });
    // Another municipality's young person: not counted.
    const elsewhere = makeEscalation({ youthId: 'x' as YouthId, raisedOn: '2026-10-01' });
    const updates = [
      makeEscalationUpdate({
        escalationId: answered.id,
        youthId: answered.youthId,
        on: '2026-10-10',
      }),
      makeEscalationUpdate({
        escalationId: closed.id,
        youthId: closed.youthId,
        kind: 'closed',
        on: '2026-10-20',
      }),
      makeEscalationUpdate({
        escalationId: closedLater.id,
        youthId: closedLater.youthId,
        kind: 'closed',
        on: '2026-11-02',
      }),
    ];
    const figures = keyFigures({
      rows,
      youths,
      checks,
      month: '2026-10',
      asOf,
      escalations: [waiting, answered, closed, closedLater, later, elsewhere],
      escalationUpdates: updates,
    });
    expect(figures.escalationsOpen).toBe(3);
    expect(keyFigures({ rows, youths, checks, month: '2026-10', asOf }).escalationsOpen).toBe(0);
  });

  it('counts nothing as known without answers', () => {
    const { followUp, backInCare } = keyFigures({
      rows,
      youths,
      checks: [],
      month: '2026-10',
      asOf,
    });
    expect(followUp[0]).toMatchObject({ due: 4, known: 0, stillInPlace: 0 });
    expect(backInCare).toEqual({ due: 4, known: 0, backInCare: 0 });
  });
});

const show = (cell: PublishedCount | undefined) =>
  cell?.kind === 'count' ? cell.value : cell?.kind === 'small' ? '<5' : 'x';

describe('small-cell suppression', () => {
  it('hides 1–4 and never shows the value', () => {
    const published = suppressSmallCells([0, 1, 4, 5, 12], []);
    expect(published.map(show)).toEqual([0, '<5', '<5', 5, 12]);
    expect(published[1]).toEqual({ kind: 'small' });
  });

  it('hides a second cell when a published total would give the small one away', () => {
    // 3 + 7 + 10 = 20: with 20 published, the 3 would follow from 20 − 7 − 10.
    const published = suppressSmallCells([3, 7, 10, 20], [{ total: 3, members: [0, 1, 2] }]);
    expect(published.map(show)).toEqual(['<5', 'x', 10, 20]);
  });

  it('keeps going until no sum has exactly one hidden cell', () => {
    // Two rows that share column totals: 2 | 8 and 9 | 6, columns 11 and 14.
    const values = [2, 8, 9, 6, 10, 15, 11, 14, 25];
    const groups = [
      { total: 4, members: [0, 1] },
      { total: 5, members: [2, 3] },
      { total: 6, members: [0, 2] },
      { total: 7, members: [1, 3] },
    ];
    const published = suppressSmallCells(values, groups);
    for (const group of groups) {
      const hidden = [group.total, ...group.members].filter(
        (index) => published[index]?.kind !== 'count',
      );
      expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
    }
    expect(published[0]?.kind).toBe('small');
  });

  it('builds an anonymous regional overview with no identifying values', () => {
    const youths = [
      ...Array.from({ length: 12 }, (_, i) =>
        makeYouth({ id: `z${i}` as YouthId, municipality: 'Zwolle' }),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        makeYouth({ id: `k${i}` as YouthId, municipality: 'Kampen' }),
      ),
    ];
    const history = youths.flatMap((youth, i) => [
      at(youth, wonen, i < 7 ? 'red' : 'green', '2026-10-01'),
      at(youth, school, 'green', '2026-10-01'),
    ]);
    const date = '2026-10-31';
    const rows = boardAt(youths, conditions, lightsAt(history, date), date);
    const overview = regionalOverview(
      rows,
      conditions,
      redSinceInHistories(cellHistoriesAt(history, date)),
      date,
    );
    expect(overview.municipalities).toEqual(['Kampen', 'Zwolle']);
    // Kampen has 3 young people: suppressed, and so is something that would give it away.
    expect(overview.youths.map(show)).toEqual(['<5', 'x']);
    expect(show(overview.totalYouths)).toBe(15);
    expect(show(overview.cells.red[1]?.[0])).toBe(7);
    expect(show(overview.cells.green[0]?.[0])).toBe('<5');
    expect(overview.bottlenecks[0]).toMatchObject({
      condition: wonen,
      red: { kind: 'count', value: 7 },
      medianDaysRed: 30,
    });
    expect(JSON.stringify(overview)).not.toContain('A.B.');
  });

  it('ranks only published totals, so the place of a hidden total gives nothing away', () => {
    // Wonen: 6 red in the region; School: 3 red (suppressed), Netwerk: 9 red.
    const netwerk = makeCondition({ id: 'netwerk' as ConditionId, name: 'Netwerk', order: 2 });
    const all = [wonen, school, netwerk];
    const youths = Array.from({ length: 20 }, (_, i) =>
      makeYouth({ id: `r${i}` as YouthId, municipality: i < 10 ? 'Zwolle' : 'Deventer' }),
    );
    const history = youths.flatMap((youth, i) => [
      at(youth, wonen, i % 3 === 0 && i < 18 ? 'red' : 'green', '2026-10-01'),
      at(youth, school, i < 3 ? 'red' : 'green', '2026-10-01'),
      at(youth, netwerk, i < 9 ? 'red' : 'green', '2026-10-01'),
    ]);
    const date = '2026-10-31';
    const rows = boardAt(youths, all, lightsAt(history, date), date);
    const overview = regionalOverview(
      rows,
      all,
      redSinceInHistories(cellHistoriesAt(history, date)),
      date,
    );
    const kinds = overview.bottlenecks.map((item) => item.red.kind);
    const firstHidden = kinds.findIndex((kind) => kind !== 'count');
    expect(firstHidden).toBeGreaterThan(-1);
    expect(kinds.slice(firstHidden).every((kind) => kind !== 'count')).toBe(true);
    expect(overview.bottlenecks.map((item) => item.condition.name)).toEqual([
      'Netwerk',
      'Wonen',
      'School',
    ]);
    // The median is only shown where at least 5 are red.
    expect(overview.bottlenecks[2]?.medianDaysRed).toBeUndefined();
  });
});

describe('red runs from the current lights match those from the history', () => {
  const y = makeYouth({ id: 'y' as YouthId, initials: 'Y.Y.', municipality: 'Zwolle' });
  const date = '2026-10-31';
  const undo = (of: ReturnType<typeof at>, colour: AssessedColour, day: string) => ({
    ...at(y, wonen, colour, day),
    undoes: of.id,
  });
  const amberThenRed = [at(y, wonen, 'amber', '2026-07-01'), at(y, wonen, 'red', '2026-08-01')];
  const wrongGreen = at(y, wonen, 'green', '2026-09-15');
  const cases: [name: string, history: ReturnType<typeof at>[], reviews: number][] = [
    ['one red', [at(y, wonen, 'red', '2026-10-01')], 1],
    ['red after amber', amberThenRed, 1],
    [
      'three reds in a row',
      [...amberThenRed, at(y, wonen, 'red', '2026-09-01'), at(y, wonen, 'red', '2026-10-01')],
      3,
    ],
    [
      'an undone green does not break the run',
      [
        ...amberThenRed,
        at(y, wonen, 'red', '2026-09-01'),
        wrongGreen,
        undo(wrongGreen, 'red', '2026-09-16'),
        at(y, wonen, 'red', '2026-10-01'),
      ],
      3,
    ],
    ['green now', [at(y, wonen, 'red', '2026-09-01'), at(y, wonen, 'green', '2026-10-01')], 0],
  ];

  it.each(cases)('%s', (_name, history, reviews) => {
    const lights = new Map(
      currentLightsOf(history).map((light) => [cellKey(light.youthId, light.conditionId), light]),
    );
    const [row] = boardAt([y], conditions, lights, date);
    const fromLights = redRunsOnLights(lights)(row!, wonen);
    const fromHistory = redRunsInHistories(cellHistoriesAt(history, date))(row!, wonen);
    expect(fromLights.reviews).toBe(reviews);
    if (reviews > 0) expect(fromLights).toEqual(fromHistory);
    expect(escalationCandidatesOf([row!], conditions, redRunsOnLights(lights), 1)).toEqual(
      escalationCandidates([row!], conditions, cellHistoriesAt(history, date), 1),
    );
  });

  it('counts a red light stored before red runs were kept as one review since it was set', () => {
    const light = at(y, wonen, 'red', '2026-10-01');
    const lights = new Map([[cellKey(y.id, wonen.id), light]]);
    const [row] = boardAt([y], conditions, lights, date);
    expect(redRunsOnLights(lights)(row!, wonen)).toEqual({ reviews: 1, since: light.assessedAt });
    expect(redRunsOnLights(lights)(row!, school)).toEqual({ reviews: 0 });
  });
});

describe('a report over stored dates that are not dates', () => {
  const asOf = '2026-10-31';
  const badLeft = makeYouth({ id: 'x1' as YouthId, status: 'left', leftOn: '2026-02-31' });
  const notADate = makeYouth({ id: 'x2' as YouthId, status: 'left', leftOn: 'gisteren' });
  const badBirth = makeYouth({ id: 'x3' as YouthId, birthDate: 'gisteren' });
  const impossibleBirth = makeYouth({ id: 'x4' as YouthId, birthDate: '2009-02-30' });
  const youths = [badLeft, notADate, badBirth, impossibleBirth];
  const rows = boardAt(youths, conditions, lightsAt([], asOf), asOf);

  it('leaves them out of the follow-up and 18+ figures instead of throwing', () => {
    const figures = keyFigures({ rows, youths, checks: [], month: '2026-10', asOf });
    expect(figures.followUp.map((figure) => figure.due)).toEqual([0, 0]);
    expect(figures.backInCare.due).toBe(0);
    const eighteen = turningEighteenWithin(rows, conditions, asOf, 1_200);
    expect(eighteen.map((row) => row.youth.id)).not.toContain(badBirth.id);
    expect(eighteen.map((row) => row.youth.id)).not.toContain(impossibleBirth.id);
  });

  it('leaves a day count it cannot know out of the median', () => {
    expect(median([Number.NaN, 4, 2, Number.NaN])).toBe(3);
    expect(median([Number.NaN])).toBeUndefined();
  });
});
