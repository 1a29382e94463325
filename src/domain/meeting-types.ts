import type { MeetingId, YouthId } from './ids';
import type { IsoDate, IsoDateTime, RecordMeta } from './types';

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
