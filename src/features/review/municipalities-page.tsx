import { useMemo, useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import { asOfDate, monthOf, type IsoMonth } from '@/domain/state-at-date';
import { tr } from '@/i18n/review';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { MonthSelect } from './month-select';
import { PrintButton } from './print-button';
import { knownMunicipalities, municipalReview } from './review-model';
import { MunicipalReviewView } from './review-sections';
import { useReviewBase, useReviewHistory } from './use-review-data';

const r = tr;

export function MunicipalitiesPage() {
  const today = toIsoDate(new Date());
  const [month, setMonth] = useState<IsoMonth>(monthOf(today));
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const base = useReviewBase();
  const municipalities = useMemo(() => (base ? knownMunicipalities(base) : []), [base]);
  // Until someone picks, show the first municipality rather than an empty page.
  const selected = useMemo(() => chosen ?? municipalities.slice(0, 1), [chosen, municipalities]);
  // Only the chosen municipalities' history is read.
  const data = useReviewHistory(base, asOfDate(month, today), selected);
  const review = useMemo(
    () => (data && selected.length ? municipalReview(data, selected, month, today) : undefined),
    [data, selected, month, today],
  );

  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    setChosen(municipalities.filter((item) => next.has(item)));
  };

  return (
    <section className="review-page" aria-labelledby="review-title">
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
