import type { MeetingId, YouthId } from './ids';
import type { IsoDate, IsoDateTime, RecordMeta } from './types';

/** A wall-clock time, `HH:mm` (24 hours). */
export type LocalTime = string;

export type MeetingType = 'caseReview' | 'municipalReview';
export type MeetingStatus = 'planned' | 'inProgress' | 'closed';

export type AgendaItem = {
  youthId: YouthId;
  notes: string;
  /** When the item was discussed in the meeting; absent while not discussed. */
  discussedAt?: IsoDateTime;
};

/** A monthly case review or six-weekly municipal review, with its ordered agenda. */
export type Meeting = RecordMeta & {
  id: MeetingId;
  type: MeetingType;
  date: IsoDate;
  /** Local time in the Netherlands, `HH:mm`; absent for a meeting planned without a time (all day). */
  startTime?: LocalTime;
  /** Local time, `HH:mm`, after `startTime` on the same day. */
  endTime?: LocalTime;
  /** Where the meeting is held (a room, an address, a video link's name). */
  place?: string;
  chair: string;
  attendees: string[];
  /** For municipal reviews: the municipalities at the table. */
  municipalities: string[];
  agenda: AgendaItem[];
  status: MeetingStatus;
  startedAt?: IsoDateTime;
  closedAt?: IsoDateTime;
  notes: string;
  /** A case review limited to one location or coordinator; absent for everyone. */
  agendaScope?: { location?: string; coordinator?: string };
};
