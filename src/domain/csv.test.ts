import { describe, expect, it } from 'vitest';
import {
  CSV_MAX_BYTES,
  columnForHeader,
  decodeCsvBytes,
  detectDelimiter,
  isValidRow,
  markDuplicates,
  parseCsv,
  parseDutchDate,
  readYouthCsv,
  youthCsvTemplate,
  type OptionLabels,
} from './csv';
import { PERSPECTIVES, PLACEMENT_TYPES } from './types';

const labels: OptionLabels = {
  placementType: Object.fromEntries(PLACEMENT_TYPES.map((k) => [k, `label ${k}`])) as never,
  perspective: Object.fromEntries(PERSPECTIVES.map((k) => [k, `label ${k}`])) as never,
};
labels.placementType.gezinshuis = 'Gezinshuis';
labels.perspective.thuis = 'Terug naar huis';

const today = '2026-11-25';
const HEADER =
  'initialen;cliëntnummer;geboortedatum;gemeente;locatie;soort plaatsing;geplaatst sinds;geplande einddatum;perspectief;zorgcoördinator;procesregie';
const utf8 = (text: string) => new TextEncoder().encode(text);

function windows1252(text: string): Uint8Array {
  // The few non-ASCII letters used here: ë (0xEB), ö (0xF6), é (0xE9).
  const map: Record<string, number> = { ë: 0xeb, ö: 0xf6, é: 0xe9 };
  return Uint8Array.from([...text].map((char) => map[char] ?? char.charCodeAt(0)));
}

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n"x;y";"he said ""hi""";"two\nlines"\r\n';
    expect(parseCsv(text, ';')).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'he said "hi"', 'two\nlines'],
    ]);
  });

  it('reads comma separated text and a last line without line break', () => {
    expect(parseCsv('a,b\n"1,5",2', ',')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('detects the delimiter from the header', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,"c;d"\n')).toBe(',');
    expect(detectDelimiter('one column\n')).toBe(';');
  });
});

describe('decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(utf8('cliëntnummer'))).toEqual({
      text: 'cliëntnummer',
      encoding: 'utf-8',
    });
    const withBom = decodeCsvBytes(utf8('\uFEFFcliëntnummer'));
    expect(withBom.encoding).toBe('utf-8');
    expect(withBom.text).toBe('cliëntnummer');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(windows1252('zorgcoördinator'))).toEqual({
      text: 'zorgcoördinator',
      encoding: 'windows-1252',
    });
  });
});

describe('parseDutchDate', () => {
  it.each([
    ['1-3-2010', '2010-03-01'],
    ['01-03-2010', '2010-03-01'],
    ['1/3/2010', '2010-03-01'],
    ['01.03.2010', '2010-03-01'],
    ['2010-03-01', '2010-03-01'],
    ['31-02-2010', '2010-02-31'],
    [' 5-11-2009 ', '2009-11-05'],
    ['maart 2010', 'maart 2010'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(parseDutchDate(input)).toBe(expected);
  });
});

describe('header mapping', () => {
  it('maps Dutch headers with or without accents and in any case', () => {
    expect(columnForHeader('Cliëntnummer')).toBe('clientNumber');
    expect(columnForHeader('clientnummer')).toBe('clientNumber');
    expect(columnForHeader(' Geplaatst  sinds ')).toBe('placementStart');
    expect(columnForHeader('ZORGCOORDINATOR')).toBe('coordinator');
    expect(columnForHeader('Soort_plaatsing')).toBe('placementType');
    expect(columnForHeader('BSN')).toBeUndefined();
  });
});

describe('readYouthCsv', () => {
  it('reads the template header and maps Dutch option labels', () => {
    const result = readYouthCsv(
      utf8(
        `${HEADER}\nA.B.;123;1-3-2010;Zwolle;De Linde;Gezinshuis;01-09-2025;;Terug naar huis;Jet;Sociaal team\n`,
      ),
      { today, labels },
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.delimiter).toBe(';');
    const [row] = result.rows;
    expect(row!.rowNumber).toBe(2);
    expect(row!.draft).toMatchObject({
      initials: 'A.B.',
      clientNumber: '123',
      birthDate: '2010-03-01',
      placementType: 'gezinshuis',
      placementStart: '2025-09-01',
      perspective: 'thuis',
      coordinator: 'Jet',
      procesregie: 'Sociaal team',
    });
    expect(isValidRow(row!)).toBe(true);
  });

  it('reads a comma separated Windows-1252 file with columns in another order', () => {
    const text =
      'Gemeente,Locatie,Initialen,Geboortedatum,Geplaatst sinds,Zorgcoördinator,BSN\r\nKampen,"Huis ""Zon""",C.D.,2009-12-31,2024-01-15,Jörg,999\r\n';
    const result = readYouthCsv(windows1252(text), { today, labels });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(',');
    expect(result.ignoredHeaders).toEqual(['BSN']);
    expect(result.rows[0]!.draft).toMatchObject({
      municipality: 'Kampen',
      location: 'Huis "Zon"',
      coordinator: 'Jörg',
      placementType: 'groep',
    });
    expect(result.rows[0]!.raw).not.toHaveProperty('BSN');
  });

  it('reports a bad date with the spreadsheet row number and skips blank rows', () => {
    const lines = [HEADER];
    for (let i = 2; i <= 41; i += 1) {
      const birth = i === 37 ? '31-02-2010' : '1-3-2010';
      lines.push(`J${i};;${birth};Zwolle;De Linde;;1-9-2025;;;;`);
    }
    lines.push(';;;;;;;;;;', '');
    const result = readYouthCsv(utf8(lines.join('\n')), { today, labels });
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.rows).toHaveLength(40);
    const invalid = result.rows.filter((row) => !isValidRow(row));
    expect(invalid.map((row) => row.rowNumber)).toEqual([37]);
    expect(invalid[0]!.errors).toEqual({ birthDate: 'invalidDate' });
    expect(invalid[0]!.raw.birthDate).toBe('31-02-2010');
  });

  it('refuses a full name with the same rule as the form, and takes initials and one word', () => {
    const rows = ['Jan de Vries', 'J. v.d. Berg', 'A.B. de J.', 'Mo']
      .map((initials) => `${initials};;1-3-2010;Zwolle;X;;1-9-2025;;;;`)
      .join('\n');
    const result = readYouthCsv(utf8(`${HEADER}\n${rows}\n`), { today, labels });
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.rows.map((row) => row.errors.initials)).toEqual([
      'looksLikeFullName',
      'looksLikeFullName',
      undefined,
      undefined,
    ]);
  });

  it('refuses unknown options, empty files, files without data rows, missing columns and large files', () => {
    const unknown = readYouthCsv(
      utf8(`${HEADER}\nA.B.;;1-3-2010;Zwolle;X;tentje;1-9-2025;;ergens;;\n`),
      { today, labels },
    );
    if (unknown.kind !== 'ok') throw new Error(unknown.kind);
    expect(unknown.rows[0]!.errors).toEqual({
      placementType: 'unknownOption',
      perspective: 'unknownOption',
    });
    expect(readYouthCsv(utf8(''), { today, labels })).toEqual({ kind: 'empty' });
    expect(readYouthCsv(utf8(`${HEADER}\n;;;\n`), { today, labels })).toEqual({ kind: 'empty' });
    expect(readYouthCsv(utf8('initialen;gemeente\nA;B'), { today, labels })).toEqual({
      kind: 'missingColumns',
      columns: ['birthDate', 'location', 'placementStart'],
    });
    expect(readYouthCsv(new Uint8Array(CSV_MAX_BYTES + 1), { today, labels })).toEqual({
      kind: 'tooLarge',
    });
  });

  it('marks rows already on the board or repeated in the file', () => {
    const result = readYouthCsv(
      utf8(
        `${HEADER}\nA.B.;1;1-3-2010;Zwolle;X;;1-9-2025;;;;\nA.B.;;1-3-2010;zwolle;Y;;1-9-2025;;;;\nC.D.;7;1-3-2011;Zwolle;X;;1-9-2025;;;;\nE.F.;;1-3-2011;Zwolle;X;;1-9-2025;;;;\n`,
      ),
      { today, labels },
    );
    if (result.kind !== 'ok') throw new Error(result.kind);
    const marked = markDuplicates(result.rows, [
      { initials: 'X', birthDate: '2000-01-01', municipality: 'Kampen', clientNumber: '7' },
    ]);
    expect(marked.map((row) => row.duplicate)).toEqual([undefined, 'inFile', 'onBoard', undefined]);
    expect(marked.filter(isValidRow)).toHaveLength(2);
  });
});

describe('youthCsvTemplate', () => {
  it('has the Dutch header row and an example row that reads back as valid', () => {
    const template = youthCsvTemplate({
      initials: 'A.B.',
      birthDate: '12-4-2009',
      municipality: 'Zwolle',
      location: 'De Linde',
      placementType: 'Leefgroep',
      placementStart: '1-9-2025',
    });
    expect(template.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    labels.placementType.groep = 'Leefgroep';
    const result = readYouthCsv(utf8(template), { today, labels });
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.rows.filter(isValidRow)).toHaveLength(1);
  });
});
