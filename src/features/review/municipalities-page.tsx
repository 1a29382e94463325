import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import type { YouthId } from '@/domain/ids';
import { asOfDate, monthOf, type IsoMonth } from '@/domain/state-at-date';
import { indexLightBuckets, observeCurrentLightBuckets } from '@/db/board-queries';
import { escalationRecords } from '@/db/escalation-repository';
import { tr } from '@/i18n/review';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { MonthSelect } from './month-select';
import { PrintButton } from './print-button';
import {
  knownMunicipalities,
  municipalReview,
  municipalReviewToday,
  municipalTrend,
} from './review-model';
import { MunicipalReviewView, type ShownReview } from './review-sections';
import { useReviewBase, useReviewHistory } from './use-review-data';

const r = tr;

export function MunicipalitiesPage() {
  const today = toIsoDate(new Date());
  const [month, setMonth] = useState<IsoMonth>(monthOf(today));
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const current = month === monthOf(today);
  const base = useReviewBase();
  const municipalities = useMemo(() => (base ? knownMunicipalities(base) : []), [base]);
  // Until someone picks, show the first municipality rather than an empty page.
  const selected = useMemo(() => chosen ?? municipalities.slice(0, 1), [chosen, municipalities]);
  const key = JSON.stringify(selected);
  const ids = useMemo(() => {
    const names = new Set(selected);
    return (base?.youths ?? [])
      .filter((youth) => names.has(youth.municipality))
      .map((youth) => youth.id as YouthId);
    // `key` stands for the selection's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, key]);
  // The running month comes from the current lights, which the board and the navigation keep
  // live anyway (as the regional overview): no history is read before the figures show.
  const lightBuckets = useObservable(observeCurrentLightBuckets, []);
  const escalations = useLiveQuery(
    async () => (current ? { key, records: await escalationRecords(ids) } : undefined),
    [current, ids, key],
  );
  const running = useMemo(() => {
    if (!current || !base || !lightBuckets || escalations?.key !== key || !selected.length)
      return undefined;
    return municipalReviewToday(
      base,
      indexLightBuckets(lightBuckets),
      escalations.records,
      selected,
      today,
    );
  }, [current, base, lightBuckets, escalations, key, selected, today]);
  // Only the chosen municipalities' history is read: for an earlier month all its figures,
  // for the running one only the trend, read once the other figures are on the screen.
  const data = useReviewHistory(
    current && !running ? undefined : base,
    asOfDate(month, today),
    selected,
  );
  const review = useMemo((): ShownReview | undefined => {
    if (!selected.length) return undefined;
    if (current) {
      if (!running) return undefined;
      return data ? { ...running, trend: municipalTrend(data, selected, month, today) } : running;
    }
    return data ? municipalReview(data, selected, month, today) : undefined;
  }, [current, running, data, selected, month, today]);

  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    setChosen(municipalities.filter((item) => next.has(item)));
  };

  return (
    <section className="review-page" aria-labelledby="review-title">
      {/* As on every print: whose figures these are. */}
      <p className="report-provider">{base?.providerName ?? r.reportProvider}</p>
      <div className="page-header">
        <h1 id="review-title">{r.municipalitiesTitle}</h1>
        <span className="toolbar no-print">
          <Link to={paths.regional()} className="button">
            {r.regionalLink}
          </Link>
          <PrintButton />
        </span>
      </div>
      <p className="no-print">{r.municipalitiesIntro}</p>
      {!base ? (
        <p role="status" className="muted">
          {r.loading}
        </p>
      ) : municipalities.length === 0 ? (
        <p className="empty-state">{r.noMunicipalities}</p>
      ) : (
        <>
          <div className="review-controls no-print">
            <fieldset className="review-municipalities">
              <legend>{r.chooseMunicipalities}</legend>
              <label className="review-check">
                <input
                  type="checkbox"
                  checked={selected.length === municipalities.length}
                  onChange={(event) => setChosen(event.target.checked ? municipalities : [])}
                />
                {r.chooseAll}
              </label>
              {municipalities.map((name) => (
                <label key={name} className="review-check">
                  <input
                    type="checkbox"
                    checked={selected.includes(name)}
                    onChange={(event) => toggle(name, event.target.checked)}
                  />
                  {name}
                </label>
              ))}
            </fieldset>
            <MonthSelect value={month} today={today} onChange={setMonth} />
          </div>
          {review ? (
            <>
              <p className="review-asof">
                <strong>{selected.join(', ')}</strong> · {r.asOf(formatDate(review.asOf))}
              </p>
              <ul className="review-links no-print">
                {selected.map((name) => (
                  <li key={name}>
                    <Link to={paths.monthlyReport(name, month)}>{r.monthlyReportLink(name)}</Link>
                  </li>
                ))}
              </ul>
              <MunicipalReviewView
                review={review}
                who={selected.join(', ')}
                showMunicipality={selected.length > 1}
              />
            </>
          ) : selected.length === 0 ? (
            <p role="status">{r.pickOne}</p>
          ) : (
            // The controls stay put while another selection's history is read.
            <p role="status" className="muted">
              {r.loading}
            </p>
          )}
        </>
      )}
    </section>
  );
}
