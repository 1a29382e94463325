/**
 * The few date-fns `format` tokens the app writes dates with ("d MMM yyyy",
 * "EEEE d MMMM yyyy", "d MMM yyyy 'om' HH:mm", "dd-MM-yyyy"…), with the same
 * output as date-fns and its `nl` locale (date-pattern.test.ts compares them).
 * date-fns's formatter and locales are about 8 kB gzip of the first page's
 * download (scripts/check-bundle.mjs); these are a few hundred bytes.
 */

export type DateNames = {
  months: readonly string[];
  monthsShort: readonly string[];
  weekdays: readonly string[];
};

// Same tokenizer as date-fns: runs of one letter, quoted text ('' is a quote), any other character.
const TOKENS = /(\w)\1*|''|'(''|[^'])+('|$)|./g;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** date-fns's year for `y` tokens: 0 is 1 BC and so written 1, as the calendar does. */
function calendarYear(date: Date): number {
  const year = date.getFullYear();
  return year > 0 ? year : 1 - year;
}

function token(date: Date, text: string, names: DateNames): string {
  const n = text.length;
  switch (text[0]) {
    case 'y':
      return n === 2 ? pad(calendarYear(date) % 100, 2) : pad(calendarYear(date), n);
    case 'M':
      if (n <= 2) return pad(date.getMonth() + 1, n);
      if (n === 3) return names.monthsShort[date.getMonth()] ?? '';
      if (n === 4) return names.months[date.getMonth()] ?? '';
      break;
    case 'd':
      if (n <= 2) return pad(date.getDate(), n);
      break;
    case 'E':
      if (n === 4) return names.weekdays[date.getDay()] ?? '';
      break;
    case 'H':
      if (n <= 2) return pad(date.getHours(), n);
      break;
    case 'm':
      if (n <= 2) return pad(date.getMinutes(), n);
      break;
    case 's':
      if (n <= 2) return pad(date.getSeconds(), n);
      break;
  }
  // A token this formatter does not know is a fault in the calling code, as in date-fns.
  throw new RangeError(`Unsupported date format token: ${text}`);
}

/** Writes a valid `date` after `pattern` (date-fns `format` syntax, the tokens above). */
export function formatDatePattern(date: Date, pattern: string, names: DateNames): string {
  // date-fns fails on an empty pattern too (and the caller shows "ongeldige datum").
  if (pattern === '') throw new RangeError('Empty date format');
  let out = '';
  for (const match of pattern.matchAll(TOKENS)) {
    const text = match[0];
    if (text === "''") out += "'";
    else if (text[0] === "'")
      out += text.slice(1, text.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
    else if (/[a-zA-Z]/.test(text[0] ?? '')) out += token(date, text, names);
    else out += text;
  }
  return out;
}
