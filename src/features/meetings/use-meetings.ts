import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activeConditions } from '@/domain/conditions';
import type { MeetingId, YouthId } from '@/domain/ids';
import { withCadenceDefaults } from '@/domain/meetings';
import type { Meeting } from '@/domain/meeting-types';
import type { IsoDate, Youth } from '@/domain/types';
import { indexLightBuckets, observeCurrentLightBuckets } from '@/db/board-queries';
import { getMeeting, historyForYouths, listMeetings } from '@/db/meeting-repository';
import { getSettings } from '@/db/settings-repository';
import { observeConditions, observePlacedYouths } from '@/db/shared-lists';
import { observeSignals, type LiveSignals } from '@/db/signal-queries';
import { listLeftYouths } from '@/db/youth-repository';
import { tm } from '@/i18n/meetings';
import { formatDate } from '@/ui/format';

export function useMeetingList() {
  return useLiveQuery(listMeetings, []);
}

/** `undefined` while loading, `null` when there is no such meeting. */
export function useMeeting(id: string): Meeting | null | undefined {
  return useLiveQuery(async () => (await getMeeting(id as MeetingId)) ?? null, [id]);
}

export function useCadence() {
  const settings = useLiveQuery(getSettings, []);
  return useMemo(() => settings && withCadenceDefaults(settings.meetingCadence), [settings]);
}

/**
 * What planning and running a meeting reads: every young person (someone on an
 * agenda may have left since), active conditions and the current lights. The
 * placed young people, conditions and lights come from the same shared live
 * queries as the board's (`src/db/shared-lists.ts`, `observeCurrentLightBuckets`);
 * those who left are few and only meetings ask for them.
 */
export function useBoardState() {
  const placed = useObservable(observePlacedYouths, []);
  const left = useLiveQuery(listLeftYouths, []);
  const allConditions = useObservable(observeConditions, []);
  // A light set in the meeting updates one bucket instead of re-reading the whole table.
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const lights = useMemo(() => buckets && indexLightBuckets(buckets), [buckets]);
  return useMemo(() => {
    if (!placed || !left || !allConditions || !lights) return undefined;
    const byId = new Map<YouthId, Youth>([...placed, ...left].map((youth) => [youth.id, youth]));
    return {
      placed,
      youthsById: byId,
      conditions: activeConditions(allConditions),
      allConditions,
      lights,
    };
  }, [placed, left, allConditions, lights]);
}
export type BoardState = NonNullable<ReturnType<typeof useBoardState>>;

/**
 * Every active signal, from the one computation the board and Aandacht read
 * (`observeSignals`), so a meeting shows what they show. `undefined` while loading.
 */
export function useLiveSignals(today: IsoDate): LiveSignals | undefined {
  return useObservable(() => observeSignals(today), [today]);
}

export function useAgendaHistory(meeting: Meeting | null | undefined) {
  const ids = meeting ? meeting.agenda.map((item) => item.youthId) : [];
  const key = ids.join(',');
  return useLiveQuery(() => historyForYouths(ids), [key]);
}

export function meetingTitle(meeting: Pick<Meeting, 'type' | 'date' | 'agendaScope'>): string {
  const title = tm.heading(tm.typeShort[meeting.type], formatDate(meeting.date));
  const scope = [meeting.agendaScope?.location, meeting.agendaScope?.coordinator].filter(Boolean);
  return scope.length > 0 ? `${title} · ${scope.join(' · ')}` : title;
}

export function youthLabel(youth: Youth | undefined): string {
  if (!youth) return '?';
  // Initials repeat on a large board; the provider's client number tells them apart.
  return youth.clientNumber ? `${youth.initials} (${youth.clientNumber})` : youth.initials;
}
