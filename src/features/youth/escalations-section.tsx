import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  closeEscalation,
  escalationsOfYouth,
  recordEscalation,
  recordEscalationAnswer,
} from '@/db/escalation-repository';
import { addDaysIso } from '@/domain/dates';
import { ESCALATION_OUTCOMES, type EscalationView } from '@/domain/escalation';
import {
  validateAnswer,
  validateClose,
  validateEscalation,
  type EscalationErrorCode,
} from '@/domain/escalation-form';
import type { Condition, Youth } from '@/domain/types';
import { te } from '@/i18n/escalations';
import { useCanWrite, WriteOnly } from '@/ui/capability';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { EscalationHistory } from '@/ui/escalation-history';
import { SelectField, TextAreaField, TextField } from '@/ui/fields';
import { clearHashQuery, ESCALATE_PARAM, hashParam } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { useDialogForm } from '@/ui/use-dialog-form';

const e = te;

/** The answer is asked for within two weeks unless the team says otherwise. */
const DEFAULT_ANSWER_DAYS = 14;

const message = (code: EscalationErrorCode | undefined) => (code ? e.errors[code] : undefined);

/**
 * "Escalaties" on the youth page: every escalation with its whole history, and
 * (where the person may write) the forms to record one, its answer and its
 * closing. `#/jongere/:id?escaleren=<condition>` opens the form, as Aandacht's
 * escalation candidate links do.
 */
export function EscalationsSection({
  youth,
  conditions,
  today,
}: {
  youth: Youth;
  conditions: readonly Condition[];
  today: string;
}) {
  const views = useLiveQuery(() => escalationsOfYouth(youth.id, today), [youth.id, today]);
  const canWrite = useCanWrite();
  const [creating, setCreating] = useState<{ conditionId: string } | undefined>(() => {
    const asked = hashParam(ESCALATE_PARAM);
    return asked === null ? undefined : { conditionId: asked };
  });
  const [answering, setAnswering] = useState<EscalationView | undefined>();
  const [closing, setClosing] = useState<EscalationView | undefined>();

  useEffect(() => {
    // Asked for once: a reload or going back does not open the form again.
    if (hashParam(ESCALATE_PARAM) !== null) clearHashQuery();
  }, []);

  const conditionName = (id: string) =>
    conditions.find((condition) => condition.id === id)?.name ?? '?';

  return (
    <section className="escalations" aria-labelledby="youth-escalations-title">
      <div className="page-header">
        <h2 id="youth-escalations-title">{e.title}</h2>
        <WriteOnly>
          <button
            type="button"
            className="button no-print"
            onClick={() => setCreating({ conditionId: '' })}
          >
            {e.record}
          </button>
        </WriteOnly>
      </div>
      <p className="muted">{e.intro}</p>
      {views &&
        (views.length === 0 ? (
          <p className="muted">{e.empty}</p>
        ) : (
          <ul className="escalation-list" aria-label={e.listLabel(youth.initials)}>
            {views.map((view) => (
              <li key={view.escalation.id}>
                <EscalationHistory
                  view={view}
                  conditionName={conditionName}
                  actions={
                    canWrite && view.status !== 'closed' ? (
                      <>
                        <button
                          type="button"
                          className="button"
                          aria-label={e.answerLabel(view.escalation.question)}
                          onClick={() => setAnswering(view)}
                        >
                          {e.answer}
                        </button>
                        <button
                          type="button"
                          className="button"
                          aria-label={e.closeLabel(view.escalation.question)}
                          onClick={() => setClosing(view)}
                        >
                          {e.close}
                        </button>
                      </>
                    ) : undefined
                  }
                />
              </li>
            ))}
          </ul>
        ))}
      {canWrite && creating && (
        <EscalationDialog
          youth={youth}
          conditions={conditions}
          initialConditionId={creating.conditionId}
          today={today}
          onClose={() => setCreating(undefined)}
        />
      )}
      {canWrite && answering && (
        <AnswerDialog
          youth={youth}
          view={answering}
          today={today}
          onClose={() => setAnswering(undefined)}
        />
      )}
      {canWrite && closing && (
        <CloseDialog
          youth={youth}
          view={closing}
          today={today}
          onClose={() => setClosing(undefined)}
        />
      )}
    </section>
  );
}

function EscalationDialog({
  youth,
  conditions,
  initialConditionId,
  today,
  onClose,
}: {
  youth: Youth;
  conditions: readonly Condition[];
  initialConditionId: string;
  today: string;
  onClose: () => void;
}) {
  const choosable = conditions.filter(
    (condition) => !condition.retired || condition.id === initialConditionId,
  );
  const known = new Set<string>(choosable.map((condition) => condition.id));
  const [input, setInput] = useState({
    question: '',
    askedOf: '',
    raisedOn: today,
    answerDueOn: addDaysIso(today, DEFAULT_ANSWER_DAYS),
    conditionId: known.has(initialConditionId) ? initialConditionId : '',
  });
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => validateEscalation(input, today, known),
    write: (fields) => recordEscalation(youth.id, fields),
    onSaved: () => {
      onClose();
      showToast({ message: e.saved(youth.initials) });
    },
  });
  const set = (field: keyof typeof input) => (value: string) =>
    setInput((current) => ({ ...current, [field]: value }));

  return (
    <Dialog open title={e.dialogTitle(youth.initials)} onClose={onClose}>
      <form ref={ref} onSubmit={submit} noValidate>
        <TextAreaField
          label={e.fields.question}
          hint={e.fields.questionHint}
          required
          rows={3}
          data-autofocus
          value={input.question}
          error={message(errors.question)}
          onChange={(event) => set('question')(event.target.value)}
        />
        <TextField
          label={e.fields.askedOf}
          hint={e.fields.askedOfHint}
          required
          autoComplete="off"
          value={input.askedOf}
          error={message(errors.askedOf)}
          onChange={(event) => set('askedOf')(event.target.value)}
        />
        <TextField
          label={e.fields.raisedOn}
          type="date"
          required
          max={today}
          value={input.raisedOn}
          error={message(errors.raisedOn)}
          onChange={(event) => set('raisedOn')(event.target.value)}
        />
        <TextField
          label={e.fields.answerDueOn}
          type="date"
          required
          value={input.answerDueOn}
          error={message(errors.answerDueOn)}
          onChange={(event) => set('answerDueOn')(event.target.value)}
        />
        <SelectField
          label={e.fields.condition}
          value={input.conditionId}
          error={message(errors.conditionId)}
          onChange={(event) => set('conditionId')(event.target.value)}
        >
          <option value="">{e.noCondition}</option>
          {choosable.map((condition) => (
            <option key={condition.id} value={condition.id}>
              {condition.name}
            </option>
          ))}
        </SelectField>
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}

function AnswerDialog({
  youth,
  view,
  today,
  onClose,
}: {
  youth: Youth;
  view: EscalationView;
  today: string;
  onClose: () => void;
}) {
  const [input, setInput] = useState({ answer: '', on: today, outcome: '', note: '' });
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => validateAnswer(input, view.escalation, today),
    write: (fields) => recordEscalationAnswer(view.escalation.id, fields),
    onSaved: () => {
      onClose();
      showToast({ message: e.answerSaved(youth.initials) });
    },
  });
  const set = (field: keyof typeof input) => (value: string) =>
    setInput((current) => ({ ...current, [field]: value }));

  return (
    <Dialog open title={e.answerTitle(youth.initials)} onClose={onClose}>
      <p className="escalation-question">{view.escalation.question}</p>
      <form ref={ref} onSubmit={submit} noValidate>
        <TextAreaField
          label={e.fields.answer}
          required
          rows={3}
          data-autofocus
          value={input.answer}
          error={message(errors.answer)}
          onChange={(event) => set('answer')(event.target.value)}
        />
        <TextField
          label={e.fields.answeredOn}
          type="date"
          required
          min={view.escalation.raisedOn}
          max={today}
          value={input.on}
          error={message(errors.on)}
          onChange={(event) => set('on')(event.target.value)}
        />
        <SelectField
          label={e.fields.outcome}
          required
          value={input.outcome}
          error={message(errors.outcome)}
          onChange={(event) => set('outcome')(event.target.value)}
        >
          <option value="">{e.chooseOutcome}</option>
          {ESCALATION_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {e.outcome[outcome]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={input.outcome === 'other' ? e.fields.noteForOther : e.fields.note}
          required={input.outcome === 'other'}
          rows={2}
          value={input.note}
          error={message(errors.note)}
          onChange={(event) => set('note')(event.target.value)}
        />
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}

function CloseDialog({
  youth,
  view,
  today,
  onClose,
}: {
  youth: Youth;
  view: EscalationView;
  today: string;
  onClose: () => void;
}) {
  const [input, setInput] = useState({ on: today, note: '' });
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => validateClose(input, view.escalation, today),
    write: (fields) => closeEscalation(view.escalation.id, fields),
    onSaved: () => {
      onClose();
      showToast({ message: e.closed(youth.initials) });
    },
  });

  return (
    <Dialog open title={e.closeTitle(youth.initials)} onClose={onClose}>
      <p className="escalation-question">{view.escalation.question}</p>
      <p className="muted">{e.closeIntro}</p>
      <form ref={ref} onSubmit={submit} noValidate>
        <TextField
          label={e.fields.closedOn}
          type="date"
          required
          min={view.escalation.raisedOn}
          max={today}
          data-autofocus
          value={input.on}
          error={message(errors.on)}
          onChange={(event) => setInput((current) => ({ ...current, on: event.target.value }))}
        />
        <TextAreaField
          label={e.fields.note}
          rows={2}
          value={input.note}
          error={message(errors.note)}
          onChange={(event) => setInput((current) => ({ ...current, note: event.target.value }))}
        />
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
