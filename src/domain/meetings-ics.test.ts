import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingId } from './ids';
import type { Meeting } from './meeting-types';
import { meetingToIcs } from './meetings';

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
