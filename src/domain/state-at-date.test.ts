import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentId, ConditionId, YouthId } from './ids';
import { cellKey } from './board';
import {
  asOfDate,
  assessedOnOrBefore,
  boardAt,
  cellHistoriesAt,
  isPlacedOn,
  lightsAt,
  lightsAtDates,
  monthEnd,
  monthsEndingWith,
  redStreak,
} from './state-at-date';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import type { AssessedColour } from './types';

/** A timestamp at a local wall-clock time, so the tests hold in any time zone. */
function local(date: string, time = '12:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

const youth = makeYouth({ id: 'y1' as YouthId, placementStart: '2025-06-01' });
const wonen = makeCondition({ id: 'c-wonen' as ConditionId, name: 'Wonen', order: 0 });
const school = makeCondition({ id: 'c-school' as ConditionId, name: 'School', order: 1 });

function light(conditionId: ConditionId, colour: AssessedColour, at: string, id: string) {
  return makeAssessment({
    id: id as AssessmentId,
    youthId: youth.id,
    conditionId,
    colour,
    assessedAt: at,
  });
}

// Wonen: red in September, amber on 31 October late in the evening, green in November.
// School: green before, red on the day itself in the morning.
const history = [
  light(wonen.id, 'red', local('2026-09-15'), 'a1'),
  light(wonen.id, 'amber', local('2026-10-31', '23:30'), 'a2'),
  light(wonen.id, 'green', local('2026-11-01', '00:15'), 'a3'),
  light(school.id, 'green', local('2026-08-01'), 'b1'),
  light(school.id, 'red', local('2026-10-31', '08:00'), 'b2'),
];

describe('state at a date', () => {
  it('takes the newest light made on or before the end of the local day', () => {
    const lights = lightsAt(history, '2026-10-31');
    expect(lights.get(cellKey(youth.id, wonen.id))?.colour).toBe('amber');
    expect(lights.get(cellKey(youth.id, school.id))?.colour).toBe('red');
  });

  it('ignores changes after the date and sees changes before it', () => {
    expect(lightsAt(history, '2026-10-30').get(cellKey(youth.id, wonen.id))?.colour).toBe('red');
    expect(lightsAt(history, '2026-10-30').get(cellKey(youth.id, school.id))?.colour).toBe('green');
    expect(lightsAt(history, '2026-11-01').get(cellKey(youth.id, wonen.id))?.colour).toBe('green');
    expect(lightsAt(history, '2026-07-31').size).toBe(0);
  });

  it('gives the same answer in any order of input and for several dates in one pass', () => {
    const reversed = [...history].reverse();
    const [sept, oct, nov] = lightsAtDates(reversed, ['2026-09-30', '2026-10-31', '2026-11-30']);
    expect(sept?.get(cellKey(youth.id, wonen.id))?.colour).toBe('red');
    expect(oct?.get(cellKey(youth.id, wonen.id))?.colour).toBe('amber');
    expect(nov?.get(cellKey(youth.id, wonen.id))?.colour).toBe('green');
    // Dates need not be sorted.
    const [late, early] = lightsAtDates(history, ['2026-11-30', '2026-09-30']);
    expect(late?.get(cellKey(youth.id, school.id))?.colour).toBe('red');
    expect(early?.get(cellKey(youth.id, school.id))?.colour).toBe('green');
  });

  it('agrees with lightsAt for every date, also when lights share a timestamp', () => {
    const times = ['2026-09-15', '2026-10-31', '2026-11-01'].flatMap((day) =>
      ['08:00', '23:30'].map((time) => local(day, time)),
    );
    const entry = fc.record({
      cell: fc.constantFrom(wonen.id, school.id),
      colour: fc.constantFrom<AssessedColour>('red', 'amber', 'green'),
      at: fc.constantFrom(...times),
      created: fc.constantFrom(...times),
    });
    const dates = ['2026-09-30', '2026-10-31', '2026-11-01', '2026-10-15'];
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const assessments = entries.map((item, index) =>
          makeAssessment({
            id: `x${String(index).padStart(2, '0')}` as AssessmentId,
            youthId: youth.id,
            conditionId: item.cell,
            colour: item.colour,
            assessedAt: item.at,
            createdAt: item.created,
          }),
        );
        const swept = lightsAtDates(assessments, dates);
        dates.forEach((date, index) => {
          expect(swept[index]).toEqual(lightsAt(assessments, date));
        });
      }),
    );
  });

  it('is reproducible: a later history does not change an earlier report', () => {
    const before = boardAt([youth], [wonen, school], lightsAt(history, '2026-10-31'), '2026-10-31');
    const later = [...history, light(school.id, 'green', local('2027-10-01'), 'b3')];
    const after = boardAt([youth], [wonen, school], lightsAt(later, '2026-10-31'), '2026-10-31');
    expect(after.map((row) => row.cells.map((cell) => cell.state))).toEqual(
      before.map((row) => row.cells.map((cell) => cell.state)),
    );
    expect(before[0]?.cells.map((cell) => cell.state)).toEqual(['amber', 'red']);
  });

  it('uses the local calendar day of the timestamp', () => {
    const lateEvening = light(wonen.id, 'red', local('2026-10-31', '23:59'), 'x');
    expect(assessedOnOrBefore(lateEvening, '2026-10-31')).toBe(true);
    expect(assessedOnOrBefore(lateEvening, '2026-10-30')).toBe(false);
  });

  it('counts a young person from the placement start up to the day before leaving', () => {
    const left = makeYouth({ placementStart: '2026-03-01', status: 'left', leftOn: '2026-10-15' });
    expect(isPlacedOn(left, '2026-02-28')).toBe(false);
    expect(isPlacedOn(left, '2026-03-01')).toBe(true);
    expect(isPlacedOn(left, '2026-10-14')).toBe(true);
    expect(isPlacedOn(left, '2026-10-15')).toBe(false);
    expect(isPlacedOn(makeYouth({ placementStart: '2026-03-01' }), '2030-01-01')).toBe(true);
  });

  it('reads ages on the date: 18+ overgang is n.v.t. before 16 then', () => {
    const transition = makeCondition({ appliesFromAge: 16 });
    const young = makeYouth({ birthDate: '2010-11-15', placementStart: '2025-01-01' });
    const [oct] = boardAt([young], [transition], new Map(), '2026-10-31');
    const [nov] = boardAt([young], [transition], new Map(), '2026-11-30');
    expect(oct?.cells[0]?.state).toBe('notApplicable');
    expect(nov?.cells[0]?.state).toBe('unassessed');
  });
});

describe('red streaks', () => {
  it('counts red reviews in a row, leaving undo pairs out', () => {
    const cell = [
      light(wonen.id, 'amber', local('2026-06-01'), 's1'),
      light(wonen.id, 'red', local('2026-07-01'), 's2'),
      light(wonen.id, 'red', local('2026-08-01'), 's3'),
      light(wonen.id, 'green', local('2026-08-02'), 's4'),
      {
        ...light(wonen.id, 'red', local('2026-08-02', '12:01'), 's5'),
        undoes: 's4' as AssessmentId,
      },
      light(wonen.id, 'red', local('2026-09-01'), 's6'),
      light(wonen.id, 'red', local('2026-11-01'), 's7'),
    ];
    const histories = cellHistoriesAt(cell, '2026-10-31');
    const list = histories.get(cellKey(youth.id, wonen.id)) ?? [];
    expect(list.map((a) => a.id)).toEqual(['s1', 's2', 's3', 's6']);
    expect(redStreak(list)).toEqual({ reviews: 3, since: local('2026-07-01') });
    expect(redStreak([])).toEqual({ reviews: 0 });
  });
});

describe('months', () => {
  it('finds month ends, the figures day and the last 12 months', () => {
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(asOfDate('2026-10', '2026-11-25')).toBe('2026-10-31');
    expect(asOfDate('2026-11', '2026-11-25')).toBe('2026-11-25');
    const months = monthsEndingWith('2026-03', 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-04');
    expect(months[11]).toBe('2026-03');
  });
});
