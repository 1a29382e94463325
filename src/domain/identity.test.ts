import { describe, expect, it } from 'vitest';
import { nameError, needsIdentity, rememberName, RECENT_NAMES_MAX } from './identity';

describe('nameError', () => {
  it.each([
    ['Anna de Boer', undefined],
    ['  Mehmet  ', undefined],
    ['', 'required'],
    ['   ', 'required'],
    ['onbekend', 'placeholder'],
    ['Onbekend', 'placeholder'],
    ['uitstroombord', 'system'],
    ['Uitstroombord', 'system'],
    ['x'.repeat(61), 'tooLong'],
  ] as const)('%j → %s', (value, expected) => {
    expect(nameError(value)).toBe(expected);
  });
});

describe('needsIdentity', () => {
  it('asks a new browser, and a team that never gave its provider', () => {
    expect(needsIdentity({})).toBe(true);
    expect(needsIdentity({ userName: 'Onbekend', providerName: 'De Linde' })).toBe(true);
    expect(needsIdentity({ userName: 'Anna', providerName: ' ' })).toBe(true);
    expect(needsIdentity({ userName: 'Anna', providerName: 'De Linde' })).toBe(false);
  });

  it('does not ask a municipality, which writes nothing', () => {
    expect(needsIdentity({ audience: 'municipality' })).toBe(false);
  });
});

describe('rememberName', () => {
  it('puts the newest first, once, and keeps a few', () => {
    expect(rememberName(['Anna', 'Bram'], 'bram')).toEqual(['bram', 'Anna']);
    const many = Array.from({ length: 10 }, (_, i) => `P${i}`);
    expect(rememberName(many, 'Nieuw')).toHaveLength(RECENT_NAMES_MAX);
    expect(rememberName(undefined, ' Anna ')).toEqual(['Anna']);
  });
});
