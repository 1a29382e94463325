import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { buildRows, indexCurrentLights } from './board';
import { boardSheetCsv } from './board-sheet';
import { parseCsv } from './csv';
import { proposeSheetMapping, readLightRows } from './sheet-lights';

const texts = {
  dateHeader: (name: string) => `${name} datum`,
  placementType: { groep: 'Leefgroep' },
  perspective: { zelfstandig: 'Zelfstandig wonen' },
};

describe('the board as a sheet', () => {
  const housing = makeCondition({ name: 'Wonen', key: 'housing' });
  const network = makeCondition({ name: 'Netwerk', key: 'network' });
  const young = makeCondition({ name: '18+ overgang', key: 'transition18', appliesFromAge: 16 });
  const youth = makeYouth({
    initials: 'A.B.',
    coordinator: '=HYPERLINK("x")',
    clientNumber: '0042',
    birthDate: '2012-03-01',
    perspective: 'zelfstandig',
  });
  const lights = indexCurrentLights([
    {
      ...makeAssessment({
        youthId: youth.id,
        conditionId: housing.id,
        colour: 'red',
        assessedAt: '2026-11-30T12:00:00.000Z',
      }),
    },
  ]);
  const rows = buildRows([youth], [housing, network, young], lights, '2026-12-07');

  it('writes one row per young person, R/O/G/N and a date per condition, with a BOM and semicolons', () => {
    const csv = boardSheetCsv(
      rows,
      [housing, network, young],
      ['clientNumber', 'perspective', 'coordinator'],
      texts,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'initialen;cliëntnummer;perspectief;zorgcoördinator;Wonen;Wonen datum;Netwerk;Netwerk datum;18+ overgang;18+ overgang datum',
    );
    // A formula is neutralised; not assessed is empty; n.v.t. by age is N without a date.
    expect(row).toBe(`A.B.;0042;Zelfstandig wonen;"'=HYPERLINK(""x"")";R;30-11-2026;;;N;`);
  });

  it('reads back through the light-sheet import with the same lights', () => {
    const csv = boardSheetCsv(rows, [housing, network, young], ['birthDate'], texts);
    const records = parseCsv(csv, ';');
    const conditions = [housing, network, young].map(({ id, name, key }) => ({ id, name, key }));
    const mapping = proposeSheetMapping(records[0]!, conditions);
    const [read] = readLightRows(records, 0, mapping, 'none');
    expect(read!.identity).toMatchObject({ initials: 'A.B.', birthDate: '2012-03-01' });
    expect(read!.lights.map((light) => [light.conditionId, light.colour])).toEqual([
      [housing.id, 'red'],
      [young.id, 'notApplicable'],
    ]);
    expect(read!.problems).toEqual([]);
  });
});
