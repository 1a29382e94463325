import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useMemo, useState } from 'react';
import { listCurrentLightsForYouth } from '@/db/assessment-repository';
import { listOutflowChecksForYouth } from '@/db/outflow-check-repository';
import {
  listReviewRequestsForYouth,
  requestReview,
  resolveReviewRequest,
} from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import { indexCurrentLights } from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { ReviewRequest, ReviewTrigger } from '@/domain/follow-up-types';
import { addMonthsIso } from '@/domain/dates';
import {
  FOLLOW_UP_MONTHS,
  isRequestOpen,
  lastDiscussedAt,
  nextEvaluation,
  resolveThresholds,
  signalsFor,
} from '@/domain/signals';
import type { Condition, Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useCanWrite, WriteOnly } from '@/ui/capability';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { SelectField, TextAreaField } from '@/ui/fields';
import { formatDate, formatDateTime } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useDialogForm } from '@/ui/use-dialog-form';

const r = t.signals.review;
const TRIGGERS: ReviewTrigger[] = ['crisis', 'schoolDropout', 'placementBreakdown', 'other'];

/**
 * Last discussed, next evaluation moment, this young person's signals and
 * "herbeoordeling nodig" — for a placed young person.
 */
export function ReviewStatus({
  youth,
  conditions,
  today,
}: {
  youth: Youth;
  conditions: readonly Condition[];
  today: string;
}) {
  const lights = useLiveQuery(() => listCurrentLightsForYouth(youth.id), [youth.id]);
  const requests = useLiveQuery(() => listReviewRequestsForYouth(youth.id), [youth.id]);
  const settings = useLiveQuery(getSettings, []);
  const [asking, setAsking] = useState(false);
  const showToast = useUiStore((state) => state.showToast);

  const active = useMemo(() => activeConditions([...conditions]), [conditions]);
  const names = useMemo(
    () => new Map(conditions.map((condition) => [condition.id as string, condition.name])),
    [conditions],
  );
  if (!lights || !requests || !settings) return null;

  const thresholds = resolveThresholds(settings.signalThresholds);
  const index = indexCurrentLights(lights);
  const lastDiscussed = lastDiscussedAt(youth.id, active, index);
  const next = nextEvaluation(youth, lastDiscussed, thresholds.evaluationWindowDays);
  const open = requests.filter((request) => isRequestOpen(request, lastDiscussed));
  const signals = signalsFor({
    youth,
    conditions: active,
    lights: index,
    reviewRequests: requests,
    thresholds,
    today,
  });
  const context = {
    conditionName: (id: string) => names.get(id) ?? '?',
    date: (iso: string) => formatDate(iso.slice(0, 10)),
  };

  const resolve = async (request: ReviewRequest) => {
    if (await runWrite(() => resolveReviewRequest(request.id))) showToast({ message: r.resolved });
  };

  return (
    <section className="card review-status" aria-labelledby="review-status-title">
      <div className="page-header">
        <h2 id="review-status-title">{r.title}</h2>
        <WriteOnly>
          <button type="button" className="button no-print" onClick={() => setAsking(true)}>
            {r.request}
          </button>
        </WriteOnly>
      </div>
      <dl className="definition-grid">
        <dt>{r.lastDiscussed}</dt>
        <dd>{lastDiscussed ? formatDateTime(lastDiscussed) : r.never}</dd>
        <dt>{r.nextEvaluation}</dt>
        <dd>
          {next
            ? r.evaluation(t.signals.moment[next.moment], formatDate(next.date), next.date < today)
            : r.noEvaluation}
        </dd>
      </dl>
      {open.length > 0 && (
        <ul className="review-requests">
          {open.map((request) => {
            const trigger = t.signals.trigger[request.trigger];
            return (
              <li key={request.id}>
                <strong>{r.openRequest(trigger, formatDateTime(request.requestedAt))}</strong>
                {request.note && <span>{request.note}</span>}
                <WriteOnly>
                  <button
                    type="button"
                    className="button"
                    aria-label={r.resolveLabel(trigger)}
                    onClick={() => void resolve(request)}
                  >
                    {r.resolve}
                  </button>
                </WriteOnly>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{r.signals}</h3>
      {signals.length === 0 ? (
        <p className="muted">{r.noSignals}</p>
      ) : (
        <ul className="youth-signals">
          {signals.map((signal, index) => (
            <li key={`${signal.kind}-${index}`}>
              <strong>
                {t.signals.severity[signal.severity]} · {t.signals.kind[signal.kind]}
              </strong>
              {`: ${t.signals.explain(signal, context)}`}
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <WriteOnly>
          <ReviewRequestDialog youth={youth} onClose={() => setAsking(false)} />
        </WriteOnly>
      )}
    </section>
  );
}

function ReviewRequestDialog({ youth, onClose }: { youth: Youth; onClose: () => void }) {
  const [trigger, setTrigger] = useState<ReviewTrigger | ''>('');
  const [note, setNote] = useState('');
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => {
      const found: { trigger?: string; note?: string } = {};
      if (!trigger) found.trigger = t.errors.required;
      if (trigger === 'other' && !note.trim()) found.note = r.noteRequiredForOther;
      if (note.length > 500) found.note = t.errors.tooLong;
      if (!trigger || found.trigger || found.note) return { errors: found };
      return { errors: found, value: trigger };
    },
    write: (chosen) => requestReview(youth.id, chosen, note),
    onSaved: () => {
      onClose();
      showToast({ message: r.requested(youth.initials) });
    },
  });

  return (
    <Dialog open title={r.requestTitle(youth.initials)} onClose={onClose}>
      <form ref={ref} onSubmit={submit} noValidate>
        <p>{r.requestIntro}</p>
        <SelectField
          label={r.triggerLabel}
          data-autofocus
          required
          value={trigger}
          error={errors.trigger}
          onChange={(event) => setTrigger(event.target.value as ReviewTrigger | '')}
        >
          <option value="">{r.chooseTrigger}</option>
          {TRIGGERS.map((option) => (
            <option key={option} value={option}>
              {t.signals.trigger[option]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={r.note}
          rows={3}
          value={note}
          required={trigger === 'other'}
          error={errors.note}
          onChange={(event) => setNote(event.target.value)}
        />
        <DialogFooter onCancel={onClose} submitLabel={r.request} busy={busy} />
      </form>
    </Dialog>
  );
}

/** For a young person who left: the follow-up checks 3 and 6 months later and their answers. */
export function OutflowFollowUp({ youth, today }: { youth: Youth; today: string }) {
  const checks = useLiveQuery(() => listOutflowChecksForYouth(youth.id), [youth.id]);
  const canWrite = useCanWrite();
  if (!checks || !youth.leftOn) return null;
  const f = t.signals.followUp;
  const leftOn = youth.leftOn;
  return (
    <section className="card follow-up-status" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{f.leftTitle}</h2>
      <dl className="definition-grid">
        {FOLLOW_UP_MONTHS.map((months) => {
          const check = checks.find((entry) => entry.monthsAfter === months);
          const dueOn = addMonthsIso(leftOn, months);
          return (
            <Fragment key={months}>
              <dt>{f.checkLabel(months)}</dt>
              <dd>
                {check ? (
                  <>
                    {`${formatDate(check.checkedOn)}: ${f.answer(check.stillInIntendedPlace, check.backInCare, check.reached !== false)}`}
                    {check.note && ` – ${check.note}`}
                  </>
                ) : dueOn <= today ? (
                  <>
                    {f.notYet(formatDate(dueOn))}
                    {canWrite && (
                      <>
                        {' '}
                        <Link to={paths.actions()}>{f.recordAtActions}</Link>
                      </>
                    )}
                  </>
                ) : (
                  f.notDue(formatDate(dueOn))
                )}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </section>
  );
}
