import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { td } from '@/i18n/demo';
import { DEFAULT_APPLIES_FROM_AGE } from '../conditions';
import { ageOn } from '../dates';
import { generateDemoBoard } from './generate';
import type { ConditionId } from '../ids';
import { findRuleBreaks } from '../record-rules';
import { cellState, currentLight } from '../light';
import type { Assessment, Condition, LightState, Youth } from '../types';
import { DEFAULT_CONDITION_KEYS } from '../types';
import { looksLikeFullName } from '../youth';

const TODAY = '2026-11-25';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const META = {
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  updatedBy: 'Test',
};

function conditionId(n: number): ConditionId {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ConditionId;
}

const defaults: Condition[] = DEFAULT_CONDITION_KEYS.map((key, order) => {
  const appliesFromAge = DEFAULT_APPLIES_FROM_AGE[key];
  return {
    ...META,
    id: conditionId(order + 1),
    key,
    name: key,
    description: '',
    criteria: { red: '', amber: '', green: '' },
    order,
    ...(appliesFromAge !== undefined ? { appliesFromAge } : {}),
    retired: false,
  };
});
const userAdded: Condition = {
  ...META,
  id: conditionId(99),
  name: 'Vrije tijd',
  description: '',
  criteria: { red: '', amber: '', green: '' },
  order: 8,
  retired: false,
};
const conditions = [...defaults, userAdded];
const transition18 = defaults.find((condition) => condition.key === 'transition18') as Condition;

const board = generateDemoBoard({ texts: td, today: TODAY, conditions });
const placed = board.youths.filter((youth) => youth.status === 'placed');

function cellKey(a: Assessment): string {
  return `${a.youthId}|${a.conditionId}`;
}

/** Each cell's assessments, oldest first. */
function histories(assessments: readonly Assessment[]): Map<string, Assessment[]> {
  const byCell = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const list = byCell.get(cellKey(a)) ?? [];
    list.push(a);
    byCell.set(cellKey(a), list);
  }
  for (const list of byCell.values()) list.sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
  return byCell;
}

function statesToday(youths: readonly Youth[], history: Map<string, Assessment[]>) {
  const counts: Record<LightState, number> = {
    red: 0,
    amber: 0,
    green: 0,
    notApplicable: 0,
    unassessed: 0,
  };
  for (const youth of youths) {
    for (const condition of conditions) {
      const current = currentLight(history.get(`${youth.id}|${condition.id}`) ?? []);
      counts[cellState(youth, condition, current, TODAY).state] += 1;
    }
  }
  return counts;
}

describe('generateDemoBoard', () => {
  it('is deterministic for the same options and differs for another seed', () => {
    expect(generateDemoBoard({ texts: td, today: TODAY, conditions })).toEqual(board);
    const other = generateDemoBoard({ texts: td, today: TODAY, conditions, seed: 7 });
    expect(other.youths[0]?.id).not.toBe(board.youths[0]?.id);
  });

  it('writes nothing the value rules refuse (a backup of the demo board restores)', () => {
    expect(findRuleBreaks({ ...board, conditions })).toEqual([]);
  });

  it('places 60 young people and adds a tenth who already left', () => {
    expect(placed).toHaveLength(60);
    const left = board.youths.filter((youth) => youth.status === 'left');
    expect(left).toHaveLength(6);
    for (const youth of left) {
      expect(youth.leftOn! <= TODAY).toBe(true);
      expect(youth.leftOn! >= '2026-05-25').toBe(true);
      expect(youth.actualDestination).toBeDefined();
    }
    for (const youth of placed) {
      expect(youth.leftOn).toBeUndefined();
      expect(youth.actualDestination).toBeUndefined();
    }
    const sized = generateDemoBoard({
      texts: td,
      today: TODAY,
      conditions,
      count: 20,
      leftCount: 0,
    });
    expect(sized.youths).toHaveLength(20);
  });

  it('gives every record a unique UUID v4', () => {
    const ids = [...board.youths.map((y) => y.id), ...board.assessments.map((a) => a.id)];
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ages within 12–19 and placements plausible', () => {
    for (const youth of board.youths) {
      const age = ageOn(youth.birthDate, TODAY);
      expect(age).toBeGreaterThanOrEqual(12);
      expect(age).toBeLessThanOrEqual(19);
      expect(youth.placementStart <= TODAY).toBe(true);
      expect(ageOn(youth.birthDate, youth.placementStart)).toBeGreaterThanOrEqual(10);
    }
    for (const youth of placed) {
      const months = (Date.parse(TODAY) - Date.parse(youth.placementStart)) / 86_400_000 / 30.4;
      expect(months).toBeGreaterThanOrEqual(1.9);
      expect(months).toBeLessThanOrEqual(36.1);
    }
    const withoutEnd = placed.filter((youth) => youth.plannedEnd === undefined).length;
    expect(withoutEnd).toBeGreaterThan(0);
    expect(withoutEnd).toBeLessThan(placed.length / 4);
    expect(placed.some((youth) => youth.plannedEnd! < TODAY)).toBe(true);
  });

  it('writes initials and client numbers, never names', () => {
    for (const youth of board.youths) {
      expect(youth.initials).toMatch(/^[A-Z]\.([A-Z]\.)?((v|d|t|v\.d)\.)?[A-Z]\.$/);
      expect(youth.initials).not.toMatch(/\s/);
      expect(youth.initials).not.toMatch(/\p{L}{3,}\s+\p{L}{3,}/u);
      expect(looksLikeFullName(youth.initials)).toBe(false);
      if (youth.clientNumber) expect(youth.clientNumber).toMatch(/^CL-\d{5}$/);
    }
    const numbers = board.youths.flatMap((youth) =>
      youth.clientNumber ? [youth.clientNumber] : [],
    );
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('omits empty optional fields and uses no underscore fields', () => {
    const problems: string[] = [];
    for (const record of [...board.youths, ...board.assessments]) {
      for (const [field, value] of Object.entries(record)) {
        if (field.startsWith('_') || value === undefined) problems.push(`${record.id}.${field}`);
      }
      if (!record.updatedBy || record.createdAt > record.updatedAt) problems.push(record.id);
    }
    expect(problems).toEqual([]);
    for (const a of board.assessments) expect(a).not.toHaveProperty('meetingId');
  });

  it('assesses nothing after today, before the placement or after leaving', () => {
    const youths = new Map(board.youths.map((youth) => [youth.id, youth]));
    for (const a of board.assessments) {
      const youth = youths.get(a.youthId) as Youth;
      const day = a.assessedAt.slice(0, 10);
      expect(day <= TODAY).toBe(true);
      expect(day >= youth.placementStart).toBe(true);
      if (youth.leftOn) expect(day <= youth.leftOn).toBe(true);
      expect(a.assessedBy).toBe(youth.coordinator);
      expect(a.createdAt).toBe(a.assessedAt);
    }
  });

  it('holds monthly reviews on the same weekday, the newest 0–20 days ago', () => {
    const days = [...new Set(board.assessments.map((a) => a.assessedAt.slice(0, 10)))].sort();
    expect(days.length).toBeGreaterThanOrEqual(6);
    expect(days.length).toBeLessThanOrEqual(18);
    const newest = days[days.length - 1] as string;
    expect((Date.parse(TODAY) - Date.parse(newest)) / 86_400_000).toBeLessThanOrEqual(20);
  });

  it('never assesses 18+ overgang while the young person was under 16', () => {
    const youths = new Map(board.youths.map((youth) => [youth.id, youth]));
    const assessed = board.assessments.filter((a) => a.conditionId === transition18.id);
    expect(assessed.length).toBeGreaterThan(0);
    for (const a of assessed) {
      const youth = youths.get(a.youthId) as Youth;
      expect(ageOn(youth.birthDate, a.assessedAt.slice(0, 10))).toBeGreaterThanOrEqual(16);
    }
  });

  it('has about six assessments per light, with trajectories worth demoing', () => {
    const history = histories(board.assessments);
    const stuckRed = [...history.values()].filter((list) => {
      let run = 0;
      for (const a of list) {
        run = a.colour === 'red' ? run + 1 : 0;
        if (run >= 3) return true;
      }
      return false;
    });
    expect(stuckRed.length).toBeGreaterThanOrEqual(3);

    const improved = [...history.values()].filter(
      (list) => list[0]?.colour === 'red' && list[list.length - 1]?.colour === 'green',
    );
    expect(improved.length).toBeGreaterThan(0);
    const backToAmber = [...history.values()].filter((list) =>
      list.some((a, i) => a.colour === 'amber' && list[i - 1]?.colour === 'green'),
    );
    expect(backToAmber.length).toBeGreaterThan(0);
    expect(board.assessments.some((a) => a.colour === 'notApplicable')).toBe(true);
    expect(board.assessments.some((a) => a.conditionId === userAdded.id)).toBe(true);

    const longPlaced = new Set(
      placed.filter((youth) => youth.placementStart < '2026-04-01').map((youth) => youth.id),
    );
    const longCells = [...history.values()].filter((list) => longPlaced.has(list[0]!.youthId));
    const perCell = longCells.reduce((sum, list) => sum + list.length, 0) / longCells.length;
    expect(perCell).toBeGreaterThan(4.5);
    expect(perCell).toBeLessThanOrEqual(6);
  });

  it('leaves some lights unassessed and some actions overdue', () => {
    const history = histories(board.assessments);
    const counts = statesToday(placed, history);
    const cells = placed.length * conditions.length;
    expect(counts.unassessed).toBeGreaterThan(0);
    expect(counts.unassessed / cells).toBeLessThan(0.1);
    expect(counts.red).toBeGreaterThan(cells * 0.05);
    expect(counts.green).toBeGreaterThan(cells * 0.15);

    const overdue = [...history.values()].filter((list) => {
      const newest = list[list.length - 1] as Assessment;
      return (newest.colour === 'red' || newest.colour === 'amber') && newest.dueDate! < TODAY;
    });
    expect(overdue.length).toBeGreaterThan(0);
    for (const a of board.assessments) {
      if (a.colour === 'red' || a.colour === 'amber') {
        expect(a.reason).not.toBe('');
        expect(a.action).not.toBe('');
        expect(a.actionOwner).not.toBe('');
      } else {
        expect(a.dueDate).toBeUndefined();
      }
    }
  });

  it('leaves some young people of 17 and older without a perspective', () => {
    const missing = placed.filter(
      (youth) => youth.perspective === undefined && ageOn(youth.birthDate, TODAY) >= 17,
    );
    expect(missing.length).toBeGreaterThan(0);
  });

  it('generates 5000 young people with 12 months of history quickly', () => {
    const started = performance.now();
    const big = generateDemoBoard({
      texts: td,
      today: TODAY,
      conditions: defaults,
      count: 5000,
      months: 12,
    });
    const elapsed = performance.now() - started;
    console.log(
      `demo board 5000×12: ${big.youths.length} youths, ${big.assessments.length} assessments in ${Math.round(elapsed)} ms`,
    );
    expect(big.youths.filter((youth) => youth.status === 'placed')).toHaveLength(5000);
  }, 20_000);
});

/**
 * The demo board is the same for the same seed, size and day: screenshots,
 * tests and the bench's figures depend on it. These hashes pin its exact bytes
 * so a refactoring of the generator cannot change it unnoticed. A deliberate
 * change to the demo data updates them (and says so in its commit).
 */
function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describe('generateDemoBoard snapshot', () => {
  it('generates the same 60-young-people board, byte for byte', () => {
    const board = generateDemoBoard({ texts: td, today: '2026-11-25', conditions });
    expect(board.assessments.length).toBe(SNAPSHOT.default.assessments);
    expect(hashOf(board)).toBe(SNAPSHOT.default.hash);
  });

  it('generates the same 1000-young-people, 12-month board on a leap day, byte for byte', () => {
    const board = generateDemoBoard({
      texts: td,
      today: '2028-02-29',
      conditions,
      count: 1000,
      months: 12,
      seed: 12345,
    });
    expect(board.assessments.length).toBe(SNAPSHOT.large.assessments);
    expect(hashOf(board)).toBe(SNAPSHOT.large.hash);
  });
});

const SNAPSHOT = {
  default: {
    assessments: 2742,
    hash: '8e98652a24000c08d79b98ac3f98dedd2ffbe68c18127cc17440286d21ea971a',
  },
  large: {
    assessments: 76982,
    hash: 'abd5925f89f5506891df73c02989ebdb458daf78a88ba199c831a9fa614e25ce',
  },
};
