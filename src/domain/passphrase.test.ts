import { describe, expect, it } from 'vitest';
import { generatePassphrase, PASSPHRASE_WORDS } from './passphrase';

describe('generatePassphrase', () => {
  it('has a list of distinct, plain lowercase words, long enough to guess hard', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    expect(PASSPHRASE_WORDS.length).toBeGreaterThanOrEqual(256);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{4,}$/);
  });

  it('proposes five words from the list, at least 12 characters, different each time', () => {
    const first = generatePassphrase();
    const words = first.split('-');
    expect(words).toHaveLength(5);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    expect(first.length).toBeGreaterThanOrEqual(12);
    const many = new Set(Array.from({ length: 20 }, () => generatePassphrase()));
    expect(many.size).toBe(20);
  });

  it('draws again rather than favour the first words (no modulo bias)', () => {
    // The first value lies in the incomplete last round and must be refused.
    const values = [2 ** 32 - 1, 3];
    const fill = (buffer: Uint32Array<ArrayBuffer>) => {
      buffer[0] = values.shift()!;
      return buffer;
    };
    expect(generatePassphrase(1, fill)).toBe(PASSPHRASE_WORDS[3]);
  });
});
