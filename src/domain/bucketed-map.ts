/**
 * One read-only map made of many smaller maps, one per bucket of keys. A live
 * view that re-reads one bucket after a change can rebuild that bucket's map
 * and hand out a new `BucketedMap` around the others, without copying them.
 */
export class BucketedMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly buckets: readonly ReadonlyMap<K, V>[],
    private readonly bucketOf: (key: K) => number,
  ) {}

  get(key: K): V | undefined {
    return this.buckets[this.bucketOf(key)]?.get(key);
  }

  has(key: K): boolean {
    return this.buckets[this.bucketOf(key)]?.has(key) ?? false;
  }

  get size(): number {
    let size = 0;
    for (const bucket of this.buckets) size += bucket.size;
    return size;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const bucket of this.buckets) yield* bucket.entries();
  }

  *keys(): MapIterator<K> {
    for (const bucket of this.buckets) yield* bucket.keys();
  }

  *values(): MapIterator<V> {
    for (const bucket of this.buckets) yield* bucket.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
