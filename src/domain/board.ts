import { turnsEighteenOn } from './dates';
import type { ConditionId, YouthId } from './ids';
import { cellState, type CellState } from './light';
import type { Assessment, Condition, CurrentLight, IsoDate, LightState, Youth } from './types';

export type BoardRow = {
  youth: Youth;
  /** One cell per active condition, in condition order. */
  cells: CellState[];
  counts: Record<LightState, number>;
  /** Undefined when the stored birth date is not a real date. */
  turnsEighteenOn: IsoDate | undefined;
};

export type CurrentLightIndex = ReadonlyMap<string, CurrentLight>;

export function cellKey(youthId: YouthId, conditionId: ConditionId): string {
  return `${youthId}|${conditionId}`;
}

/** Every assessment grouped by its cell ({@link cellKey}), in the order given. */
export function historiesByCell(assessments: readonly Assessment[]): Map<string, Assessment[]> {
  const cells = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    const key = cellKey(assessment.youthId, assessment.conditionId);
    const list = cells.get(key);
    if (list) list.push(assessment);
    else cells.set(key, [assessment]);
  }
  return cells;
}

export function indexCurrentLights(lights: readonly CurrentLight[]): CurrentLightIndex {
  const index = new Map<string, CurrentLight>();
  for (const light of lights) index.set(cellKey(light.youthId, light.conditionId), light);
  return index;
}

export function emptyCounts(): Record<LightState, number> {
  return { red: 0, amber: 0, green: 0, notApplicable: 0, unassessed: 0 };
}

export function buildRows(
  youths: readonly Youth[],
  conditions: readonly Condition[],
  lights: CurrentLightIndex,
  today: IsoDate,
): BoardRow[] {
  return youths.map((youth) => {
    const counts = emptyCounts();
    const cells = conditions.map((condition) => {
      const cell = cellState(youth, condition, lights.get(cellKey(youth.id, condition.id)), today);
      counts[cell.state] += 1;
      return cell;
    });
    return { youth, cells, counts, turnsEighteenOn: turnsEighteenOn(youth.birthDate) };
  });
}

export type SortKey = 'initials' | 'municipality' | 'plannedEnd' | 'turnsEighteen' | 'reds';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function compareOptionalDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  // Unknown dates go last whatever the direction would do to them.
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export function sortRows(
  rows: readonly BoardRow[],
  key: SortKey,
  direction: SortDirection,
): BoardRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byInitials = (a: BoardRow, b: BoardRow) =>
    collator.compare(a.youth.initials, b.youth.initials);
  const compare = (a: BoardRow, b: BoardRow): number => {
    switch (key) {
      case 'initials':
        return sign * byInitials(a, b);
      case 'municipality':
        return (
          sign * collator.compare(a.youth.municipality, b.youth.municipality) || byInitials(a, b)
        );
      case 'plannedEnd': {
        const missing =
          (a.youth.plannedEnd === undefined ? 1 : 0) - (b.youth.plannedEnd === undefined ? 1 : 0);
        return (
          missing ||
          sign * compareOptionalDates(a.youth.plannedEnd, b.youth.plannedEnd) ||
          byInitials(a, b)
        );
      }
      case 'turnsEighteen':
        return (
          (a.turnsEighteenOn === undefined ? 1 : 0) - (b.turnsEighteenOn === undefined ? 1 : 0) ||
          sign * compareOptionalDates(a.turnsEighteenOn, b.turnsEighteenOn) ||
          byInitials(a, b)
        );
      case 'reds':
        return sign * (a.counts.red - b.counts.red) || byInitials(a, b);
    }
  };
  return [...rows].sort(compare);
}

export type BoardFilter = {
  text: string;
  municipalities: readonly string[];
  locations: readonly string[];
  coordinators: readonly string[];
  /** Rows with at least one light in any of these states. */
  states: readonly LightState[];
};

export const EMPTY_FILTER: BoardFilter = {
  text: '',
  municipalities: [],
  locations: [],
  coordinators: [],
  states: [],
};

// Per young person record, which stays the same object until that person is edited.
const searchTexts = new WeakMap<Youth, string[]>();

/** The normalised fields free-text search looks in; worked out once per record, not per keystroke. */
function searchTextOf(youth: Youth): string[] {
  let texts = searchTexts.get(youth);
  if (!texts) {
    texts = [
      youth.initials,
      youth.clientNumber,
      youth.municipality,
      youth.location,
      youth.coordinator,
    ]
      .filter((value): value is string => Boolean(value))
      .map(normalise);
    searchTexts.set(youth, texts);
  }
  return texts;
}

function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[.\s]/g, '')
    .toLowerCase();
}

export function filterRows(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  const needle = normalise(filter.text.trim());
  return rows.filter((row) => {
    const youth = row.youth;
    if (filter.municipalities.length && !filter.municipalities.includes(youth.municipality))
      return false;
    if (filter.locations.length && !filter.locations.includes(youth.location)) return false;
    if (filter.coordinators.length && !filter.coordinators.includes(youth.coordinator ?? ''))
      return false;
    if (filter.states.length && !filter.states.some((state) => row.counts[state] > 0)) return false;
    if (needle && !searchTextOf(youth).some((value) => value.includes(needle))) return false;
    return true;
  });
}

export type BoardGroup = { key: string; label: string; rows: BoardRow[] };

export function groupByMunicipality(rows: readonly BoardRow[]): BoardGroup[] {
  const groups = new Map<string, BoardRow[]>();
  for (const row of rows) {
    const list = groups.get(row.youth.municipality) ?? [];
    list.push(row);
    groups.set(row.youth.municipality, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([key, list]) => ({ key, label: key, rows: list }));
}

/** Per condition column, how many rows show each state. */
export function columnTotals(
  rows: readonly BoardRow[],
  columnCount: number,
): Record<LightState, number>[] {
  const totals = Array.from({ length: columnCount }, emptyCounts);
  // Plain loops: this runs over every row after each light change.
  for (const row of rows) {
    const cells = row.cells;
    const count = Math.min(cells.length, columnCount);
    for (let index = 0; index < count; index++) {
      (totals[index] as Record<LightState, number>)[(cells[index] as CellState).state] += 1;
    }
  }
  return totals;
}

/** Column totals added up: the totals of parts of the board (each `columnCount` long). */
export function addTotals(
  parts: readonly (readonly Record<LightState, number>[])[],
  columnCount: number,
): Record<LightState, number>[] {
  const totals = Array.from({ length: columnCount }, emptyCounts);
  for (const part of parts) {
    for (let index = 0; index < columnCount; index++) {
      const from = part[index];
      const to = totals[index] as Record<LightState, number>;
      if (!from) continue;
      to.red += from.red;
      to.amber += from.amber;
      to.green += from.green;
      to.notApplicable += from.notApplicable;
      to.unassessed += from.unassessed;
    }
  }
  return totals;
}

/** Distinct non-empty values, sorted the Dutch way, for filter choices. */
export function distinctValues(values: Iterable<string | undefined>): string[] {
  const set = new Set<string>();
  for (const value of values) if (value) set.add(value);
  return [...set].sort((a, b) => collator.compare(a, b));
}
