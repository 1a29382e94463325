import { addDaysIso } from './dates';
import type { Meeting } from './meeting-types';
import { isLocalTime } from './record-rules';
import type { IsoDate, IsoDateTime } from './types';

/*
 * A meeting as an iCalendar file (RFC 5545). Times are the Dutch wall-clock
 * times the form asks for, written with TZID=Europe/Amsterdam and the
 * VTIMEZONE that defines it (§3.6.5: every TZID used needs one), so a calendar
 * in another zone shows the right moment on either side of a DST change.
 */

export const MEETING_TIME_ZONE = 'Europe/Amsterdam';

/** When a meeting has a start but no (usable) end, e.g. restored from an older file. */
export const DEFAULT_MEETING_MINUTES = 90;

/** The time a new municipal review proposes (the form shows it, the planner may change it). */
export const DEFAULT_MUNICIPAL_REVIEW_TIME = { startTime: '10:00', endTime: '11:30' } as const;

/** CET/CEST as the EU has kept it since 1996: last Sunday of March and of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * TEXT escaping of RFC 5545 §3.3.11 for every value written, ids included: a
 * line break in a restored id must never start a property of its own. Control
 * characters other than a line break are not allowed in a content line at all.
 */
function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((char) => !isControl(char))
    .join('');
}

/** C0 controls and DEL, except the horizontal tab RFC 5545 allows in a value. */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/** Folds a content line at 75 octets as RFC 5545 §3.1 asks (continuation starts with a space). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (value: number) => String(value).padStart(2, '0');

/** `20261201T100000` for a day and a count of minutes after its midnight (may pass into the next day). */
function localDateTime(date: IsoDate, minutes: number): string {
  const day = addDaysIso(date, Math.floor(minutes / 1440));
  const within = minutes % 1440;
  return `${day.replace(/-/g, '')}T${pad(Math.floor(within / 60))}${pad(within % 60)}00`;
}

/**
 * The start and end of a meeting with a time, as local wall-clock minutes
 * after the midnight of its date; undefined for a meeting planned for the day.
 */
export function meetingTimeSpan(
  meeting: Pick<Meeting, 'startTime' | 'endTime'>,
): { start: number; end: number } | undefined {
  if (!meeting.startTime || !isLocalTime(meeting.startTime)) return undefined;
  const start = minutesOf(meeting.startTime);
  const end =
    meeting.endTime && isLocalTime(meeting.endTime) ? minutesOf(meeting.endTime) : undefined;
  return { start, end: end !== undefined && end > start ? end : start + DEFAULT_MEETING_MINUTES };
}

/**
 * A planned meeting as an iCalendar event (RFC 5545, CRLF line ends): from its
 * start to its end time in Dutch time, or all day when it has no time; with its
 * place as LOCATION when it has one.
 */
export function meetingToIcs(
  meeting: Meeting,
  title: string,
  description: string,
  now: IsoDateTime,
): string {
  const stamp = now.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const span = meetingTimeSpan(meeting);
  const when = span
    ? [
        `DTSTART;TZID=${MEETING_TIME_ZONE}:${localDateTime(meeting.date, span.start)}`,
        `DTEND;TZID=${MEETING_TIME_ZONE}:${localDateTime(meeting.date, span.end)}`,
      ]
    : [
        `DTSTART;VALUE=DATE:${meeting.date.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${addDaysIso(meeting.date, 1).replace(/-/g, '')}`,
      ];
  const place = meeting.place?.trim();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Uitstroombord//Overleggen//NL',
    'CALSCALE:GREGORIAN',
    ...(span ? VTIMEZONE : []),
    'BEGIN:VEVENT',
    `UID:${icsText(meeting.id)}@uitstroombord`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${icsText(title)}`,
    ...(place ? [`LOCATION:${icsText(place)}`] : []),
    `DESCRIPTION:${icsText(description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
