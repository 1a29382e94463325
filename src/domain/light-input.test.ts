import { describe, expect, it } from 'vitest';
import { lightInputBreaks } from './light-input';
import { recordBreak } from './record-rules';

describe('lightInputBreaks', () => {
  it.each([
    [{ colour: 'red' as const, reason: 'Geen woonplek' }, []],
    [{ colour: 'red' as const, reason: 'x'.repeat(5001) }, ['reason']],
    [
      { colour: 'amber' as const, action: 'x'.repeat(5001), actionOwner: 'y'.repeat(201) },
      ['action', 'actionOwner'],
    ],
    [{ colour: 'green' as const, dueDate: '2026-02-31' }, ['dueDate']],
    [{ colour: 'green' as const, dueDate: '2026-02-28' }, []],
  ])('%j → %j', (input, expected) => {
    expect(lightInputBreaks(input)).toEqual(expected);
  });

  it('agrees with the backup rules at the limits', () => {
    const base = {
      id: 'a',
      youthId: 'y',
      conditionId: 'c',
      colour: 'red',
      reason: '',
      action: '',
      actionOwner: '',
      discussedWithYouth: 'notDiscussed',
      assessedAt: '2026-11-01T10:00:00.000Z',
      assessedBy: 'T',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      updatedBy: 'T',
    };
    for (const [field, ok, bad] of [
      ['reason', 'x'.repeat(5000), 'x'.repeat(5001)],
      ['action', 'x'.repeat(5000), 'x'.repeat(5001)],
      ['actionOwner', 'x'.repeat(200), 'x'.repeat(201)],
      ['dueDate', '2026-02-28', '2026-02-31'],
    ] as const) {
      expect(lightInputBreaks({ colour: 'red', [field]: ok })).toEqual([]);
      expect(recordBreak('assessments', { ...base, [field]: ok })).toBeUndefined();
      expect(lightInputBreaks({ colour: 'red', [field]: bad })).toEqual([field]);
      expect(recordBreak('assessments', { ...base, [field]: bad })).toMatchObject({ field });
    }
  });
});
