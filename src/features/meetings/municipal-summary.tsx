import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listOpenEscalations } from '@/db/escalation-repository';
import type { YouthId } from '@/domain/ids';
import { municipalSummary, type MunicipalFigures } from '@/domain/municipal-review';
import { monthOf } from '@/domain/state-at-date';
import type { Meeting } from '@/domain/meeting-types';
import { tm } from '@/i18n/meetings';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import type { BoardState } from './use-meetings';

type Count = 'placed' | 'withRed' | 'turningEighteen' | 'outflowDue' | 'pastPlannedEnd';

/**
 * The figures a municipal review opens with: per chosen municipality (one
 * column each, with a link to its monthly report) and in total. A table of
 * numbers with words, so it reads the same on a black-and-white projector.
 */
export function MunicipalSummaryTable({
  meeting,
  board,
  today,
  headingId,
  headingLevel = 2,
}: {
  meeting: Pick<Meeting, 'municipalities'>;
  board: BoardState;
  today: string;
  headingId: string;
  headingLevel?: 2 | 3;
}) {
  const openEscalations = useOpenEscalationCounts(meeting.municipalities, board, today);
  const summary = useMemo(
    () =>
      municipalSummary({
        municipalities: meeting.municipalities,
        youths: board.placed,
        conditions: board.conditions,
        lights: board.lights,
        today,
        ...(openEscalations ? { openEscalations } : {}),
      }),
    [meeting.municipalities, board.placed, board.conditions, board.lights, today, openEscalations],
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const columns: MunicipalFigures[] =
    summary.municipalities.length > 1
      ? [...summary.municipalities, summary.total]
      : summary.municipalities;
  // Counted only when escalations are recorded; never a zero that was not counted.
  const escalations = columns.some((column) => column.escalationsOpen !== undefined);
  const month = monthOf(today);
  const s = tm.summary;

  const row = (key: string, label: string, value: (column: MunicipalFigures) => number) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {columns.map((column) => (
        <td key={column.municipality || 'total'} className="numeric">
          {value(column)}
        </td>
      ))}
    </tr>
  );
  const count = (key: Count) => (column: MunicipalFigures) => column[key];

  return (
    <section className="municipal-summary" aria-labelledby={headingId}>
      <Heading id={headingId}>{s.heading}</Heading>
      {summary.municipalities.length === 0 ? (
        <p className="muted">{s.noMunicipalities}</p>
      ) : (
        <>
          <p className="muted">{s.intro(formatDate(today))}</p>
          <table className="simple municipal-summary-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{s.figure}</th>
                {columns.map((column) =>
                  column.municipality ? (
                    <th scope="col" key={column.municipality}>
                      <span className="municipal-summary-name">{column.municipality}</span>{' '}
                      <Link
                        className="municipal-summary-report"
                        to={paths.monthlyReport(column.municipality, month)}
                      >
                        {s.reportLink(column.municipality)}
                      </Link>
                    </th>
                  ) : (
                    <th scope="col" key="total">
                      {s.total}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {row('placed', s.placed, count('placed'))}
              {row('withRed', s.withRed, count('withRed'))}
              {board.conditions.map((condition, index) =>
                row(
                  `red-${condition.id}`,
                  s.red(condition.name),
                  (column) => column.redByCondition[index]?.count ?? 0,
                ),
              )}
              {row('turningEighteen', s.turningEighteen, count('turningEighteen'))}
              {row('outflowDue', s.outflowDue, count('outflowDue'))}
              {row('pastPlannedEnd', s.pastPlannedEnd, count('pastPlannedEnd'))}
              {escalations &&
                row('escalationsOpen', s.escalationsOpen, (column) => column.escalationsOpen ?? 0)}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/**
 * Open escalations per placed young person of the chosen municipalities, live;
 * undefined while loading, so the row is never a zero that was not counted.
 */
function useOpenEscalationCounts(
  municipalities: readonly string[],
  board: BoardState,
  today: string,
): ReadonlyMap<YouthId, number> | undefined {
  const ids = useMemo(() => {
    const chosen = new Set(municipalities);
    return board.placed.filter((youth) => chosen.has(youth.municipality)).map((youth) => youth.id);
  }, [municipalities, board.placed]);
  return useLiveQuery(async () => {
    const counts = new Map<YouthId, number>();
    for (const view of await listOpenEscalations(today, ids)) {
      const id = view.escalation.youthId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [ids, today]);
}
