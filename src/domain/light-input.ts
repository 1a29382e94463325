import { isIsoDate } from './dates';
import { TEXT_MAX } from './text-limits';
import { ACTION_OWNER_ROLES, type LightInput } from './types';

export type LightInputField = 'reason' | 'action' | 'actionOwner' | 'actionOwnerRole' | 'dueDate';

/**
 * What is wrong with a light as someone fills it in: the fields the light
 * editor names and the repository refuses. The limits are the ones a backup
 * holds an assessment to (record-rules.ts), so whatever is saved can always be
 * restored; this small check keeps the full rules out of the board's first download.
 */
export function lightInputBreaks(input: LightInput): LightInputField[] {
  const found: LightInputField[] = [];
  if ((input.reason ?? '').trim().length > TEXT_MAX.long) found.push('reason');
  if ((input.action ?? '').trim().length > TEXT_MAX.long) found.push('action');
  if ((input.actionOwner ?? '').trim().length > TEXT_MAX.short) found.push('actionOwner');
  if (
    input.actionOwnerRole !== undefined &&
    !(ACTION_OWNER_ROLES as readonly string[]).includes(input.actionOwnerRole)
  )
    found.push('actionOwnerRole');
  if (input.dueDate !== undefined && input.dueDate !== '' && !isIsoDate(input.dueDate))
    found.push('dueDate');
  return found;
}
