import { formatDate } from '@/ui/format';
import type { IsoDate } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { tr } from '@/i18n/review';
import type { MunicipalReview } from './review-model';
import { COUNT_STATES } from './review-sections';

const r = tr;

/**
 * One CSV cell for Dutch Excel: quoted when it holds the separator, a quote or
 * a line break; a leading = + - @ is defused so a name cannot become a formula.
 */
export function csvValue(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function dutchDate(date: IsoDate): string {
  return formatDate(date, 'dd-MM-yyyy');
}

/**
 * The monthly report's figures as CSV that Dutch Excel opens by double-click:
 * semicolons (Excel's separator when the decimal mark is a comma), UTF-8 with
 * a byte-order mark (else "ë" turns into "Ã«") and CRLF line ends.
 */
export function monthlyReportCsv(
  review: MunicipalReview,
  municipality: string,
  providerName: string,
): string {
  const lines: (string | number)[][] = [];
  const section = (title: string, header: string[]) => {
    lines.push([]);
    lines.push([title]);
    lines.push(header);
  };
  lines.push([r.reportTitle(municipality)]);
  lines.push([r.reportProvider, providerName]);
  lines.push([r.month, review.month]);
  lines.push([r.asOf(dutchDate(review.asOf))]);
  lines.push([r.trendYouths, review.youthCount]);

  section(r.csvSections.counts, [
    r.condition,
    ...COUNT_STATES.map((state) => t.light[state]),
    r.total,
  ]);
  for (const { condition, counts, total } of review.counts)
    lines.push([condition.name, ...COUNT_STATES.map((state) => counts[state]), total]);

  section(r.csvSections.trend, [
    r.trendMonth,
    r.trendYouths,
    t.light.red,
    t.light.amber,
    t.light.green,
  ]);
  for (const point of review.trend)
    lines.push([point.month, point.youths, point.red, point.amber, point.green]);

  section(r.csvSections.red, [r.youth, r.redConditions]);
  for (const row of review.red)
    lines.push([row.youth.initials, row.conditions.map((c) => c.name).join(', ')]);

  section(r.csvSections.eighteen, [r.youth, r.eighteenOn, r.transitionLight]);
  for (const row of review.eighteen)
    lines.push([
      row.youth.initials,
      dutchDate(row.turnsEighteenOn),
      row.transition ? t.light[row.transition] : '',
    ]);

  section(r.csvSections.leaving, [r.youth, r.plannedEnd, r.reds]);
  for (const row of review.leaving)
    lines.push([
      row.youth.initials,
      `${dutchDate(row.plannedEnd)}${row.overdue ? ` (${r.overdue})` : ''}`,
      row.reds,
    ]);

  section(r.csvSections.escalation, [r.youth, r.condition, r.reviewsInRow, r.redSince]);
  for (const row of review.escalations)
    lines.push([
      row.youth.initials,
      row.condition.name,
      row.reviews,
      dutchDate(row.since.slice(0, 10)),
    ]);

  section(r.csvSections.outflow, [r.destination, r.count]);
  for (const { destination, count } of review.outflow.byDestination)
    lines.push([
      destination === 'unknown' ? r.unknownDestination : t.perspective[destination],
      count,
    ]);
  lines.push([]);
  lines.push([r.youth, r.leftOn, r.destination, r.daysPlaced]);
  for (const row of review.outflow.rows)
    lines.push([
      row.youth.initials,
      dutchDate(row.leftOn),
      row.destination ? t.perspective[row.destination] : r.unknownDestination,
      row.daysPlaced,
    ]);

  return `\uFEFF${lines.map((line) => line.map(csvValue).join(';')).join('\r\n')}\r\n`;
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
