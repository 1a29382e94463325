/**
 * The form rules of the escalation loop (domain/escalation.ts): what a person
 * may record as an escalation, an answer or a closing, with the limits of the
 * stored value rules (record-rules.ts). Apart from escalation.ts so the board's
 * first download, which derives escalation signals, does not carry the forms.
 */
import { isIsoDate } from './dates';
import { ESCALATION_OUTCOMES, type Escalation, type EscalationOutcome } from './escalation';
import type { ConditionId } from './ids';
import { TEXT_MAX } from './text-limits';
import type { IsoDate } from './types';

export type EscalationErrorCode =
  | 'required'
  | 'invalidDate'
  | 'inFuture'
  | 'tooLong'
  | 'dueBeforeRaised'
  | 'beforeRaised'
  | 'unknownOption';

export type EscalationInput = {
  question: string;
  askedOf: string;
  raisedOn: string;
  answerDueOn: string;
  /** Empty for none. */
  conditionId: string;
};

export type EscalationFields = Pick<
  Escalation,
  'question' | 'askedOf' | 'raisedOn' | 'answerDueOn' | 'conditionId'
>;

type Checked<Fields, Key extends string> = {
  value?: Fields;
  errors: Partial<Record<Key, EscalationErrorCode>>;
};

function checkText(value: string, max: number, required: boolean): EscalationErrorCode | undefined {
  if (required && !value.trim()) return 'required';
  return value.trim().length > max ? 'tooLong' : undefined;
}

function checkPastDate(value: string, today: IsoDate): EscalationErrorCode | undefined {
  if (!value) return 'required';
  if (!isIsoDate(value)) return 'invalidDate';
  return value > today ? 'inFuture' : undefined;
}

/** A new escalation from the form; `conditionIds` are the conditions it may name. */
export function validateEscalation(
  input: EscalationInput,
  today: IsoDate,
  conditionIds: ReadonlySet<string>,
): Checked<EscalationFields, keyof EscalationInput> {
  const errors: Partial<Record<keyof EscalationInput, EscalationErrorCode>> = {};
  const question = checkText(input.question, TEXT_MAX.long, true);
  if (question) errors.question = question;
  const askedOf = checkText(input.askedOf, TEXT_MAX.short, true);
  if (askedOf) errors.askedOf = askedOf;
  const raised = checkPastDate(input.raisedOn, today);
  if (raised) errors.raisedOn = raised;
  if (!input.answerDueOn) errors.answerDueOn = 'required';
  else if (!isIsoDate(input.answerDueOn)) errors.answerDueOn = 'invalidDate';
  else if (!raised && input.answerDueOn < input.raisedOn) errors.answerDueOn = 'dueBeforeRaised';
  if (input.conditionId && !conditionIds.has(input.conditionId))
    errors.conditionId = 'unknownOption';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    value: {
      question: input.question.trim(),
      askedOf: input.askedOf.trim(),
      raisedOn: input.raisedOn,
      answerDueOn: input.answerDueOn,
      ...(input.conditionId ? { conditionId: input.conditionId as ConditionId } : {}),
    },
  };
}

export type AnswerInput = { answer: string; on: string; outcome: string; note: string };
export type AnswerFields = {
  answer: string;
  on: IsoDate;
  outcome: EscalationOutcome;
  note: string;
};

/** The municipality's answer, received on or after the day the escalation was raised. */
export function validateAnswer(
  input: AnswerInput,
  escalation: Pick<Escalation, 'raisedOn'>,
  today: IsoDate,
): Checked<AnswerFields, keyof AnswerInput> {
  const errors: Partial<Record<keyof AnswerInput, EscalationErrorCode>> = {};
  const answer = checkText(input.answer, TEXT_MAX.long, true);
  if (answer) errors.answer = answer;
  const on = checkPastDate(input.on, today);
  if (on) errors.on = on;
  else if (input.on < escalation.raisedOn) errors.on = 'beforeRaised';
  if (!input.outcome) errors.outcome = 'required';
  else if (!(ESCALATION_OUTCOMES as readonly string[]).includes(input.outcome))
    errors.outcome = 'unknownOption';
  // "Anders" says what it is in the note.
  const note = checkText(input.note, TEXT_MAX.long, input.outcome === 'other');
  if (note) errors.note = note;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    value: {
      answer: input.answer.trim(),
      on: input.on,
      outcome: input.outcome as EscalationOutcome,
      note: input.note.trim(),
    },
  };
}

export type CloseInput = { on: string; note: string };
export type CloseFields = { on: IsoDate; note: string };

export function validateClose(
  input: CloseInput,
  escalation: Pick<Escalation, 'raisedOn'>,
  today: IsoDate,
): Checked<CloseFields, keyof CloseInput> {
  const errors: Partial<Record<keyof CloseInput, EscalationErrorCode>> = {};
  const on = checkPastDate(input.on, today);
  if (on) errors.on = on;
  else if (input.on < escalation.raisedOn) errors.on = 'beforeRaised';
  const note = checkText(input.note, TEXT_MAX.long, false);
  if (note) errors.note = note;
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, value: { on: input.on, note: input.note.trim() } };
}
