import type { ReactNode } from 'react';
import type { EscalationView } from '@/domain/escalation';
import { te } from '@/i18n/escalations';
import { formatDate, formatDateTime } from './format';

const e = te;

/**
 * One escalation with its whole history: what was asked of whom by when, each
 * answer with its outcome, the closing — each with who recorded it and when.
 * Shared by the youth page and the meeting minutes; `actions` holds the
 * buttons a page may add (only where the person may write).
 */
export function EscalationHistory({
  view,
  conditionName,
  heading,
  actions,
}: {
  view: EscalationView;
  conditionName: (id: string) => string;
  /** Shown above the question, e.g. the young person's initials in the minutes. */
  heading?: ReactNode;
  actions?: ReactNode;
}) {
  const { escalation } = view;
  return (
    <article className={`escalation escalation-${view.status}`}>
      <p className="escalation-status">
        {heading && <span className="escalation-heading">{heading} </span>}
        <strong>{e.status[view.status]}</strong>
        {view.overdue && (
          <span className="escalation-overdue">
            {' '}
            <span aria-hidden="true">⚠ </span>
            {e.overdue(view.daysOverdue)}
          </span>
        )}
      </p>
      <ol className="escalation-events">
        <li>
          <span className="escalation-event-title">{e.asked}: </span>
          <span className="escalation-question">{escalation.question}</span>
          <span className="escalation-line">
            {' '}
            {e.askedLine(
              escalation.askedOf,
              formatDate(escalation.raisedOn),
              formatDate(escalation.answerDueOn),
            )}
          </span>
          {escalation.conditionId && (
            <span className="escalation-line">
              {' · '}
              {e.conditionLine(conditionName(escalation.conditionId))}
            </span>
          )}
          <span className="escalation-by muted">
            {' '}
            ({e.by(escalation.updatedBy, formatDateTime(escalation.createdAt))})
          </span>
        </li>
        {view.updates.map((update) => (
          <li key={update.id}>
            <span className="escalation-event-title">
              {update.kind === 'answer'
                ? e.answerLine(
                    formatDate(update.on),
                    update.outcome ? e.outcome[update.outcome] : '?',
                  )
                : e.closedLine(formatDate(update.on))}
              {update.answer || update.note ? ': ' : ''}
            </span>
            {update.answer && <span className="escalation-answer">{update.answer}</span>}
            {update.note && (
              <span className="escalation-note">
                {update.answer ? ' – ' : ''}
                {update.note}
              </span>
            )}
            <span className="escalation-by muted">
              {' '}
              ({e.by(update.updatedBy, formatDateTime(update.createdAt))})
            </span>
          </li>
        ))}
      </ol>
      {actions && <div className="escalation-actions no-print">{actions}</div>}
    </article>
  );
}
