import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/testing/factories';
import {
  confirmationInput,
  editorStart,
  hasOpenAction,
  oneKeyLight,
  reasonMissing,
  restoredLight,
} from './carry-over';
import type { AssessmentId, ConditionId, YouthId } from './ids';
import type { Assessment, AssessedColour, LightColour } from './types';

const cell = { youthId: 'y1' as YouthId, conditionId: 'c1' as ConditionId };
const COLOURS: LightColour[] = ['red', 'amber', 'green', 'notApplicable'];

function light(colour: AssessedColour, withAction: boolean, extra: Partial<Assessment> = {}) {
  return makeAssessment({
    ...cell,
    id: 'before' as AssessmentId,
    colour,
    reason: 'Geen steunfiguur buiten de hulpverlening',
    discussedWithYouth: 'agreed',
    ...(withAction
      ? { action: 'JIM-gesprek plannen', actionOwner: 'Mentor', dueDate: '2026-10-01' }
      : {}),
    ...extra,
  });
}

describe('oneKeyLight: what R/O/G/N carries over', () => {
  const rows = COLOURS.flatMap((from) =>
    COLOURS.flatMap((to) => [true, false].map((withAction) => ({ from, to, withAction }))),
  );

  it.each(rows)('$from → $to, open action: $withAction', ({ from, to, withAction }) => {
    const before = light(from, withAction);
    const written = oneKeyLight(before, to);
    expect(written.colour).toBe(to);
    if (from === to) {
      // The same colour again is a confirmation: the words still describe it.
      expect(written.reason).toBe(before.reason);
      expect(written.discussedWithYouth).toBe('agreed');
      expect(written.actionFrom).toBeUndefined();
    } else {
      // A new colour never inherits what was said about the old one.
      expect(written.reason).toBe('');
      expect(written.discussedWithYouth).toBe('notDiscussed');
      if (withAction) expect(written.actionFrom).toBe('before');
      else expect(written.actionFrom).toBeUndefined();
    }
    if (withAction) {
      // An open action stays open until someone closes or edits it.
      expect(written).toMatchObject({
        action: 'JIM-gesprek plannen',
        actionOwner: 'Mentor',
        dueDate: '2026-10-01',
      });
    } else {
      expect(written.action ?? '').toBe('');
      expect(written.actionOwner ?? '').toBe('');
      expect(written.dueDate).toBeUndefined();
    }
  });

  it.each(COLOURS)('from "niet beoordeeld" (no light) → %s writes only the colour', (to) => {
    for (const before of [undefined, light('unassessed', true)]) {
      expect(oneKeyLight(before, to)).toEqual({
        colour: to,
        reason: '',
        action: '',
        actionOwner: '',
        discussedWithYouth: 'notDiscussed',
      });
    }
  });

  it('keeps pointing at the record an action was first said in, across several changes', () => {
    const first = light('red', true);
    const amber = {
      ...makeAssessment({ ...cell, colour: 'amber' }),
      ...oneKeyLight(first, 'amber'),
    };
    const green = oneKeyLight(amber as Assessment, 'green');
    expect(green.actionFrom).toBe('before');
  });

  it("carries the owner's role with the action, and drops it when there is no action", () => {
    const before = light('red', true, { actionOwnerRole: 'mentor' });
    expect(oneKeyLight(before, 'amber').actionOwnerRole).toBe('mentor');
    expect(oneKeyLight(before, 'red').actionOwnerRole).toBe('mentor');
    expect(editorStart(before, 'green').actionOwnerRole).toBe('mentor');
    expect(restoredLight(before).actionOwnerRole).toBe('mentor');
    const closed = light('red', false, { actionOwnerRole: 'mentor' });
    expect(oneKeyLight(closed, 'amber').actionOwnerRole).toBeUndefined();
  });

  it('a due date without an action is not an open action and does not travel', () => {
    const before = light('red', false, { dueDate: '2026-12-01' });
    expect(hasOpenAction(before)).toBe(false);
    expect(oneKeyLight(before, 'amber').dueDate).toBeUndefined();
  });
});

describe('undo and confirmation restate a record as it was', () => {
  it('restores the older record with its words and the mark on a carried action', () => {
    const older = light('amber', true, { actionFrom: 'first' as AssessmentId });
    expect(restoredLight(older)).toEqual({
      colour: 'amber',
      reason: older.reason,
      action: older.action,
      actionOwner: older.actionOwner,
      dueDate: older.dueDate,
      discussedWithYouth: 'agreed',
      actionFrom: 'first',
    });
  });

  it('undoing a first light goes back to "niet beoordeeld"', () => {
    expect(restoredLight(undefined)).toEqual({ colour: 'unassessed' });
  });

  it('a confirmation of a light with an action said in it carries no "uit vorig licht" mark', () => {
    expect(confirmationInput(light('red', true)).actionFrom).toBeUndefined();
  });
});

describe('editorStart', () => {
  it('starts with the current words for the same colour and only the action for another', () => {
    const before = light('red', true);
    expect(editorStart(before, 'red').reason).toBe(before.reason);
    expect(editorStart(before, '').reason).toBe(before.reason);
    expect(editorStart(before, 'green')).toMatchObject({ reason: '', action: before.action });
  });
});

describe('reasonMissing', () => {
  it.each([
    ['red', '', true],
    ['amber', '  ', true],
    ['red', 'Geen woonplek', false],
    ['green', '', false],
    ['notApplicable', '', false],
    ['unassessed', '', false],
  ] as const)('%s with reason %j → %s', (colour, reason, expected) => {
    expect(reasonMissing(makeAssessment({ ...cell, colour, reason }))).toBe(expected);
  });
});
