import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './numbers';

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

describe('plural with a format', () => {
  it('writes the count as Dutch readers do and still agrees in number', () => {
    expect(plural(1, 'actie', 'acties', formatCount)).toBe('1 actie');
    expect(plural(12500, 'actie', 'acties', formatCount)).toBe('12.500 acties');
  });
});
