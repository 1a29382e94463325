/**
 * Seeded randomness for the demo board: the same seed gives the same board.
 * mulberry32 is small and fast; its state walks a Weyl sequence, so one stream
 * never repeats within 2^32 draws and the ids it makes stay unique.
 */

export type Random = { next: () => number; uint32: () => number };

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { uint32, next: () => uint32() / 4294967296 };
}

/** A whole number from `min` to `max`, both included. */
export function int(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)] as T;
}

/** Items with weights, prepared for {@link draw}. */
export type Table<T> = { items: readonly T[]; cumulative: readonly number[]; total: number };

export function table<T>(entries: readonly (readonly [T, number])[]): Table<T> {
  let total = 0;
  const cumulative: number[] = [];
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** One item, drawn with the chance of its weight. */
export function draw<T>(rng: Random, from: Table<T>): T {
  const target = rng.next() * from.total;
  const { cumulative, items } = from;
  for (let i = 0; i < cumulative.length; i++) {
    if (target < (cumulative[i] as number)) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const HEX_CODES = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
// One scratch buffer of fixed size, overwritten by every call: uuid() is synchronous.
const uuidCodes: number[] = new Array<number>(36).fill(DASH);

function putHex(value: number, at: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    uuidCodes[at + i] = HEX_CODES[value & 15] as number;
    value >>>= 4;
  }
}

/**
 * An RFC 4122 version 4 UUID drawn from the stream. Built from char codes in
 * one go: concatenating pieces leaves rope strings that cost the benchmark
 * more in garbage collection than everything else together.
 */
export function uuid(rng: Random): string {
  const a = rng.uint32();
  const b = rng.uint32();
  const c = rng.uint32();
  const d = rng.uint32();
  putHex(a, 0, 8);
  putHex(b >>> 16, 9, 4);
  putHex(0x4000 | (b & 0x0fff), 14, 4);
  putHex(0x8000 | ((c >>> 16) & 0x3fff), 19, 4);
  putHex(c & 0xffff, 24, 4);
  putHex(d, 28, 8);
  return String.fromCharCode.apply(null, uuidCodes);
}
