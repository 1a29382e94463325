import { describe, expect, it } from 'vitest';
import type { ConditionId } from './ids';
import {
  assessedAtForMonth,
  conditionForHeader,
  identityKey,
  mappingProblems,
  matchRow,
  monthFromFileName,
  planLightImport,
  proposeSheetMapping,
  readLightCell,
  readLightRows,
  type SheetCondition,
} from './sheet-lights';

const id = (value: string) => value as ConditionId;
const CONDITIONS: SheetCondition[] = [
  { id: id('c-housing'), name: 'Wonen', key: 'housing' },
  { id: id('c-school'), name: 'Onderwijs / werk', key: 'schoolWork' },
  { id: id('c-care'), name: 'Vervolghulp', key: 'followUpCare' },
  { id: id('c-18'), name: '18+ overgang', key: 'transition18' },
  { id: id('c-money'), name: 'Financiën', key: 'finances' },
  { id: id('c-network'), name: 'Netwerk', key: 'network' },
  { id: id('c-indep'), name: 'Zelfstandigheid', key: 'independence' },
  { id: id('c-treat'), name: 'Behandeling', key: 'treatment' },
  { id: id('c-own'), name: 'Dagritme' },
];

describe('recognising condition columns', () => {
  it.each([
    ['Wonen', 'c-housing'],
    ['HUISVESTING', 'c-housing'],
    ['Stoplicht wonen', 'c-housing'],
    ['School/werk', 'c-school'],
    ['school / werk', 'c-school'],
    ['Onderwijs-werk', 'c-school'],
    ['Dagbesteding', 'c-school'],
    ['18+', 'c-18'],
    ['18-/18+', 'c-18'],
    ['18+ overgang', 'c-18'],
    ['Financien', 'c-money'],
    ['Financiën', 'c-money'],
    ['Netwerk (RAG)', 'c-network'],
    ['Zelfstandigheid', 'c-indep'],
    ['Zelfstandighied', 'c-indep'],
    ['Vervolghlup', 'c-care'],
    ['Behandeling', 'c-treat'],
    ['dagritme', 'c-own'],
  ])('%s is %s', (header, expected) => {
    expect(conditionForHeader(header, CONDITIONS)).toBe(expected);
  });

  it.each(['Initialen', 'Gemeente', 'Opmerkingen', 'Kolom1', '', 'Won'])(
    '%s is no condition',
    (header) => {
      expect(conditionForHeader(header, CONDITIONS)).toBeUndefined();
    },
  );
});

describe('proposing a mapping', () => {
  it('proposes youth fields, lights and remarks from Dutch headers', () => {
    const headers = [
      'Cliëntnummer',
      'Initialen',
      'Geb. datum',
      'Gemeente',
      'Wonen',
      'Toelichting wonen',
      'School/werk',
      '18+',
      'Opmerkingen',
      'Kolom 12',
    ];
    expect(proposeSheetMapping(headers, CONDITIONS)).toEqual([
      { kind: 'youth', field: 'clientNumber' },
      { kind: 'youth', field: 'initials' },
      { kind: 'youth', field: 'birthDate' },
      { kind: 'youth', field: 'municipality' },
      { kind: 'light', conditionId: 'c-housing' },
      { kind: 'remark', conditionId: 'c-housing' },
      { kind: 'light', conditionId: 'c-school' },
      { kind: 'light', conditionId: 'c-18' },
      { kind: 'remarks' },
      { kind: 'ignore' },
    ]);
  });

  it('uses a condition once: a second "Wonen" column is left out', () => {
    const mapping = proposeSheetMapping(['Initialen', 'Wonen', 'Huisvesting'], CONDITIONS);
    expect(mapping[2]).toEqual({ kind: 'ignore' });
  });

  it('reads "Wonen opmerking" and "Reden bij netwerk" as remarks of that condition', () => {
    expect(proposeSheetMapping(['Wonen opmerking', 'Reden bij netwerk'], CONDITIONS)).toEqual([
      { kind: 'remark', conditionId: 'c-housing' },
      { kind: 'remark', conditionId: 'c-network' },
    ]);
  });

  it('names what is missing from a mapping', () => {
    const headers = ['A', 'B'];
    expect(
      mappingProblems(headers, [{ kind: 'ignore' }, { kind: 'youth', field: 'municipality' }]),
    ).toEqual([{ kind: 'noInitials' }, { kind: 'noLights' }]);
    expect(
      mappingProblems(headers, [
        { kind: 'light', conditionId: id('c-housing') },
        { kind: 'light', conditionId: id('c-housing') },
      ]),
    ).toContainEqual({ kind: 'duplicateRole', header: 'B' });
  });
});

describe('reading a light cell', () => {
  it.each([
    ['rood', 'red'],
    ['Rood', 'red'],
    [' ROOD ', 'red'],
    ['R', 'red'],
    ['red', 'red'],
    ['roodd', 'red'],
    ['oranje', 'amber'],
    ['Oranej', 'amber'],
    ['O', 'amber'],
    ['amber', 'amber'],
    ['geel', 'amber'],
    ['groen', 'green'],
    ['Groem', 'green'],
    ['g', 'green'],
    ['Green', 'green'],
    ['n.v.t.', 'notApplicable'],
    ['N.V.T', 'notApplicable'],
    ['nvt', 'notApplicable'],
    ['N', 'notApplicable'],
    ['n.v.t', 'notApplicable'],
  ])('%j is %s', (raw, colour) => {
    expect(readLightCell(raw, 'none')).toEqual({ kind: 'colour', colour });
  });

  it.each(['', '  ', 'leeg', '-', '?'])('%j is no light', (raw) => {
    expect(readLightCell(raw, 'none')).toEqual({ kind: 'empty' });
  });

  it('reads numbers only when told how', () => {
    expect(readLightCell('1', 'none')).toEqual({ kind: 'unknown', value: '1' });
    expect(readLightCell('1', 'oneIsRed')).toEqual({ kind: 'colour', colour: 'red' });
    expect(readLightCell('3', 'oneIsRed')).toEqual({ kind: 'colour', colour: 'green' });
    expect(readLightCell('1', 'oneIsGreen')).toEqual({ kind: 'colour', colour: 'green' });
    expect(readLightCell('2', 'oneIsGreen')).toEqual({ kind: 'colour', colour: 'amber' });
    expect(readLightCell('4', 'oneIsRed')).toEqual({ kind: 'unknown', value: '4' });
  });

  it.each(['paars', 'rood/oranje', 'x', 'ok', 'bijna groen'])('%j is unknown', (raw) => {
    expect(readLightCell(raw, 'none')).toEqual({ kind: 'unknown', value: raw });
  });
});

describe('reading rows', () => {
  const headers = ['Initialen', 'Geboortedatum', 'Wonen', 'Toelichting wonen', 'Netwerk', 'Opm.'];
  const mapping = proposeSheetMapping(headers, CONDITIONS);

  it('turns cells into lights, the remark of a condition into its reason', () => {
    const rows = readLightRows(
      [
        headers,
        ['A.B.', '1-3-2008', 'rood', 'Wachtlijst zonder datum', 'groen', 'Gesprek met moeder'],
        ['', '', '', '', '', ''],
        ['C.D.', '2009-12-31', '', '', 'oranje', 'Buddy gezocht'],
      ],
      0,
      mapping,
      'none',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      rowNumber: 2,
      identity: { initials: 'A.B.', birthDate: '2008-03-01', clientNumber: '' },
      lights: [
        { conditionId: 'c-housing', colour: 'red', reason: 'Wachtlijst zonder datum' },
        // The row's remark is not copied to a green light.
        { conditionId: 'c-network', colour: 'green', reason: '' },
      ],
      problems: [],
    });
    expect(rows[1]).toMatchObject({
      rowNumber: 4,
      lights: [{ conditionId: 'c-network', colour: 'amber', reason: 'Buddy gezocht' }],
    });
  });

  it('names the row, column and value of every cell it cannot read', () => {
    const [row] = readLightRows(
      [headers, ['A.B.', '31-02-2008', 'paars', 'iets', '2', '']],
      0,
      mapping,
      'none',
    );
    expect(row!.problems).toEqual([
      { kind: 'invalidBirthDate', value: '31-02-2008' },
      { kind: 'unknownValue', column: 2, header: 'Wonen', value: 'paars' },
      { kind: 'numberWithoutScale', column: 4, header: 'Netwerk', value: '2' },
      { kind: 'remarkWithoutLight', column: 3, header: 'Toelichting wonen' },
    ]);
    expect(row!.lights).toEqual([]);
  });

  it('says when a row has no initials', () => {
    const [row] = readLightRows([headers, ['', '', 'rood', '', '', '']], 0, mapping, 'none');
    expect(row!.problems).toContainEqual({ kind: 'missingInitials' });
  });
});

describe('matching young people', () => {
  const known = [
    { id: 'y1', initials: 'A.B.', birthDate: '2008-03-01', clientNumber: '123' },
    { id: 'y2', initials: 'C.D.', birthDate: '2009-01-01' },
    { id: 'y3', initials: 'E.F.', birthDate: '2009-01-01' },
  ];

  it('matches by client number first, then by initials and birth date', () => {
    expect(matchRow({ initials: 'X', birthDate: '', clientNumber: '123' }, known)).toMatchObject({
      kind: 'existing',
      youth: { id: 'y1' },
    });
    expect(
      matchRow({ initials: 'c d', birthDate: '2009-01-01', clientNumber: '' }, known),
    ).toMatchObject({ kind: 'existing', youth: { id: 'y2' } });
  });

  it('never matches on initials alone', () => {
    expect(matchRow({ initials: 'C.D.', birthDate: '', clientNumber: '' }, known)).toEqual({
      kind: 'new',
    });
    expect(
      matchRow({ initials: 'C.D.', birthDate: '2010-01-01', clientNumber: '' }, known),
    ).toEqual({ kind: 'new' });
  });

  it('keys the same young person the same in two months', () => {
    expect(identityKey({ initials: 'A.B.', birthDate: '2008-03-01', clientNumber: '' })).toBe(
      identityKey({ initials: 'ab', birthDate: '2008-03-01', clientNumber: '' }),
    );
  });
});

describe('dating a month', () => {
  it('dates a past month on its last day, the current month today, a future month not at all', () => {
    expect(assessedAtForMonth('2026-02', '2026-12-07')).toBe('2026-02-28T12:00:00.000Z');
    expect(assessedAtForMonth('2024-02', '2026-12-07')).toBe('2024-02-29T12:00:00.000Z');
    expect(assessedAtForMonth('2026-12', '2026-12-07')).toBe('2026-12-07T12:00:00.000Z');
    expect(assessedAtForMonth('2027-01', '2026-12-07')).toBeUndefined();
    expect(assessedAtForMonth('2026-13', '2026-12-07')).toBeUndefined();
  });
});

describe('planning an import of several months', () => {
  const labels = {
    placementType: { groep: 'Leefgroep' },
    perspective: {},
  } as unknown as Parameters<typeof planLightImport>[2]['labels'];
  const headers = ['Initialen', 'Geboortedatum', 'Gemeente', 'Wonen', 'Netwerk', 'Opmerkingen'];
  const mapping = proposeSheetMapping(headers, CONDITIONS);
  const sheet = (fileName: string, month: string, rows: string[][]) => ({
    fileName,
    month,
    rows: readLightRows([headers, ...rows], 0, mapping, 'none'),
  });
  const options = {
    today: '2026-12-07',
    labels,
    defaults: { location: 'De Linde', placementStart: '2026-10-01' },
  };
  const known = [{ id: 'y1', initials: 'A.B.', birthDate: '2008-03-01' }];

  it('dates each month, oldest first, and keeps one young person across months', () => {
    const plan = planLightImport(
      [
        sheet('november.csv', '2026-11', [
          ['A.B.', '1-3-2008', 'Zwolle', 'rood', 'groen', 'Geen plek'],
          ['C.D.', '2-4-2009', 'Kampen', 'oranje', '', ''],
        ]),
        sheet('oktober.csv', '2026-10', [['A.B.', '1-3-2008', 'Zwolle', 'rood', 'oranje', '']]),
      ],
      known,
      options,
    );
    expect(plan.problems).toEqual([]);
    expect(
      plan.lights.map((l) => [l.youthKey.split('|')[1], l.conditionId, l.colour, l.assessedAt]),
    ).toEqual([
      ['ab', 'c-housing', 'red', '2026-10-31T12:00:00.000Z'],
      ['ab', 'c-network', 'amber', '2026-10-31T12:00:00.000Z'],
      ['ab', 'c-housing', 'red', '2026-11-30T12:00:00.000Z'],
      ['ab', 'c-network', 'green', '2026-11-30T12:00:00.000Z'],
      ['cd', 'c-housing', 'amber', '2026-11-30T12:00:00.000Z'],
    ]);
    expect(plan.lights[2]).toMatchObject({ reason: 'Geen plek', fileName: 'november.csv' });
    expect(plan.youths).toHaveLength(2);
    expect(plan.youths[0]).toMatchObject({ match: { kind: 'existing', youth: { id: 'y1' } } });
    expect(plan.youths[0]!.fields).toBeUndefined();
    expect(plan.youths[1]).toMatchObject({
      match: { kind: 'new' },
      fields: {
        initials: 'C.D.',
        birthDate: '2009-04-02',
        municipality: 'Kampen',
        location: 'De Linde',
        placementStart: '2026-10-01',
      },
    });
  });

  it('refuses two sheets for one month, a future month, a row twice and an incomplete new young person', () => {
    const plan = planLightImport(
      [
        sheet('a.csv', '2026-11', [
          ['A.B.', '1-3-2008', 'Zwolle', 'rood', '', ''],
          ['a.b.', '2008-03-01', 'Zwolle', 'groen', '', ''],
          ['E.F.', '5-5-2009', '', 'rood', '', ''],
        ]),
        sheet('b.csv', '2026-11', [['A.B.', '1-3-2008', 'Zwolle', 'rood', '', '']]),
        sheet('c.csv', '2027-01', [['A.B.', '1-3-2008', 'Zwolle', 'rood', '', '']]),
        sheet('d.csv', '2026-10', [['G.H.', '5-5-2009', 'Zwolle', 'paars', '', '']]),
      ],
      known,
      options,
    );
    expect(plan.problems).toEqual(
      expect.arrayContaining([
        { kind: 'monthTwice', month: '2026-11', fileNames: ['a.csv', 'b.csv'] },
        { kind: 'monthInvalid', fileName: 'c.csv', month: '2027-01' },
        { kind: 'rowTwice', fileName: 'a.csv', rowNumber: 3, firstRow: 2 },
        {
          kind: 'newYouth',
          fileName: 'a.csv',
          rowNumber: 4,
          field: 'municipality',
          error: 'required',
        },
        {
          kind: 'row',
          fileName: 'd.csv',
          rowNumber: 2,
          problem: { kind: 'unknownValue', column: 3, header: 'Wonen', value: 'paars' },
        },
      ]),
    );
  });
});

describe('the month in a file name', () => {
  it.each([
    ['stoplichten 2026-11.csv', '2026-11'],
    ['bord_2026_3.csv', '2026-03'],
    ['11-2026.csv', '2026-11'],
    ['nov 2025.csv', '2025-11'],
    ['Oktober.csv', '2026-10'],
    ['december.csv', '2025-12'],
    ['Stoplichten mrt.csv', '2026-03'],
    ['overzicht.csv', undefined],
    ['2026-13.csv', undefined],
  ])('%s is %s', (name, month) => {
    expect(monthFromFileName(name, '2026-11-20')).toBe(month);
  });
});
