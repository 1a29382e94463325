import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingId } from './ids';
import type { Meeting } from './meeting-types';
import { meetingToIcs } from './meetings-ics';

const at = '2026-11-01T10:00:00.000Z';
function meeting(id: string): Meeting {
  return {
    id: id as MeetingId,
    type: 'caseReview',
    date: '2026-12-01',
    chair: '',
    attendees: [],
    municipalities: [],
    agenda: [],
    status: 'planned',
    notes: '',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'T',
  };
}

/** Unfolds content lines (RFC 5545 §3.1) and returns their property names. */
function propertyNames(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(/[:;]/)[0]!);
}

const EXPECTED = [
  'BEGIN',
  'VERSION',
  'PRODID',
  'CALSCALE',
  'BEGIN',
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'END',
  'END',
];

describe('meetingToIcs escapes every property (RFC 5545 §3.3.11)', () => {
  it('an id with CRLF cannot inject a property', () => {
    const ics = meetingToIcs(
      meeting('m1\r\nATTACH:https://example.org/x'),
      'Casusoverleg',
      '',
      '2026-11-26T09:30:00.000Z',
    );
    expect(propertyNames(ics)).toEqual(EXPECTED);
    expect(ics).toContain('UID:m1\\nATTACH:https://example.org/x@uitstroombord\r\n');
  });

  it('escapes backslash, semicolon, comma and every kind of line break in text and ids', () => {
    const ics = meetingToIcs(
      meeting('a;b,c\\d'),
      'Over; wonen, school\\werk',
      'regel 1\r\nregel 2\rregel 3\nregel 4',
      '2026-11-26T09:30:00.000Z',
    );
    expect(ics).toContain('UID:a\\;b\\,c\\\\d@uitstroombord\r\n');
    expect(ics).toContain('SUMMARY:Over\\; wonen\\, school\\\\werk\r\n');
    expect(ics).toContain('DESCRIPTION:regel 1\\nregel 2\\nregel 3\\nregel 4\r\n');
  });

  it('whatever the id, title and description, the file has exactly the expected properties', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (id, title, description) => {
        const ics = meetingToIcs(meeting(id), title, description, '2026-11-26T09:30:00.000Z');
        expect(propertyNames(ics)).toEqual(EXPECTED);
        // Only CRLF line ends, no bare CR or LF, no other control characters.
        const controls = [...ics.replace(/\r\n/g, '')].filter((char) => {
          const code = char.charCodeAt(0);
          return (code < 0x20 && code !== 0x09) || code === 0x7f;
        });
        expect(controls).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Unfolded content lines. */
function linesOf(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

describe('meetingToIcs with a time and a place', () => {
  const review: Meeting = {
    ...meeting('m2'),
    type: 'municipalReview',
    date: '2026-07-07',
    municipalities: ['Zeist', 'Utrecht'],
    startTime: '10:00',
    endTime: '11:30',
    place: 'Gemeentehuis Zeist, zaal 2',
  };

  it('starts and ends at the Dutch wall-clock times, with the Europe/Amsterdam zone defined once', () => {
    const lines = linesOf(meetingToIcs(review, 'Overleg', '', at));
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260707T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20260707T113000');
    // RFC 5545 §3.6.5: a TZID the file uses is defined in it, before the event.
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('a winter date keeps the same wall-clock time (the zone, not the file, knows the offset)', () => {
    const lines = linesOf(meetingToIcs({ ...review, date: '2026-12-01' }, 'Overleg', '', at));
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261201T113000');
  });

  it('writes the place as LOCATION and the title and description escaped', () => {
    const lines = linesOf(
      meetingToIcs(
        review,
        'Gemeentelijk overleg – Utrecht, Zeist',
        'Gemeenten: Utrecht, Zeist',
        at,
      ),
    );
    expect(lines).toContain('LOCATION:Gemeentehuis Zeist\\, zaal 2');
    expect(lines).toContain('SUMMARY:Gemeentelijk overleg – Utrecht\\, Zeist');
    expect(lines).toContain('DESCRIPTION:Gemeenten: Utrecht\\, Zeist');
  });

  it('a place with a line break cannot inject a property', () => {
    const ics = meetingToIcs(
      { ...review, place: 'Zaal 1\r\nATTENDEE:mailto:x@example.org' },
      'Overleg',
      '',
      at,
    );
    expect(propertyNames(ics)).not.toContain('ATTENDEE');
    expect(linesOf(ics)).toContain('LOCATION:Zaal 1\\nATTENDEE:mailto:x@example.org');
  });

  it('a start without a usable end lasts 90 minutes, also past midnight', () => {
    const noEnd = linesOf(meetingToIcs({ ...review, endTime: undefined }, 'O', '', at));
    expect(noEnd).toContain('DTEND;TZID=Europe/Amsterdam:20260707T113000');
    const backwards = linesOf(
      meetingToIcs({ ...review, startTime: '23:00', endTime: '09:00' }, 'O', '', at),
    );
    expect(backwards).toContain('DTSTART;TZID=Europe/Amsterdam:20260707T230000');
    expect(backwards).toContain('DTEND;TZID=Europe/Amsterdam:20260708T003000');
  });

  it('without a time it stays an all-day event without a time zone', () => {
    const lines = linesOf(
      meetingToIcs({ ...review, startTime: undefined, endTime: undefined }, 'O', '', at),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20260707');
    expect(lines).toContain('DTEND;VALUE=DATE:20260708');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it('whatever the place and times, only the expected properties and no control characters', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (place, startTime, endTime) => {
          const ics = meetingToIcs({ ...review, place, startTime, endTime }, 'T', 'D', at);
          const names = propertyNames(ics);
          const event = names.slice(names.lastIndexOf('BEGIN'));
          expect(event.filter((name) => !['LOCATION'].includes(name))).toEqual([
            'BEGIN',
            'UID',
            'DTSTAMP',
            'DTSTART',
            'DTEND',
            'SUMMARY',
            'DESCRIPTION',
            'END',
            'END',
          ]);
          const controls = [...ics.replace(/\r\n/g, '')].filter((char) => {
            const code = char.charCodeAt(0);
            return (code < 0x20 && code !== 0x09) || code === 0x7f;
          });
          expect(controls).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
