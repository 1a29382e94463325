import { describe, expect, it } from 'vitest';
import { plural } from './numbers';

describe('plural', () => {
  it.each([
    [0, '0 jongeren'],
    [1, '1 jongere'],
    [2, '2 jongeren'],
    [1000, '1000 jongeren'],
  ])('%i → %s', (n, text) => {
    expect(plural(n, 'jongere', 'jongeren')).toBe(text);
  });
});
