import { formatDate } from '@/ui/format';
import { csvCell } from '@/domain/csv';
import type { IsoMonth } from '@/domain/state-at-date';
import { t } from '@/i18n/dictionary';
import { te } from '@/i18n/escalations';
import { tr } from '@/i18n/review';
import type { MunicipalReview } from './review-model';
import { COUNT_STATES, figureRows } from './review-sections';

const r = tr;

/** A date in its own cell as dd-mm-jjjj, which Dutch Excel and LibreOffice read as a date. */
function dutchDate(date: string | undefined): string {
  return date ? formatDate(date, 'dd-MM-yyyy') : '';
}

/**
 * A month as text a spreadsheet keeps as text: "dec ’26". LibreOffice with a
 * Dutch locale turns "dec 2026" and "mrt 2026" into dates and Excel turns
 * "2026-12" into one; the apostrophe form is read as text by both.
 */
export function csvMonth(month: IsoMonth): string {
  const name = formatDate(`${month}-01`, 'MMM').replace(/\.$/, '');
  return `${name} ’${month.slice(2, 4)}`;
}

type Cell = string | number;

/**
 * The monthly report's figures as CSV that Dutch Excel opens by double-click:
 * semicolons (Excel's separator when the decimal mark is a comma), UTF-8 with
 * a byte-order mark (else "ë" turns into "Ã«") and CRLF line ends. One value
 * per cell; every table has a title row, and a table without rows says "geen"
 * under its title instead of showing an empty header.
 */
export function monthlyReportCsv(
  review: MunicipalReview,
  municipality: string,
  providerName: string,
  explanation = '',
): string {
  const lines: Cell[][] = [];
  const table = (title: string, header: string[], rows: Cell[][]) => {
    lines.push([]);
    lines.push([title]);
    if (rows.length === 0) {
      lines.push([r.none]);
      return;
    }
    lines.push(header);
    lines.push(...rows);
  };
  lines.push([r.reportTitle(municipality)]);
  lines.push([r.reportProvider, providerName]);
  lines.push([r.municipality, municipality]);
  lines.push([r.month, csvMonth(review.month)]);
  lines.push([r.asOfLabel, dutchDate(review.asOf)]);

  table(
    r.csvSections.figures,
    [r.figure, r.count, r.known, r.due],
    figureRows(review.figures).map((row) =>
      row.known === undefined
        ? [row.label, row.value]
        : [row.label, row.value, row.known, row.due ?? 0],
    ),
  );

  table(r.csvSections.explanation, [r.csvSections.explanation], explanation ? [[explanation]] : []);

  table(
    r.csvSections.counts,
    [r.condition, ...COUNT_STATES.map((state) => t.light[state]), r.total],
    review.counts.map(({ condition, counts, total }) => [
      condition.name,
      ...COUNT_STATES.map((state) => counts[state]),
      total,
    ]),
  );

  table(
    r.csvSections.trend,
    [r.trendMonth, r.trendYouths, t.light.red, t.light.amber, t.light.green, r.status],
    review.trend.map((point) =>
      point.reviews === 0
        ? [csvMonth(point.month), point.youths, '', '', '', r.noReviews]
        : [csvMonth(point.month), point.youths, point.red, point.amber, point.green],
    ),
  );

  table(
    r.csvSections.red,
    [r.youth, r.condition, r.action, r.ownerRole, r.dueDate, r.redSince],
    review.red.flatMap((row) =>
      row.cells.map((cell) => [
        row.youth.initials,
        cell.condition.name,
        cell.action || r.noAction,
        cell.actionOwnerRole ? t.ownerRole[cell.actionOwnerRole] : r.noRole,
        dutchDate(cell.dueDate),
        dutchDate(cell.redSince),
      ]),
    ),
  );

  table(
    r.csvSections.eighteen,
    [r.youth, r.eighteenOn, r.transitionLight],
    review.eighteen.map((row) => [
      row.youth.initials,
      dutchDate(row.turnsEighteenOn),
      row.transition ? t.light[row.transition] : '',
    ]),
  );

  table(
    r.csvSections.leaving,
    [r.youth, r.plannedEnd, r.status, r.reds],
    review.leaving.map((row) => [
      row.youth.initials,
      dutchDate(row.plannedEnd),
      row.overdue ? r.overdue : r.onSchedule,
      row.reds,
    ]),
  );

  table(
    r.csvSections.escalation,
    [r.youth, r.condition, r.reviewsInRow, r.redSince],
    review.escalations.map((row) => [
      row.youth.initials,
      row.condition.name,
      row.reviews,
      dutchDate(row.since),
    ]),
  );

  table(
    r.csvSections.openEscalations,
    [
      r.youth,
      r.condition,
      r.escalationQuestion,
      r.escalationAskedOf,
      r.escalationRaisedOn,
      r.escalationAnswerDue,
      r.escalationOverdue,
      r.escalationAnswer,
      r.escalationAnsweredOn,
      r.escalationOutcome,
    ],
    review.openEscalations.map(({ youth, condition, view }) => [
      youth.initials,
      condition ? condition.name : r.noConditionNamed,
      view.escalation.question,
      view.escalation.askedOf,
      dutchDate(view.escalation.raisedOn),
      dutchDate(view.escalation.answerDueOn),
      view.overdue ? r.yes : r.no,
      view.lastAnswer?.answer ?? '',
      dutchDate(view.lastAnswer?.on),
      view.outcome ? te.outcome[view.outcome] : '',
    ]),
  );

  table(
    r.csvSections.outflow,
    [r.destination, r.count],
    review.outflow.byDestination.map(({ destination, count }) => [
      destination === 'unknown' ? r.unknownDestination : t.perspective[destination],
      count,
    ]),
  );
  table(
    r.csvSections.outflowRows,
    [r.youth, r.leftOn, r.destination, r.daysPlaced],
    review.outflow.rows.map((row) => [
      row.youth.initials,
      dutchDate(row.leftOn),
      row.destination ? t.perspective[row.destination] : r.unknownDestination,
      row.daysPlaced,
    ]),
  );

  return `\uFEFF${lines.map((line) => line.map((cell) => csvCell(cell)).join(';')).join('\r\n')}\r\n`;
}

export function reportFileName(municipality: string, month: string): string {
  const slug = municipality
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `maandrapport-${slug || 'gemeente'}-${month}.csv`;
}
