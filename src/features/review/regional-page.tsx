import { useObservable } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import {
  REGIONAL_COLOURS,
  type PublishedCount,
  type RegionalColour,
  type RegionalOverview,
} from '@/domain/aggregation';
import { toIsoDate } from '@/domain/dates';
import { asOfDate, monthOf, type IsoMonth } from '@/domain/state-at-date';
import { indexLightBuckets, observeCurrentLightBuckets } from '@/db/board-queries';
import { t } from '@/i18n/dictionary';
import { tr } from '@/i18n/review';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { MonthSelect } from './month-select';
import { PrintButton } from './print-button';
import { regionalReview, regionalReviewToday } from './review-model';
import { useReviewBase, useReviewHistory } from './use-review-data';

const r = tr;

/** A suppressed count has no value to show: only the mark. */
export function publishedText(cell: PublishedCount): string {
  if (cell.kind === 'count') return String(cell.value);
  return cell.kind === 'small' ? r.small : r.hidden;
}

function Count({ cell }: { cell: PublishedCount }) {
  return (
    <td className={`review-number${cell.kind === 'count' ? '' : ' review-suppressed'}`}>
      {publishedText(cell)}
    </td>
  );
}

const COLOUR_STATE = {
  red: 'red',
  amber: 'amber',
  green: 'green',
  other: 'unassessed',
} as const satisfies Record<RegionalColour, string>;

/** All municipalities × conditions, anonymous: counts only, small cells suppressed. */
export function RegionalPage() {
  const today = toIsoDate(new Date());
  const [month, setMonth] = useState<IsoMonth>(monthOf(today));
  const current = month === monthOf(today);
  const base = useReviewBase();
  // The current month comes from the current lights, which the board and the
  // navigation keep live anyway; an earlier month reads history up to its end.
  const history = useReviewHistory(current ? undefined : base, asOfDate(month, today));
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const result = useMemo(() => {
    if (current)
      return base && buckets && regionalReviewToday(base, indexLightBuckets(buckets), today);
    return history && regionalReview(history, month, today);
  }, [current, base, buckets, history, month, today]);
  const monthLabel = formatDate(`${month}-01`, 'MMMM yyyy');

  useEffect(() => {
    const previous = document.title;
    document.title = `${r.regionalTitle} ${monthLabel}`;
    return () => {
      document.title = previous;
    };
  }, [monthLabel]);

  return (
    <article className="report print-page" aria-labelledby="regional-title">
      <div className="report-toolbar no-print">
        <Link to={paths.municipalities()}>{r.backToReview}</Link>
        <span className="toolbar">
          <PrintButton />
        </span>
      </div>
      <div className="review-controls no-print">
        <MonthSelect value={month} today={today} onChange={setMonth} />
      </div>
      <header className="report-header">
        <p className="report-provider">{base?.providerName ?? r.reportProvider}</p>
        <h1 id="regional-title">{r.regionalTitle}</h1>
        <p className="report-meta">
          <span>{r.reportFor(monthLabel)}</span>
          {result && <span>{r.asOf(formatDate(result.asOf))}</span>}
          <span>{t.printedOn(formatDate(today))}</span>
          {result && <span>{r.regionalYouths(publishedText(result.overview.totalYouths))}</span>}
        </p>
        <p>{r.regionalIntro}</p>
      </header>
      {!result ? (
        <p role="status" className="muted">
          {r.loading}
        </p>
      ) : result.overview.municipalities.length === 0 ? (
        <p className="empty-state">{r.noMunicipalities}</p>
      ) : (
        <RegionalTables overview={result.overview} />
      )}
    </article>
  );
}

function RegionalTables({ overview }: { overview: RegionalOverview }) {
  return (
    <>
      <section className="review-section print-avoid-break" aria-labelledby="regional-bottlenecks">
        <h2 id="regional-bottlenecks">{r.bottlenecksTitle}</h2>
        <p className="muted">{r.bottlenecksIntro}</p>
        {overview.bottlenecks.length === 0 ? (
          <p>{r.noBottlenecks}</p>
        ) : (
          <table className="simple review-table">
            <thead>
              <tr>
                <th scope="col">{r.condition}</th>
                <th scope="col" className="review-number">
                  {r.redCount}
                </th>
                <th scope="col" className="review-number">
                  {r.medianDaysRed}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.bottlenecks.map((item) => (
                <tr key={item.condition.id}>
                  <th scope="row">{item.condition.name}</th>
                  <Count cell={item.red} />
                  <td className="review-number">
                    {item.medianDaysRed !== undefined ? (
                      Math.round(item.medianDaysRed)
                    ) : (
                      <span className="muted">{r.medianHidden}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p className="muted">{r.suppressionNote}</p>
      {REGIONAL_COLOURS.map((colour) => (
        <section key={colour} className="review-section" aria-labelledby={`regional-${colour}`}>
          <h2 id={`regional-${colour}`} className="review-state">
            {colour !== 'other' && <Stoplight state={COLOUR_STATE[colour]} />}
            {r.regionalColourTitle[colour]}
          </h2>
          <table className="simple review-table review-matrix">
            <thead>
              <tr>
                <th scope="col">{r.municipality}</th>
                <th scope="col" className="review-number">
                  {r.youthsColumn}
                </th>
                {overview.conditions.map((condition) => (
                  <th key={condition.id} scope="col" className="review-number">
                    {condition.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.municipalities.map((name, mi) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <Count cell={overview.youths[mi] as PublishedCount} />
                  {overview.conditions.map((condition, ci) => (
                    <Count
                      key={condition.id}
                      cell={overview.cells[colour][mi]?.[ci] as PublishedCount}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{r.regionalTotal}</th>
                <Count cell={overview.totalYouths} />
                {overview.conditions.map((condition, ci) => (
                  <Count key={condition.id} cell={overview.totals[colour][ci] as PublishedCount} />
                ))}
              </tr>
            </tfoot>
          </table>
        </section>
      ))}
    </>
  );
}
