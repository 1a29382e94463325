import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

/** `soffice` on the PATH, or undefined: the CSV check then skips with a clear reason. */
export function libreOffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    for (const name of ['soffice', 'libreoffice'])
      if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

export type SheetCell = {
  /** office:value-type: string, float, date, … */
  type: string;
  text: string;
  /** office:date-value for a date cell (yyyy-mm-dd). */
  date?: string;
};

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Opens a CSV in LibreOffice Calc as a Dutch user would (semicolon, UTF-8,
 * locale nl-NL) and reads back how Calc typed each cell, from flat ODS XML.
 * Each run gets a throw-away profile so parallel runs do not lock each other.
 */
export function cellsAsCalcReadsThem(csvPath: string): SheetCell[][] {
  const soffice = libreOffice();
  if (!soffice) throw new Error('libreoffice ontbreekt');
  const work = mkdtempSync(join(tmpdir(), 'uitstroombord-calc-'));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        // Separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, default column types, Dutch (1043).
        '--infilter=CSV:59,34,76,1,,1043',
        '--convert-to',
        'fods',
        '--outdir',
        work,
        csvPath,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const xml = readFileSync(join(work, basename(csvPath).replace(/\.csv$/, '.fods')), 'utf8');
    const rows: SheetCell[][] = [];
    for (const [, row = ''] of xml.matchAll(
      /<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g,
    )) {
      const cells: SheetCell[] = [];
      for (const [, attrs = '', body = ''] of row.matchAll(
        /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
      )) {
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
        const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? 'empty';
        const date = /office:date-value="([^"]+)"/.exec(attrs)?.[1];
        const text = unescapeXml(
          body
            .replace(/<text:line-break\/>/g, '\n')
            .replace(/<\/text:p>\s*<text:p[^>]*>/g, '\n')
            .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) =>
              ' '.repeat(Number(n ?? 1)),
            )
            .replace(/<[^>]+>/g, '')
            .trim(),
        );
        // Trailing empty cells are written as one repeated cell; keep the row as long as its content.
        for (let i = 0; i < Math.min(repeat, 20); i++)
          cells.push(date ? { type, text, date } : { type, text });
      }
      while (cells.length && cells.at(-1)!.type === 'empty') cells.pop();
      rows.push(cells);
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
