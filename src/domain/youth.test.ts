import { describe, expect, it } from 'vitest';
import { makeYouth } from '@/testing/factories';
import {
  draftFromYouth,
  emptyYouthDraft,
  looksLikeFullName,
  validateOutflow,
  validateYouth,
  youthFieldsFromDraft,
  type YouthDraft,
} from './youth';

const today = '2026-11-25';
const valid: YouthDraft = {
  ...emptyYouthDraft(),
  initials: 'A.B.',
  birthDate: '2010-05-01',
  municipality: 'Zwolle',
  location: 'De Linde',
  placementStart: '2025-09-01',
  plannedEnd: '2027-01-01',
};

describe('validateYouth', () => {
  it('accepts a complete draft', () => {
    expect(validateYouth(valid, today)).toEqual({});
  });

  it.each([
    [{ initials: '' }, 'initials', 'required'],
    [{ initials: 'Jan Jansen' }, 'initials', 'looksLikeFullName'],
    [{ initials: 'ABCDEFGHIJKLMN' }, 'initials', 'tooLong'],
    [{ birthDate: '' }, 'birthDate', 'required'],
    [{ birthDate: '2027-01-01' }, 'birthDate', 'inFuture'],
    [{ birthDate: '2026-02-30' }, 'birthDate', 'invalidDate'],
    [{ birthDate: '1990-01-01' }, 'birthDate', 'implausibleAge'],
    [{ municipality: '  ' }, 'municipality', 'required'],
    [{ location: '' }, 'location', 'required'],
    [{ placementStart: '2026-12-01' }, 'placementStart', 'inFuture'],
    [{ placementStart: '2009-01-01' }, 'placementStart', 'beforeBirth'],
    [{ plannedEnd: '2025-08-31' }, 'plannedEnd', 'beforeStart'],
    [{ placementType: 'hotel' }, 'placementType', 'unknownOption'],
  ] as const)('%o → %s: %s', (patch, field, code) => {
    expect(validateYouth({ ...valid, ...patch }, today)[field]).toBe(code);
  });

  it('stores trimmed fields and leaves empty optional ones out', () => {
    const fields = youthFieldsFromDraft({ ...valid, initials: ' A.B. ', coordinator: '' });
    expect(fields.initials).toBe('A.B.');
    expect(fields.coordinator).toBeUndefined();
  });

  it("stores 'onbekend' as no perspective: one way to say the perspective is not known", () => {
    expect(youthFieldsFromDraft({ ...valid, perspective: 'onbekend' }).perspective).toBeUndefined();
    expect(youthFieldsFromDraft({ ...valid, perspective: 'thuis' }).perspective).toBe('thuis');
    expect(draftFromYouth(makeYouth({ perspective: 'onbekend' })).perspective).toBe('');
  });
});

describe('looksLikeFullName: initials or one word, never a full name', () => {
  it.each([
    ['Jan de Vries', 'given name, tussenvoegsel, surname'],
    ['Pieter Jansen', 'given name and surname'],
    ['Anna Bakker', 'given name and surname'],
    ['Mohammed El Amrani', 'given name, particle, surname'],
    ['J. v.d. Berg', 'an initial with a surname: identifies the person all the same'],
    ['J.v.d.Berg', 'the same without spaces'],
    ['J. Berg', 'an initial with a surname'],
    ['Berg, J.', 'surname first, as in a list'],
    ['van der Berg', 'a surname with its tussenvoegsels'],
    ['de Vries', 'a surname with its tussenvoegsel'],
    ["in 't Veld", 'a surname with two tussenvoegsels'],
    ['Jansen-de Vries', 'a double surname'],
    ['Jan J.', 'a given name with the initial of the surname'],
    ['Sanne-Lotte B.', 'a double given name with the initial of the surname'],
    ['Mo Ali', 'two short words'],
    ['JAN JANSEN', 'a full name in capitals'],
    ['Kleine Beer', 'two words: cannot be told from a full name'],
  ])('refuses %o (%s)', (value) => {
    expect(looksLikeFullName(value)).toBe(true);
  });

  it.each([
    ['A.B.', 'initials'],
    ['A.B. de J.', 'initials with the tussenvoegsel written out: no surname in it'],
    ['J.v.d.M.', 'initials with an abbreviated tussenvoegsel'],
    ['v.d. M.', 'tussenvoegsel and an initial'],
    ['É.B.', 'initials with an accent'],
    ['A B', 'initials without dots'],
    ['PJ', 'initials without dots'],
    ['AB CD', 'initials without dots'],
    ['Mo', 'a short pseudonym or nickname'],
    ['Sanne-Lotte', 'one given name: pseudonym-level, nothing to link it to'],
    ['Noor', 'one given name'],
    ["O'Neil", 'one word with an apostrophe'],
    ['Jongere 12', 'one word and a number'],
    ['K.L.2', 'initials and a number'],
  ])('accepts %o (%s)', (value) => {
    expect(looksLikeFullName(value)).toBe(false);
  });

  it('is the rule validateYouth applies, before the length', () => {
    expect(validateYouth({ ...valid, initials: 'Jan de Vries' }, today).initials).toBe(
      'looksLikeFullName',
    );
    // 18 characters, but the message that helps is "this is a name".
    expect(validateYouth({ ...valid, initials: 'Mohammed El Amrani' }, today).initials).toBe(
      'looksLikeFullName',
    );
    expect(validateYouth({ ...valid, initials: 'A.B. de J.' }, today).initials).toBeUndefined();
    expect(validateYouth({ ...valid, initials: 'Sanne-Lotte' }, today).initials).toBeUndefined();
  });
});

describe('validateOutflow', () => {
  const youth = makeYouth({ placementStart: '2025-09-01' });
  it.each([
    [{ leftOn: '', actualDestination: 'thuis' }, { leftOn: 'required' }],
    [{ leftOn: '2026-12-01', actualDestination: 'thuis' }, { leftOn: 'inFuture' }],
    [{ leftOn: '2025-08-01', actualDestination: 'thuis' }, { leftOn: 'beforeStart' }],
    [{ leftOn: '2026-11-01', actualDestination: '' }, { actualDestination: 'required' }],
    [{ leftOn: '2026-11-01', actualDestination: 'thuis' }, {}],
  ])('%o', (draft, errors) => {
    expect(validateOutflow(draft, youth, today)).toEqual(errors);
  });
});
