import type { ReactNode } from 'react';
import type { KeyFigures, TrendPoint } from '@/domain/aggregation';
import type { LightState } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import { tr } from '@/i18n/review';
import { useDataPrecision } from '@/ui/data-precision';
import { formatDate, formatDateAt } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { StackedBars, TrendChart } from './review-charts';
import type { MunicipalReview } from './review-model';

/** A review on screen: the trend may still be read from the history. */
export type ShownReview = Omit<MunicipalReview, 'trend'> & { trend?: TrendPoint[] };

const r = tr;
export const COUNT_STATES: LightState[] = ['red', 'amber', 'green', 'notApplicable', 'unassessed'];

function StateHeader({ state }: { state: LightState }) {
  return (
    <th scope="col" className="review-number">
      <span className="review-state">
        <Stoplight state={state} />
        {t.light[state]}
      </span>
    </th>
  );
}

function YouthCell({ id, initials }: { id: string; initials: string }) {
  return (
    <th scope="row">
      <Link to={paths.youthDetail(id)}>{initials}</Link>
    </th>
  );
}

export type FigureRow = {
  key: string;
  label: string;
  value: number;
  /** Follow-up figures: how many answers are known, of how many checks due. */
  known?: number;
  due?: number;
};

/** The key figures in report order, for the screen, the print and the CSV alike. */
export function figureRows(figures: KeyFigures): FigureRow[] {
  const f = r.figures;
  return [
    { key: 'placed', label: f.placed, value: figures.placed },
    { key: 'withRed', label: f.withRed, value: figures.withRed },
    { key: 'turningEighteen', label: f.turningEighteen, value: figures.turningEighteen },
    { key: 'outflowDue', label: f.outflowDue, value: figures.outflowDue },
    { key: 'pastPlannedEnd', label: f.pastPlannedEnd, value: figures.pastPlannedEnd },
    { key: 'escalationsOpen', label: f.escalationsOpen, value: figures.escalationsOpen },
    { key: 'leftThisMonth', label: f.leftThisMonth, value: figures.leftThisMonth },
    ...figures.followUp.map((item) => ({
      key: `stillInPlace${item.monthsAfter}`,
      label: f.stillInPlace(item.monthsAfter),
      value: item.stillInPlace,
      known: item.known,
      due: item.due,
    })),
    {
      key: 'backInCare',
      label: f.backInCare,
      value: figures.backInCare.backInCare,
      known: figures.backInCare.known,
      due: figures.backInCare.due,
    },
  ];
}

/**
 * The key figures on top of the monthly report. A follow-up figure says of how
 * many answers it is ("2 van 3 · 3 van 5 bekend"): a missing answer is never a no.
 */
export function KeyFiguresView({ figures, asOf }: { figures: KeyFigures; asOf: string }) {
  return (
    <section className="review-section report-figures" aria-labelledby="report-figures">
      <h2 id="report-figures">{r.figuresTitle}</h2>
      <p className="muted">{r.figuresIntro(formatDate(asOf))}</p>
      <dl className="key-figures">
        {figureRows(figures).map((row) => (
          <div key={row.key} className="key-figure" data-figure={row.key}>
            <dt>{row.label}</dt>
            <dd>
              {row.known === undefined ? (
                <span className="key-figure-value">{row.value}</span>
              ) : row.due === 0 ? (
                <span className="key-figure-detail">{r.noneDue}</span>
              ) : (
                <>
                  <span className="key-figure-value">
                    {row.known === 0 ? r.unknownFigure : r.ofKnown(row.value, row.known)}
                  </span>{' '}
                  <span className="key-figure-detail">{r.knownOfDue(row.known, row.due ?? 0)}</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The figures for one or more municipalities: counts (chart and table),
 * trend (chart and table) and the lists. Used on screen and in the monthly report.
 */
export function MunicipalReviewView({
  review,
  who,
  showMunicipality,
}: {
  review: ShownReview;
  who: string;
  showMunicipality: boolean;
}) {
  const municipalityHeader = showMunicipality ? <th scope="col">{r.municipality}</th> : null;
  const municipalityCell = (name: string) => (showMunicipality ? <td>{name}</td> : null);
  const precision = useDataPrecision();
  return (
    <>
      <section className="review-section" aria-labelledby="review-counts">
        <h2 id="review-counts">{r.countsTitle}</h2>
        <p className="muted">{r.youthCount(review.youthCount)}</p>
        <StackedBars counts={review.counts} label={r.countsChartLabel(who)} />
        <table className="simple review-table" aria-labelledby="review-counts">
          <thead>
            <tr>
              <th scope="col">{r.condition}</th>
              {COUNT_STATES.map((state) => (
                <StateHeader key={state} state={state} />
              ))}
              <th scope="col" className="review-number">
                {r.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {review.counts.map(({ condition, counts, total }) => (
              <tr
                key={condition.id}
                aria-label={`${condition.name}: ${r.totalsAria(counts.red, counts.amber, counts.green, counts.unassessed)}`}
              >
                <th scope="row">{condition.name}</th>
                {COUNT_STATES.map((state) => (
                  <td key={state} className="review-number" data-state={state}>
                    {counts[state]}
                  </td>
                ))}
                <td className="review-number">{total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="review-section print-avoid-break" aria-labelledby="review-trend">
        <h2 id="review-trend">{r.trendTitle}</h2>
        <p className="muted">
          {r.trendNote} {r.trendGapNote}
        </p>
        <p className="chart-legend" aria-hidden="true">
          <span className="chart-key chart-key-red">{`■ ${t.light.red}`}</span>
          <span className="chart-key chart-key-green">{`● ${t.light.green}`}</span>
        </p>
        {review.trend ? (
          <TrendSection points={review.trend} />
        ) : (
          <p role="status" className="muted">
            {r.trendLoading}
          </p>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-red">
        <h2 id="review-red">{r.redTitle}</h2>
        {review.red.length === 0 ? (
          <p>{r.noRed}</p>
        ) : (
          <table className="simple review-table review-red-table">
            <thead>
              <tr>
                <th scope="col">{r.youth}</th>
                {municipalityHeader}
                <th scope="col">{r.condition}</th>
                <th scope="col">{r.action}</th>
                <th scope="col">{r.ownerRole}</th>
                <th scope="col">{r.dueDate}</th>
                <th scope="col">{r.redSince}</th>
              </tr>
            </thead>
            <tbody>
              {review.red.flatMap(({ youth, cells }) =>
                cells.map((cell) => (
                  <tr key={`${youth.id}|${cell.condition.id}`}>
                    <YouthCell id={youth.id} initials={youth.initials} />
                    {municipalityCell(youth.municipality)}
                    <td>{cell.condition.name}</td>
                    <td className={cell.action ? undefined : 'muted'}>
                      {cell.action || r.noAction}
                    </td>
                    <td className={cell.actionOwnerRole ? undefined : 'muted'}>
                      {cell.actionOwnerRole ? t.ownerRole[cell.actionOwnerRole] : r.noRole}
                    </td>
                    <td>{formatDate(cell.dueDate)}</td>
                    <td>{formatDate(cell.redSince)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-eighteen">
        <h2 id="review-eighteen">{r.eighteenTitle}</h2>
        {review.eighteen.length === 0 ? (
          <p>{r.noEighteen}</p>
        ) : (
          <table className="simple review-table">
            <thead>
              <tr>
                <th scope="col">{r.youth}</th>
                {municipalityHeader}
                <th scope="col">{r.eighteenOn}</th>
                <th scope="col">{r.transitionLight}</th>
              </tr>
            </thead>
            <tbody>
              {review.eighteen.map((row) => (
                <tr key={row.youth.id}>
                  <YouthCell id={row.youth.id} initials={row.youth.initials} />
                  {municipalityCell(row.youth.municipality)}
                  <td>{formatDateAt(row.turnsEighteenOn, precision.birthDate)}</td>
                  <td>
                    {row.transition && (
                      <span className="review-state">
                        <Stoplight state={row.transition} />
                        {t.light[row.transition]}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-leaving">
        <h2 id="review-leaving">{r.leavingTitle}</h2>
        {review.leaving.length === 0 ? (
          <p>{r.noLeaving}</p>
        ) : (
          <table className="simple review-table">
            <thead>
              <tr>
                <th scope="col">{r.youth}</th>
                {municipalityHeader}
                <th scope="col">{r.plannedEnd}</th>
                <th scope="col" className="review-number">
                  {r.reds}
                </th>
              </tr>
            </thead>
            <tbody>
              {review.leaving.map((row) => (
                <tr key={row.youth.id}>
                  <YouthCell id={row.youth.id} initials={row.youth.initials} />
                  {municipalityCell(row.youth.municipality)}
                  <td>
                    {formatDate(row.plannedEnd)}
                    {row.overdue && <strong> ({r.overdue})</strong>}
                  </td>
                  <td className="review-number">{row.reds}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-escalation">
        <h2 id="review-escalation">{r.escalationTitle}</h2>
        <p className="muted">{r.escalationIntro}</p>
        {review.escalations.length === 0 ? (
          <p>{r.noEscalation}</p>
        ) : (
          <table className="simple review-table">
            <thead>
              <tr>
                <th scope="col">{r.youth}</th>
                {municipalityHeader}
                <th scope="col">{r.condition}</th>
                <th scope="col" className="review-number">
                  {r.reviewsInRow}
                </th>
                <th scope="col">{r.redSince}</th>
              </tr>
            </thead>
            <tbody>
              {review.escalations.map((row) => (
                <tr key={`${row.youth.id}|${row.condition.id}`}>
                  <YouthCell id={row.youth.id} initials={row.youth.initials} />
                  {municipalityCell(row.youth.municipality)}
                  <td>{row.condition.name}</td>
                  <td className="review-number">{row.reviews}</td>
                  <td>{formatDate(row.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <OpenEscalations
        rows={review.openEscalations}
        municipalityHeader={municipalityHeader}
        municipalityCell={municipalityCell}
      />

      <section className="review-section" aria-labelledby="review-outflow">
        <h2 id="review-outflow">{r.outflowTitle}</h2>
        <p>
          {r.outflowCount(review.outflow.rows.length)}
          {review.outflow.medianDaysPlaced !== undefined &&
            ` · ${r.outflowMedian(Math.round(review.outflow.medianDaysPlaced))}`}
        </p>
        {review.outflow.rows.length === 0 ? (
          <p>{r.noOutflow}</p>
        ) : (
          <>
            <table className="simple review-table">
              <thead>
                <tr>
                  <th scope="col">{r.destination}</th>
                  <th scope="col" className="review-number">
                    {r.count}
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.outflow.byDestination.map(({ destination, count }) => (
                  <tr key={destination}>
                    <th scope="row">
                      {destination === 'unknown'
                        ? r.unknownDestination
                        : t.perspective[destination]}
                    </th>
                    <td className="review-number">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="simple review-table">
              <thead>
                <tr>
                  <th scope="col">{r.youth}</th>
                  {municipalityHeader}
                  <th scope="col">{r.leftOn}</th>
                  <th scope="col">{r.destination}</th>
                  <th scope="col" className="review-number">
                    {r.daysPlaced}
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.outflow.rows.map((row) => (
                  <tr key={row.youth.id}>
                    <YouthCell id={row.youth.id} initials={row.youth.initials} />
                    {municipalityCell(row.youth.municipality)}
                    <td>{formatDate(row.leftOn)}</td>
                    <td>
                      {row.destination ? t.perspective[row.destination] : r.unknownDestination}
                    </td>
                    <td className="review-number">{row.daysPlaced}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}

/** The trend's chart and table. */
function TrendSection({ points }: { points: TrendPoint[] }) {
  return (
    <>
      <TrendChart points={points} label={r.trendChartLabel} />
      <table className="simple review-table" aria-labelledby="review-trend">
        <thead>
          <tr>
            <th scope="col">{r.trendMonth}</th>
            <th scope="col" className="review-number">
              {r.trendYouths}
            </th>
            <StateHeader state="red" />
            <StateHeader state="amber" />
            <StateHeader state="green" />
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{formatDate(`${point.month}-01`, 'MMMM yyyy')}</th>
              <td className="review-number">{point.youths}</td>
              {point.reviews === 0 ? (
                <td colSpan={3} className="review-no-reviews">
                  {r.noReviews}
                </td>
              ) : (
                <>
                  <td className="review-number">{point.red}</td>
                  <td className="review-number">{point.amber}</td>
                  <td className="review-number">{point.green}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The escalations not closed on the report date: what was asked of whom, by
 * when, and the answer so far. "te laat" is said in words, not only by style.
 */
function OpenEscalations({
  rows,
  municipalityHeader,
  municipalityCell,
}: {
  rows: MunicipalReview['openEscalations'];
  municipalityHeader: ReactNode;
  municipalityCell: (name: string) => ReactNode;
}) {
  return (
    <section className="review-section" aria-labelledby="review-open-escalations">
      <h2 id="review-open-escalations">{r.openEscalationsTitle}</h2>
      <p className="muted">{r.openEscalationsIntro}</p>
      {rows.length === 0 ? (
        <p>{r.noOpenEscalations}</p>
      ) : (
        <table className="simple review-table" aria-labelledby="review-open-escalations">
          <thead>
            <tr>
              <th scope="col">{r.youth}</th>
              {municipalityHeader}
              <th scope="col">{r.condition}</th>
              <th scope="col">{r.escalationQuestion}</th>
              <th scope="col">{r.escalationAskedOf}</th>
              <th scope="col">{r.escalationAnswerDue}</th>
              <th scope="col">{r.escalationOverdue}</th>
              <th scope="col">{r.escalationAnswer}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ youth, condition, view }) => (
              <tr key={view.escalation.id}>
                <YouthCell id={youth.id} initials={youth.initials} />
                {municipalityCell(youth.municipality)}
                <td>{condition ? condition.name : r.noConditionNamed}</td>
                <td>{view.escalation.question}</td>
                <td>{view.escalation.askedOf}</td>
                <td>{formatDate(view.escalation.answerDueOn)}</td>
                <td>{view.overdue ? <strong>{r.yes}</strong> : r.no}</td>
                <td>
                  {view.lastAnswer ? (
                    <>
                      {view.lastAnswer.answer}
                      {view.outcome && (
                        <>
                          {' '}
                          <span className="muted">
                            ({formatDate(view.lastAnswer.on)} – {te.outcome[view.outcome]})
                          </span>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="muted">{r.noAnswerYet}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
