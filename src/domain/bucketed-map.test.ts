import { describe, expect, it } from 'vitest';
import { BucketedMap } from './bucketed-map';

describe('BucketedMap', () => {
  const bucketOf = (key: string) => (key < 'm' ? 0 : 1);
  const map = new BucketedMap(
    [
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
      new Map([['x', 3]]),
    ],
    bucketOf,
  );

  it('finds a key in its own bucket only', () => {
    expect(map.get('a')).toBe(1);
    expect(map.get('x')).toBe(3);
    expect(map.has('b')).toBe(true);
    expect(map.has('y')).toBe(false);
    expect(map.get('q')).toBeUndefined();
  });

  it('counts and iterates all buckets in bucket order', () => {
    expect(map.size).toBe(3);
    expect([...map.keys()]).toEqual(['a', 'b', 'x']);
    expect([...map.values()]).toEqual([1, 2, 3]);
    expect(new Map(map)).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
        ['x', 3],
      ]),
    );
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=1', 'b=2', 'x=3']);
  });

  it('answers nothing for a bucket number out of range', () => {
    const odd = new BucketedMap([new Map([['a', 1]])], () => 5);
    expect(odd.get('a')).toBeUndefined();
    expect(odd.has('a')).toBe(false);
  });
});
