import { describe, expect, it } from 'vitest';
import { draw, int, mulberry32, table, uuid } from './random';

describe('demo randomness', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next(), c.next()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('draws whole numbers within the bounds, both included', () => {
    const rng = mulberry32(1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(int(rng, 3, 5));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it('never draws an item of weight 0', () => {
    const rng = mulberry32(2);
    const weighted = table([
      ['a', 1],
      ['never', 0],
      ['b', 3],
    ] as const);
    for (let i = 0; i < 500; i++) expect(draw(rng, weighted)).not.toBe('never');
  });

  it('makes distinct RFC 4122 version 4 UUIDs', () => {
    const rng = mulberry32(3);
    const ids = Array.from({ length: 1000 }, () => uuid(rng));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
