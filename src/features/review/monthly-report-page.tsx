import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { getReportNote } from '@/db/report-note-repository';
import { isIsoDate, toIsoDate } from '@/domain/dates';
import { asOfDate } from '@/domain/state-at-date';
import { t } from '@/i18n/dictionary';
import { tr } from '@/i18n/review';
import { downloadText } from '@/ui/download';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { PrintButton } from './print-button';
import { monthlyReportCsv, reportFileName } from './report-csv';
import { municipalReview } from './review-model';
import { ReportExplanation } from './report-explanation';
import { KeyFiguresView, MunicipalReviewView } from './review-sections';
import { useReviewData } from './use-review-data';

const r = tr;

/** A print-ready A4 report for one municipality and one month, plus the same figures as CSV. */
export function MonthlyReportPage({
  municipality,
  month,
}: {
  municipality: string;
  month: string;
}) {
  // The route accepts any yyyy-MM; "2026-13" is not a month.
  if (!isIsoDate(`${month}-01`)) {
    return (
      <section>
        <h1>{t.app.notFound}</h1>
        <Link to={paths.municipalities()}>{r.backToReview}</Link>
      </section>
    );
  }
  return <MonthlyReport municipality={municipality} month={month} />;
}

function MonthlyReport({ municipality, month }: { municipality: string; month: string }) {
  const today = toIsoDate(new Date());
  const data = useReviewData(asOfDate(month, today), [municipality]);
  const showToast = useUiStore((state) => state.showToast);
  const note = useLiveQuery(
    async () => (await getReportNote(municipality, month))?.text ?? '',
    [municipality, month],
  );
  const review = useMemo(
    () => (data ? municipalReview(data, [municipality], month, today) : undefined),
    [data, municipality, month, today],
  );
  const monthLabel = formatDate(`${month}-01`, 'MMMM yyyy');

  useEffect(() => {
    // The browser prints the title in its own header and uses it as the PDF's file name.
    const previous = document.title;
    document.title = r.reportDocumentTitle(municipality, monthLabel);
    return () => {
      document.title = previous;
    };
  }, [municipality, monthLabel]);

  const known = data?.youths.some((youth) => youth.municipality === municipality);

  return (
    <article className="report print-page" aria-labelledby="report-title">
      <div className="report-toolbar no-print">
        <Link to={paths.municipalities()}>{r.backToReview}</Link>
        <span className="toolbar">
          <button
            type="button"
            className="button"
            disabled={!review}
            onClick={() => {
              if (!review || !data) return;
              downloadText(
                reportFileName(municipality, month),
                monthlyReportCsv(review, municipality, data.providerName, note ?? ''),
                'text/csv;charset=utf-8',
              );
              showToast({ message: r.csvSaved });
            }}
          >
            {r.csv}
          </button>
          <PrintButton />
        </span>
      </div>
      <p className="muted no-print">{r.printHint}</p>
      {/*
        Chromium repeats a table's header group at the top of every printed page
        (it prints no content from the page in @page margin boxes), so the whole
        report sits in one layout table whose header names municipality and month.
      */}
      <table className="report-frame" role="presentation">
        <thead className="report-running">
          <tr>
            <td>
              <div className="report-running-line">
                <span>{r.runningHeader(municipality, monthLabel)}</span>
                {/* The shell prints no "Vertrouwelijk" line on this view: it goes in this header. */}
                <strong>{t.printMark.confidential}</strong>
                <span>{data?.providerName ?? r.reportProvider}</span>
              </div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <header className="report-header">
                <p className="report-provider">{data?.providerName ?? r.reportProvider}</p>
                <h1 id="report-title">{r.reportTitle(municipality)}</h1>
                <p className="report-meta">
                  <span>{r.reportFor(monthLabel)}</span>
                  {review && (
                    <>
                      <span>{r.period(formatDate(review.from), formatDate(review.to))}</span>
                      <span>{r.asOf(formatDate(review.asOf))}</span>
                    </>
                  )}
                  <span>{t.printedOn(formatDate(today))}</span>
                </p>
                <p className="report-confidential">{r.confidential}</p>
              </header>
              {!review ? (
                <p role="status" className="muted">
                  {r.loading}
                </p>
              ) : (
                <>
                  {!known && (
                    <p className="empty-state">{r.reportUnknownMunicipality(municipality)}</p>
                  )}
                  <KeyFiguresView figures={review.figures} asOf={review.asOf} />
                  <ReportExplanation municipality={municipality} month={month} />
                  <MunicipalReviewView
                    review={review}
                    who={municipality}
                    showMunicipality={false}
                  />
                </>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
