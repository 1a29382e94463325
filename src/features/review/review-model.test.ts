import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCurrentLights } from '@/domain/board';
import type { YouthId } from '@/domain/ids';
import { currentLightsOf } from '@/domain/signals';
import { monthOf } from '@/domain/state-at-date';
import type { AssessedColour, Assessment } from '@/domain/types';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import {
  municipalReview,
  municipalReviewToday,
  regionalReview,
  regionalReviewToday,
} from './review-model';

const TODAY = '2026-11-26';
const conditions = [
  makeCondition({ name: 'Wonen', order: 0 }),
  makeCondition({ name: 'School', order: 1 }),
  makeCondition({ name: 'Netwerk', order: 2 }),
];
// Red half the time, so most runs have enough red cells for the median days red to be shown.
const colour = fc.constantFrom<AssessedColour>('red', 'red', 'red', 'amber', 'green', 'unassessed');
/** A change to one light: a review in a colour, or undoing the newest change. */
const change = fc.oneof(colour, fc.constant('undo' as const));
const person = fc.record({
  municipality: fc.constantFrom('Zwolle', 'Kampen', 'Deventer'),
  left: fc.boolean(),
  cells: fc.array(fc.array(change, { minLength: 1, maxLength: 8 }), {
    minLength: conditions.length,
    maxLength: conditions.length,
  }),
});

/** The history the app would have written for these changes, as setLight and undoAssessment do. */
function historyOf(people: { cells: ('undo' | AssessedColour)[][] }[], youthIds: YouthId[]) {
  let tick = Date.UTC(2025, 11, 1);
  const history: Assessment[] = [];
  people.forEach((person, p) => {
    person.cells.forEach((changes, c) => {
      const cell: Assessment[] = [];
      const base = { youthId: youthIds[p] as YouthId, conditionId: conditions[c]!.id };
      for (const next of changes) {
        tick += 3_600_000;
        const assessedAt = new Date(tick).toISOString();
        if (next !== 'undo') {
          cell.push(makeAssessment({ ...base, colour: next, assessedAt }));
          continue;
        }
        const newest = cell[cell.length - 1];
        if (!newest || newest.undoes) continue;
        const before = cell[cell.length - 2];
        cell.push(
          makeAssessment({
            ...base,
            colour: before?.colour ?? 'unassessed',
            assessedAt,
            undoes: newest.id,
          }),
        );
      }
      history.push(...cell);
    });
  });
  return history;
}

describe('the regional overview of the current month', () => {
  it('from the current lights equals the one from history, red runs and suppression included', () => {
    let shownMedians = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 20, maxLength: 60 }), (people) => {
        const youths = people.map((person) =>
          makeYouth({
            municipality: person.municipality,
            ...(person.left ? { status: 'left' as const, leftOn: '2026-06-01' } : {}),
          }),
        );
        const assessments = historyOf(
          people,
          youths.map((youth) => youth.id),
        );
        const base = { youths, conditions, providerName: 'Test', checks: [] };
        const fromHistory = regionalReview({ ...base, assessments }, monthOf(TODAY), TODAY);
        const fromLights = regionalReviewToday(
          base,
          indexCurrentLights(currentLightsOf(assessments)),
          TODAY,
        );
        expect(fromLights).toEqual(fromHistory);
        shownMedians += fromHistory.overview.bottlenecks.filter(
          (item) => item.medianDaysRed !== undefined,
        ).length;
      }),
      { numRuns: 100 },
    );
    // The runs compared the days red too, not only counts.
    expect(shownMedians).toBeGreaterThan(50);
  });
});

describe('the municipal review of the current month', () => {
  it('from the current lights equals the one from history, but for the trend', () => {
    let candidates = 0;
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 10, maxLength: 40 }),
        fc.subarray(['Zwolle', 'Kampen', 'Deventer'], { minLength: 1 }),
        (people, municipalities) => {
          const youths = people.map((person) =>
            makeYouth({
              municipality: person.municipality,
              ...(person.left ? { status: 'left' as const, leftOn: '2026-11-01' } : {}),
            }),
          );
          const assessments = historyOf(
            people,
            youths.map((youth) => youth.id),
          );
          const base = { youths, conditions, providerName: 'Test', checks: [] };
          const none = { escalations: [], updates: [] };
          const { trend, ...fromHistory } = municipalReview(
            { ...base, assessments, escalations: [], escalationUpdates: [] },
            municipalities,
            monthOf(TODAY),
            TODAY,
          );
          const fromLights = municipalReviewToday(
            base,
            indexCurrentLights(currentLightsOf(assessments)),
            none,
            municipalities,
            TODAY,
          );
          expect(fromLights).toEqual(fromHistory);
          expect(trend).toHaveLength(12);
          candidates += fromHistory.escalations.length;
        },
      ),
      { numRuns: 100 },
    );
    // The runs compared escalation candidates (3 red reviews in a row) too, not only counts.
    expect(candidates).toBeGreaterThan(20);
  });
});
