import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import {
  buildRows,
  addTotals,
  columnTotals,
  EMPTY_FILTER,
  filterRows,
  groupByMunicipality,
  indexCurrentLights,
  sortRows,
} from './board';

const today = '2026-11-25';
const housing = makeCondition({ name: 'Wonen', order: 0 });
const school = makeCondition({ name: 'School', order: 1 });
const conditions = [housing, school];
const anna = makeYouth({
  initials: 'A.A.',
  municipality: 'Zwolle',
  birthDate: '2009-01-01',
  plannedEnd: '2027-03-01',
  coordinator: 'Sanne W.',
});
const bram = makeYouth({
  initials: 'B.B.',
  municipality: 'Kampen',
  birthDate: '2008-06-01',
  clientNumber: 'CL-123',
  location: 'Het Baken',
});
const cees = makeYouth({
  initials: 'C.É.',
  municipality: 'Zwolle',
  birthDate: '2010-02-01',
  plannedEnd: '2026-12-01',
});
const lights = indexCurrentLights([
  makeAssessment({ youthId: anna.id, conditionId: housing.id, colour: 'red' }),
  makeAssessment({ youthId: anna.id, conditionId: school.id, colour: 'red' }),
  makeAssessment({ youthId: bram.id, conditionId: housing.id, colour: 'green' }),
  makeAssessment({ youthId: cees.id, conditionId: housing.id, colour: 'red' }),
]);
const rows = buildRows([anna, bram, cees], conditions, lights, today);
const initials = (list: { youth: { initials: string } }[]) => list.map((row) => row.youth.initials);

describe('buildRows', () => {
  it('gives each row one cell per condition and counts its colours', () => {
    expect(rows[0]?.cells.map((cell) => cell.state)).toEqual(['red', 'red']);
    expect(rows[1]?.counts).toMatchObject({ green: 1, unassessed: 1 });
    expect(rows[0]?.turnsEighteenOn).toBe('2027-01-01');
  });
});

describe('sortRows', () => {
  it.each([
    ['initials', 'asc', ['A.A.', 'B.B.', 'C.É.']],
    ['initials', 'desc', ['C.É.', 'B.B.', 'A.A.']],
    ['municipality', 'asc', ['B.B.', 'A.A.', 'C.É.']],
    ['reds', 'desc', ['A.A.', 'C.É.', 'B.B.']],
    ['turnsEighteen', 'asc', ['B.B.', 'A.A.', 'C.É.']],
    ['plannedEnd', 'asc', ['C.É.', 'A.A.', 'B.B.']],
    ['plannedEnd', 'desc', ['A.A.', 'C.É.', 'B.B.']],
  ] as const)('by %s %s', (key, direction, expected) => {
    expect(initials(sortRows(rows, key, direction))).toEqual(expected);
  });
});

describe('filterRows', () => {
  it.each([
    [{ text: 'ce' }, ['C.É.']],
    [{ text: 'cl-12' }, ['B.B.']],
    [{ text: 'sanne' }, ['A.A.']],
    [{ municipalities: ['Zwolle'] }, ['A.A.', 'C.É.']],
    [{ locations: ['Het Baken'] }, ['B.B.']],
    [{ coordinators: ['Sanne W.'] }, ['A.A.']],
    [{ states: ['green'] }, ['B.B.']],
    [{ states: ['unassessed'] }, ['B.B.', 'C.É.']],
    [{ states: ['red'], municipalities: ['Zwolle'], text: 'a.a' }, ['A.A.']],
  ] as const)('%o', (filter, expected) => {
    expect(initials(filterRows(rows, { ...EMPTY_FILTER, ...filter }))).toEqual(expected);
  });
});

describe('groups and totals', () => {
  it('groups by municipality in Dutch order', () => {
    expect(groupByMunicipality(rows).map((group) => [group.label, group.rows.length])).toEqual([
      ['Kampen', 1],
      ['Zwolle', 2],
    ]);
  });
  it('totals each column', () => {
    const [housingTotals, schoolTotals] = columnTotals(rows, 2);
    expect(housingTotals).toMatchObject({ red: 2, green: 1 });
    expect(schoolTotals).toMatchObject({ red: 1, unassessed: 2 });
  });
  it('adds up the totals of parts to the totals of the whole', () => {
    const parts = [rows.slice(0, 1), rows.slice(1), []].map((part) => columnTotals(part, 2));
    expect(addTotals(parts, 2)).toEqual(columnTotals(rows, 2));
    expect(addTotals([], 2)).toEqual(columnTotals([], 2));
  });
});

describe('a birth date that is not a date', () => {
  const odd = makeYouth({ initials: 'Z.Z.', birthDate: 'gisteren' });
  const impossible = makeYouth({ initials: 'Y.Y.', birthDate: '2010-02-30' });
  const known = makeYouth({ initials: 'X.X.', birthDate: '2010-05-10' });

  it('gives a row with an unknown 18th birthday, sorted last both ways', () => {
    const rows = buildRows([odd, known, impossible], conditions, indexCurrentLights([]), today);
    expect(rows.map((row) => row.turnsEighteenOn)).toEqual([undefined, '2028-05-10', undefined]);
    for (const direction of ['asc', 'desc'] as const)
      expect(sortRows(rows, 'turnsEighteen', direction).map((row) => row.youth.initials)).toEqual([
        'X.X.',
        'Y.Y.',
        'Z.Z.',
      ]);
  });
});
