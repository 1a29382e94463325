import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { td } from '@/i18n/demo';
import { DEFAULT_APPLIES_FROM_AGE } from '../conditions';
import { generateDemoBoard } from './generate';
import type { ConditionId } from '../ids';
import type { Condition } from '../types';
import { DEFAULT_CONDITION_KEYS } from '../types';

/**
 * The demo board is the same for the same seed, size and day: screenshots,
 * tests and the bench's figures depend on it. These hashes pin its exact bytes
 * so a refactoring of the generator cannot change it unnoticed. A deliberate
 * change to the demo data updates them (and says so in its commit).
 */
const META = {
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  updatedBy: 'Test',
};
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ConditionId;

const conditions: Condition[] = [
  ...DEFAULT_CONDITION_KEYS.map((key, order): Condition => {
    const appliesFromAge = DEFAULT_APPLIES_FROM_AGE[key];
    return {
      ...META,
      id: id(order + 1),
      key,
      name: key,
      description: '',
      criteria: { red: '', amber: '', green: '' },
      order,
      ...(appliesFromAge !== undefined ? { appliesFromAge } : {}),
      retired: false,
    };
  }),
  {
    ...META,
    id: id(99),
    name: 'Vrije tijd',
    description: '',
    criteria: { red: '', amber: '', green: '' },
    order: 8,
    retired: false,
  },
];

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
