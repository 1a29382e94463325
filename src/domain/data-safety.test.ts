import { describe, expect, it } from 'vitest';
import type { YouthId } from './ids';
import type { Youth } from './types';
import { dataSafetySettings, isBackupDue, keepUntil, retentionCandidates } from './data-safety';

const youth = (id: string, status: Youth['status'], leftOn?: string) =>
  ({ id: id as YouthId, initials: id, status, ...(leftOn ? { leftOn } : {}) }) as Youth;

describe('data safety rules', () => {
  it('defaults: a reminder after 7 days, keep 24 months after leaving', () => {
    expect(dataSafetySettings({})).toEqual({ backupReminderDays: 7, retentionMonths: 24 });
    expect(dataSafetySettings({ backupReminderDays: 3, retentionMonths: 12 })).toMatchObject({
      backupReminderDays: 3,
      retentionMonths: 12,
    });
  });

  it('a backup is due when the last one is N days old, or N days after the first start', () => {
    const start = '2026-11-01T09:00:00.000Z';
    expect(isBackupDue(undefined, start, '2026-11-26', 7, true)).toBe(true);
    expect(isBackupDue(undefined, start, '2026-11-26', 7, false)).toBe(false);
    expect(isBackupDue(undefined, '2026-11-25T09:00:00.000Z', '2026-11-26', 7, true)).toBe(false);
    expect(isBackupDue('2026-11-20T09:00:00.000Z', start, '2026-11-26', 7, true)).toBe(false);
    expect(isBackupDue('2026-11-19T09:00:00.000Z', start, '2026-11-26', 7, true)).toBe(true);
  });

  it('lists young people who left more than N months ago, oldest first', () => {
    expect(keepUntil('2024-02-29', 24)).toBe('2026-02-28');
    const youths = [
      youth('placed', 'placed'),
      youth('recent', 'left', '2025-06-01'),
      youth('old', 'left', '2024-01-15'),
      youth('older', 'left', '2023-05-01'),
      youth('edge', 'left', '2024-11-26'),
    ];
    expect(retentionCandidates(youths, '2026-11-26', 24).map((y) => y.id)).toEqual([
      'older',
      'old',
    ]);
  });
});

describe('retention with a leaving date that cannot be read', () => {
  it('leaves that young person out instead of throwing', () => {
    const youths = [youth('a', 'left', '2026-02-31'), youth('b', 'left', '2020-01-01')];
    expect(retentionCandidates(youths, '2026-11-26', 24).map((y) => y.id)).toEqual(['b']);
  });
});
