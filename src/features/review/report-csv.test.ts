import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from '@/domain/csv';
import type { ConditionId, YouthId } from '@/domain/ids';
import { escalationView } from '@/domain/escalation';
import {
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { csvMonth, monthlyReportCsv, reportFileName } from './report-csv';
import type { MunicipalReview } from './review-model';

const condition = makeCondition({ id: 'w' as ConditionId, name: 'Financiën' });
const youth = makeYouth({ id: 'y' as YouthId, initials: 'É.B.' });

const waiting = makeEscalation({
  youthId: youth.id,
  question: 'Plek begeleid wonen',
  askedOf: 'contractmanager',
  raisedOn: '2026-11-01',
  answerDueOn: '2026-11-15',
});
const answered = makeEscalation({
  youthId: youth.id,
  question: '=verlenging',
  askedOf: 'toegangsteam',
  raisedOn: '2026-11-20',
  answerDueOn: '2026-12-20',
});
const answer = makeEscalationUpdate({
  escalationId: answered.id,
  youthId: youth.id,
  on: '2026-12-01',
  answer: 'Besluit volgt in januari',
  outcome: 'ongoing',
});

function review(overrides: Partial<MunicipalReview> = {}): MunicipalReview {
  return {
    municipalities: ['Zwolle'],
    month: '2026-12',
    asOf: '2026-12-07',
    from: '2026-12-01',
    to: '2026-12-31',
    conditions: [condition],
    youthCount: 7,
    figures: {
      placed: 7,
      withRed: 1,
      turningEighteen: 2,
      outflowDue: 1,
      pastPlannedEnd: 1,
      escalationsOpen: 2,
      leftThisMonth: 0,
      followUp: [
        { monthsAfter: 3, due: 5, known: 3, stillInPlace: 2, notReached: 1 },
        { monthsAfter: 6, due: 0, known: 0, stillInPlace: 0, notReached: 0 },
      ],
      backInCare: { due: 5, known: 3, backInCare: 1 },
    },
    counts: [
      {
        condition,
        counts: { red: 2, amber: 3, green: 1, notApplicable: 0, unassessed: 1 },
        total: 7,
      },
    ],
    trend: [
      { month: '2026-11', date: '2026-11-30', reviews: 0, youths: 7, red: 0, amber: 0, green: 0 },
      { month: '2026-12', date: '2026-12-07', reviews: 9, youths: 7, red: 2, amber: 3, green: 1 },
    ],
    red: [
      {
        youth,
        conditions: [condition],
        cells: [
          {
            condition,
            action: '=HYPERLINK("x")',
            actionOwnerRole: 'districtTeam',
            dueDate: '2027-01-15',
            redSince: '2026-10-01T10:00:00.000Z',
          },
        ],
      },
    ],
    eighteen: [],
    leaving: [{ youth, plannedEnd: '2026-10-27', overdue: true, reds: 1 }],
    escalations: [],
    openEscalations: [
      { youth, condition, view: escalationView(waiting, [], '2026-12-07') },
      { youth, view: escalationView(answered, [answer], '2026-12-07') },
    ],
    outflow: { rows: [], byDestination: [] },
    ...overrides,
  };
}

/** The CSV as the rows a spreadsheet sees. */
function rowsOf(csv: string): string[][] {
  return parseCsv(csv.replace(/^\uFEFF/, ''), ';');
}

describe('CSV for Dutch Excel', () => {
  it('quotes separators and quotes and defuses formulas, in one place', () => {
    expect(csvCell('Wonen')).toBe('Wonen');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell(12)).toBe('12');
  });

  it('writes a BOM, semicolons and CRLF, with the same figures as the report', () => {
    const csv = monthlyReportCsv(review(), 'Zwolle', 'Stichting; De Linde', 'Wachtlijst;\nwonen');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\nZorgaanbieder;"Stichting; De Linde"\r\n');
    expect(csv).toContain('\r\nFinanciën;2;3;1;0;1;7\r\n');
    const rows = rowsOf(csv);
    expect(rows).toContainEqual(['Toelichting']);
    expect(rows).toContainEqual(['Wachtlijst;\nwonen']);
  });

  it('puts one value in each cell: label and date apart, date and status apart', () => {
    const rows = rowsOf(monthlyReportCsv(review(), 'Zwolle', 'De Linde'));
    expect(rows).toContainEqual(['Stand op', '07-12-2026']);
    expect(rows).toContainEqual(['Maand', 'dec ’26']);
    expect(rows).toContainEqual(['É.B.', '27-10-2026', 'verstreken', '1']);
    expect(rows).toContainEqual([
      'É.B.',
      'Financiën',
      `'=HYPERLINK("x")`,
      'wijkteam',
      '15-01-2027',
      '01-10-2026',
    ]);
    expect(rows).toContainEqual(['Na 3 maanden nog op de beoogde plek', '2', '3', '5']);
    expect(rows).toContainEqual(['Escalaties open', '2']);
    expect(rows).toContainEqual([
      'É.B.',
      'Financiën',
      'Plek begeleid wonen',
      'contractmanager',
      '01-11-2026',
      '15-11-2026',
      'ja',
      '',
      '',
      '',
    ]);
    expect(rows).toContainEqual([
      'É.B.',
      'geen (de jongere als geheel)',
      `'=verlenging`,
      'toegangsteam',
      '20-11-2026',
      '20-12-2026',
      'nee',
      'Besluit volgt in januari',
      '01-12-2026',
      'Loopt',
    ]);
    // A month without reviews reads "geen beoordelingen", not zeros.
    expect(rows).toContainEqual(['nov ’26', '7', '', '', '', 'geen beoordelingen']);
    expect(rows).toContainEqual(['dec ’26', '7', '2', '3', '1']);
    for (const row of rows)
      for (const cell of row) expect(cell).not.toMatch(/\d{2}-\d{2}-\d{4}\s*\(/);
  });

  it('titles every table and says "geen" instead of an empty one', () => {
    const rows = rowsOf(monthlyReportCsv(review(), 'Zwolle', 'De Linde'));
    const titled = (title: string) => rows.findIndex((row) => row.length === 1 && row[0] === title);
    for (const title of [
      'Kerncijfers',
      'Toelichting',
      'Wordt binnen 6 maanden 18',
      'Escalatie',
      'Open escalaties',
      'Uitstroom per bestemming',
      'Uitgestroomde jongeren',
    ])
      expect(titled(title), title).toBeGreaterThan(0);
    // Empty tables: the title, then "geen", then a blank line.
    expect(rows[titled('Escalatie') + 1]).toEqual(['geen']);
    expect(rows[titled('Uitgestroomde jongeren') + 1]).toEqual(['geen']);
    expect(rows[titled('Toelichting') + 1]).toEqual(['geen']);
    const none = rowsOf(monthlyReportCsv(review({ openEscalations: [] }), 'Zwolle', 'De Linde'));
    expect(
      none[none.findIndex((row) => row[0] === 'Open escalaties' && row.length === 1) + 1],
    ).toEqual(['geen']);
    // Every table is preceded by a blank line and a title.
    rows.forEach((row, index) => {
      if (index > 0 && row.length === 1 && row[0] === '' && rows[index + 1])
        expect(rows[index + 1]).toHaveLength(1);
    });
  });

  it('writes months as text a spreadsheet keeps as text', () => {
    expect(csvMonth('2026-12')).toBe('dec ’26');
    expect(csvMonth('2027-03')).toBe('mrt ’27');
    expect(csvMonth('2027-05')).toBe('mei ’27');
  });

  it('names the file after the municipality and month', () => {
    expect(reportFileName("'s-Hertogenbosch", '2026-10')).toBe(
      'maandrapport-s-hertogenbosch-2026-10.csv',
    );
  });
});
