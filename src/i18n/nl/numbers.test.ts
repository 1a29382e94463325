import { describe, expect, it } from 'vitest';
import { backupPages } from './backup-pages';
import { lightSheet } from './light-sheet';
import { meetings } from './meetings';
import { byCount, formatCount, plural } from './numbers';

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

describe('byCount', () => {
  it.each([
    [0, 'zijn'],
    [1, 'is'],
    [2, 'zijn'],
  ])('%i → %s', (n, word) => {
    expect(byCount(n, 'is', 'zijn')).toBe(word);
  });
});

/** Sentences whose verb and pronouns agree with the count go through the same helper. */
describe('sentences that agree with a count', () => {
  it('import problems', () => {
    expect(lightSheet.blocked(1)).toMatch(/^Er is 1 probleem \(/);
    expect(lightSheet.blocked(3)).toMatch(/^Er zijn 3 problemen \(/);
  });

  it('data that breaks the rules', () => {
    expect(backupPages.health.found(1)).toMatch(
      /^Er staat 1 gegeven in deze browser dat niet klopt\. Het Uitstroombord kan het niet goed tonen;/,
    );
    expect(backupPages.health.found(0)).toMatch(
      /^Er staan 0 gegevens in deze browser die niet kloppen\. Het Uitstroombord kan ze niet goed tonen;/,
    );
    expect(backupPages.health.found(4)).toMatch(
      /^Er staan 4 gegevens in deze browser die niet kloppen\. Het Uitstroombord kan ze niet goed tonen;/,
    );
  });

  it('a refused confirmation names one or several lights', () => {
    expect(meetings.confirmRefused('A.B.', ['Wonen'])).toContain('dit stoplicht is nog niet');
    expect(meetings.confirmRefused('A.B.', ['Wonen', 'Netwerk'])).toContain(
      'deze stoplichten zijn nog niet',
    );
  });
});

describe('one plural helper', () => {
  // The dictionary's own sources, read as text: a hand-built "count === 1 ? … : …" is how
  // "1 jongeren" crept in before, so only numbers.ts may decide what is singular.
  const sources = import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts', '!./numbers.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it('reads the dictionary', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });

  it.each(Object.entries(sources))('%s decides no singular by hand', (_file, text) => {
    expect(text).not.toMatch(/[=!]==?\s*1\s*\?|\b1\s*===?\s*[\w.]+\s*\?/);
  });
});
