import type { AssessmentId } from './ids';
import type { Assessment, LightColour, LightInput } from './types';

/*
 * What a new history record may carry over from the record before it.
 *
 * A record is read back as what someone said at that moment, so it may only
 * hold words that person said or confirmed:
 * - the reason and the agreement with the young person describe one colour:
 *   a new colour never inherits them (they would claim "still no support
 *   figure" under an amber light);
 * - an open action (action, owner and the owner's role, due date) is work still to be done: it
 *   stays open across colour changes, marked with the record it was said in
 *   (`actionFrom`), until someone edits or closes it;
 * - the same colour again by one key is a confirmation ("still as it was"),
 *   so everything carries over, as with "Besproken, ongewijzigd";
 * - an undo restores the older record exactly, and says so (`undoes`).
 *
 * The board, meeting mode, the light editor's starting values and undo all
 * use these functions, so the rule lives in one place.
 */

/** Does this light hold an action nobody has closed yet? */
export function hasOpenAction(light: Assessment | undefined): light is Assessment {
  return Boolean(light && light.colour !== 'unassessed' && light.action.trim());
}

/** The record an open action was first said in: its own id, or where it was carried from. */
function actionSource(light: Assessment): AssessmentId {
  return light.actionFrom ?? light.id;
}

/** The open action of `light`, carried over and marked as not said again. */
function carriedAction(light: Assessment): LightInput {
  const input: LightInput = {
    colour: light.colour,
    action: light.action,
    actionOwner: light.actionOwner,
    actionFrom: actionSource(light),
  };
  // The owner's role belongs to the action: it travels and closes with it.
  if (light.actionOwnerRole) input.actionOwnerRole = light.actionOwnerRole;
  if (light.dueDate) input.dueDate = light.dueDate;
  return input;
}

/** The record a one-key colour change (R/O/G/N on the board or in meeting mode) writes. */
export function oneKeyLight(current: Assessment | undefined, colour: LightColour): LightInput {
  const previous = current && current.colour !== 'unassessed' ? current : undefined;
  if (previous && previous.colour === colour) return confirmationInput(previous);
  const input: LightInput = hasOpenAction(previous)
    ? { ...carriedAction(previous), colour }
    : { colour, action: '', actionOwner: '' };
  input.reason = '';
  input.discussedWithYouth = 'notDiscussed';
  return input;
}

/** The same light again, said once more: nothing new, so everything carries over. */
export function confirmationInput(light: Assessment): LightInput {
  const input: LightInput = {
    colour: light.colour,
    reason: light.reason,
    action: light.action,
    actionOwner: light.actionOwner,
    discussedWithYouth: light.discussedWithYouth,
  };
  if (light.actionOwnerRole) input.actionOwnerRole = light.actionOwnerRole;
  if (light.dueDate) input.dueDate = light.dueDate;
  if (hasOpenAction(light) && light.actionFrom) input.actionFrom = light.actionFrom;
  return input;
}

/** What an undo writes: the record before the undone one, as it was ("niet beoordeeld" if none). */
export function restoredLight(previous: Assessment | undefined): LightInput {
  return previous ? confirmationInput(previous) : { colour: 'unassessed' };
}

/**
 * Where the light editor starts for a colour: the current light's words when
 * the colour is the same, otherwise only its open action. The editor shows
 * every field, so what is saved from it is what the person said.
 */
export function editorStart(current: Assessment | undefined, colour: LightColour | ''): LightInput {
  if (!colour) {
    return current && current.colour !== 'unassessed'
      ? confirmationInput(current)
      : { colour: 'unassessed' };
  }
  return oneKeyLight(current, colour);
}

/** Red or amber says something is missing: without a reason nobody can act on it. */
export function reasonMissing(light: Assessment | undefined): boolean {
  return Boolean(
    light && (light.colour === 'red' || light.colour === 'amber') && !light.reason.trim(),
  );
}
