import { describe, expect, it } from 'vitest';
import type { ConditionId, YouthId } from '@/domain/ids';
import { makeCondition, makeYouth } from '@/testing/factories';
import { csvValue, monthlyReportCsv, reportFileName } from './report-csv';
import type { MunicipalReview } from './review-model';

describe('CSV for Dutch Excel', () => {
  it('quotes separators and quotes and defuses formulas', () => {
    expect(csvValue('Wonen')).toBe('Wonen');
    expect(csvValue('a;b')).toBe('"a;b"');
    expect(csvValue('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvValue('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvValue(12)).toBe('12');
  });

  it('writes a BOM, semicolons and CRLF, with the same figures as the report', () => {
    const condition = makeCondition({ id: 'w' as ConditionId, name: 'Financiën' });
    const youth = makeYouth({ id: 'y' as YouthId, initials: 'É.B.' });
    const review: MunicipalReview = {
      municipalities: ['Zwolle'],
      month: '2026-10',
      asOf: '2026-10-31',
      from: '2026-10-01',
      to: '2026-10-31',
      conditions: [condition],
      youthCount: 7,
      counts: [
        {
          condition,
          counts: { red: 2, amber: 3, green: 1, notApplicable: 0, unassessed: 1 },
          total: 7,
        },
      ],
      trend: [{ month: '2026-10', date: '2026-10-31', youths: 7, red: 2, amber: 3, green: 1 }],
      red: [{ youth, conditions: [condition] }],
      eighteen: [],
      leaving: [],
      escalations: [],
      outflow: { rows: [], byDestination: [] },
    };
    const csv = monthlyReportCsv(review, 'Zwolle', 'Stichting; De Linde');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv).toContain('\r\nZorgaanbieder;"Stichting; De Linde"\r\n');
    expect(csv).toContain('\r\nFinanciën;2;3;1;0;1;7\r\n');
    expect(csv).toContain('\r\nÉ.B.;Financiën\r\n');
    expect(csv).toContain('\r\n2026-10;7;2;3;1\r\n');
  });

  it('names the file after the municipality and month', () => {
    expect(reportFileName("'s-Hertogenbosch", '2026-10')).toBe(
      'maandrapport-s-hertogenbosch-2026-10.csv',
    );
  });
});
