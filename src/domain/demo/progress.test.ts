import { describe, expect, it } from 'vitest';
import { demoProgressPercent } from './progress';

describe('demoProgressPercent', () => {
  it('gives making the board up the first 40 % and writing it the rest', () => {
    expect(demoProgressPercent({ stage: 'generating', done: 0, total: 66 })).toBe(0);
    expect(demoProgressPercent({ stage: 'generating', done: 33, total: 66 })).toBe(20);
    expect(demoProgressPercent({ stage: 'generating', done: 66, total: 66 })).toBe(40);
    expect(demoProgressPercent({ stage: 'writing', done: 0, total: 5_000 })).toBe(40);
    expect(demoProgressPercent({ stage: 'writing', done: 2_500, total: 5_000 })).toBe(70);
    expect(demoProgressPercent({ stage: 'writing', done: 5_000, total: 5_000 })).toBe(100);
  });

  it('stays within 0–100 on odd counts', () => {
    expect(demoProgressPercent({ stage: 'writing', done: 10, total: 0 })).toBe(40);
    expect(demoProgressPercent({ stage: 'generating', done: -1, total: 10 })).toBe(0);
    expect(demoProgressPercent({ stage: 'writing', done: 12, total: 10 })).toBe(100);
  });
});
