import { describe, expect, it } from 'vitest';
import { buildRows, indexCurrentLights, sortRows } from '@/domain/board';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { sortRowsKeepingOrder } from './sort-rows-keeping-order';

const today = '2026-11-25';
const housing = makeCondition({ name: 'Wonen', order: 0 });
const youths = ['D.D.', 'A.A.', 'C.C.', 'B.B.'].map((initials) => makeYouth({ initials }));
const [dirk, anna] = youths as [(typeof youths)[number], (typeof youths)[number]];

function rowsWith(redFor: readonly (typeof youths)[number][]) {
  const lights = indexCurrentLights(
    redFor.map((youth) =>
      makeAssessment({ youthId: youth.id, conditionId: housing.id, colour: 'red' }),
    ),
  );
  return buildRows(youths, [housing], lights, today);
}
const initials = (list: { youth: { initials: string } }[]) => list.map((row) => row.youth.initials);

describe('sortRowsKeepingOrder', () => {
  it('keeps the order after a light change, with the new row objects', () => {
    const before = sortRowsKeepingOrder(rowsWith([]), 'initials', 'asc');
    expect(initials(before)).toEqual(['A.A.', 'B.B.', 'C.C.', 'D.D.']);
    const changed = rowsWith([dirk]);
    const after = sortRowsKeepingOrder(changed, 'initials', 'asc');
    expect(initials(after)).toEqual(['A.A.', 'B.B.', 'C.C.', 'D.D.']);
    expect(after[3]).toBe(changed[0]);
    expect(after[3]?.counts.red).toBe(1);
  });

  it('sorts again when the order depends on the lights, the key or the rows', () => {
    sortRowsKeepingOrder(rowsWith([]), 'reds', 'desc');
    expect(initials(sortRowsKeepingOrder(rowsWith([dirk]), 'reds', 'desc'))[0]).toBe('D.D.');
    expect(initials(sortRowsKeepingOrder(rowsWith([anna]), 'reds', 'desc'))[0]).toBe('A.A.');
    expect(initials(sortRowsKeepingOrder(rowsWith([]), 'initials', 'desc'))).toEqual([
      'D.D.',
      'C.C.',
      'B.B.',
      'A.A.',
    ]);
    const fewer = rowsWith([]).slice(1);
    expect(sortRowsKeepingOrder(fewer, 'initials', 'desc')).toEqual(
      sortRows(fewer, 'initials', 'desc'),
    );
  });
});
