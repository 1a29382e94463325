import { describe, expect, it } from 'vitest';
import { makeYouth } from '@/testing/factories';
import {
  draftFromYouth,
  emptyYouthDraft,
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
