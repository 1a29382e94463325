import { describe, expect, it } from 'vitest';
import { sha256Hex } from './backup-format';
import { Sha256 } from './sha256';

const encoder = new TextEncoder();

describe('SHA-256 fed piece by piece', () => {
  it('gives the published digests', () => {
    expect(new Sha256().hex()).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(new Sha256().update(encoder.encode('abc')).hex()).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches crypto.subtle at every length around the block edges, in any split', async () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099]) {
      const text = Array.from({ length }, (_, i) => 'aé€😀'[i % 4]).join('');
      const bytes = encoder.encode(text);
      const whole = await sha256Hex(text);
      for (const step of [1, 7, 64, 100, bytes.length]) {
        const hash = new Sha256();
        for (let at = 0; at < bytes.length; at += step) hash.update(bytes.subarray(at, at + step));
        expect(hash.hex(), `length ${length}, pieces of ${step}`).toBe(whole);
      }
    }
  });

  it('takes no more pieces once finished', () => {
    const hash = new Sha256();
    hash.hex();
    expect(() => hash.update(encoder.encode('x'))).toThrow();
  });
});
