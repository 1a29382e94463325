import { addMonths, format, parseISO } from 'date-fns';
import { daysBetween, isIsoDate } from './dates';
import type { IsoDate, IsoDateTime, Youth } from './types';

export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
export const DEFAULT_RETENTION_MONTHS = 24;

export type DataSafetySettings = {
  backupReminderDays?: number;
  retentionMonths?: number;
  lastBackupAt?: IsoDateTime;
};

/** The settings with their defaults filled in. */
export function dataSafetySettings(stored: DataSafetySettings): {
  backupReminderDays: number;
  retentionMonths: number;
  lastBackupAt?: IsoDateTime;
} {
  return {
    backupReminderDays: stored.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS,
    retentionMonths: stored.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    ...(stored.lastBackupAt ? { lastBackupAt: stored.lastBackupAt } : {}),
  };
}

/**
 * A reminder is due when the last backup is at least `days` old — or, with no
 * backup yet, when the app has been in use that long (`since`, the first
 * start), so a brand-new board does not nag on day one. No data, no reminder.
 */
export function isBackupDue(
  lastBackupAt: IsoDateTime | undefined,
  since: IsoDateTime,
  today: IsoDate,
  days: number,
  hasData: boolean,
): boolean {
  if (!hasData) return false;
  return daysBetween(lastBackupAt ?? since, today) >= days;
}

/** The last day a young person who left may be kept: `leftOn` plus the retention period. */
export function keepUntil(leftOn: IsoDate, months: number): IsoDate {
  return format(addMonths(parseISO(leftOn), months), 'yyyy-MM-dd');
}

/** Young people who left more than `months` ago, oldest departure first. */
export function retentionCandidates(
  youths: readonly Youth[],
  today: IsoDate,
  months: number,
): Youth[] {
  return youths
    .filter(
      // An unreadable leaving date is not guessed at: the start-up check lists it for repair.
      (youth) =>
        youth.status === 'left' &&
        typeof youth.leftOn === 'string' &&
        isIsoDate(youth.leftOn) &&
        keepUntil(youth.leftOn, months) < today,
    )
    .sort((a, b) => (a.leftOn ?? '').localeCompare(b.leftOn ?? ''));
}
