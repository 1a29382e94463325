import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ConditionId, MeetingId, YouthId } from '@/domain/ids';
import type { CurrentLight } from '@/domain/types';
import { makeYouthFields } from '@/testing/factories';
import { collect } from '@/testing/observe';
import { freshDatabase } from '@/testing/test-database';
import { completeAction } from './action-repository';
import { setLight, undoAssessment } from './assessment-repository';
import {
  LIGHT_BUCKET_COUNT,
  lightBucketOf,
  lightBucketOfCell,
  noteCurrentLightWritten,
  observeCurrentLightBuckets,
  type LightBuckets,
} from './board-queries';
import { clock } from './clock';
import { UitstroombordDatabase } from './database';
import { createMeeting, setMeetingLight } from './meeting-repository';
import { addYouth } from './youth-repository';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const watch = () => collect(observeCurrentLightBuckets());
type Watcher = ReturnType<typeof watch>;

function storedLight(youthId: string, conditionId: string, colour: CurrentLight['colour']) {
  const now = clock.now().toISOString();
  return {
    id: crypto.randomUUID(),
    youthId,
    conditionId,
    colour,
    assessedAt: now,
    createdAt: now,
    updatedAt: now,
    updatedBy: 'test',
  } as unknown as CurrentLight;
}

/**
 * Writes a light of another young person straight into the table (so only the re-read
 * after Dexie's change notice shows it) and waits until the buckets show it. Buckets are
 * read one read at a time, in order, so by then every commit before it has been read
 * too: what was emitted before this is all those commits caused. Returns the emission
 * that shows the fence and the fence's bucket, the only one it changed.
 */
async function fence(
  watcher: Watcher,
  beside: string,
): Promise<{ shown: LightBuckets; fenceBucket: number }> {
  const youthId = lightBucketOf(beside) === 0 ? 'ff-fence' : '00-fence';
  const light = storedLight(youthId, 'fence', 'green');
  await database.currentLights.put(light);
  for (let count = watcher.emitted.length; ; count++) {
    const shown = await watcher.next(count);
    if (shown[lightBucketOf(youthId)]?.some((l) => l.id === light.id))
      return { shown, fenceBucket: lightBucketOf(youthId) };
  }
}

/** Every bucket but `except` is the very same array in both emissions. */
function expectSameArrays(before: LightBuckets, after: LightBuckets, except: number) {
  after.forEach((lights, bucket) => {
    if (bucket !== except) expect(lights).toBe(before[bucket]);
  });
}

describe('current lights in buckets', () => {
  it('puts every id in one bucket, in id order, hex ids spread over all buckets', () => {
    expect(lightBucketOf('00000000-0000-4000-8000-000000000000')).toBe(0);
    expect(lightBucketOf('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe(LIGHT_BUCKET_COUNT - 1);
    expect(lightBucketOf('')).toBe(0);
    expect(lightBucketOf('youth-1')).toBe(LIGHT_BUCKET_COUNT - 1);
    expect(lightBucketOf('A')).toBe(lightBucketOf('9z'));
    const ids = Array.from({ length: 256 }, (_, i) => `${i.toString(16).padStart(2, '0')}-x`);
    const buckets = ids.map(lightBucketOf);
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(new Set(buckets).size).toBe(LIGHT_BUCKET_COUNT);
    // The same bucket as the range query that reads it: ids sort as strings.
    const sorted = [...ids, 'A', 'youth-1', '0', 'f', 'fz'].sort();
    const bySort = sorted.map(lightBucketOf);
    expect(bySort).toEqual([...bySort].sort((a, b) => a - b));
    for (const id of ['ab', 'a', '0f-x', 'youth-1', 'A']) {
      expect(lightBucketOfCell(`${id}|condition`)).toBe(lightBucketOf(id));
    }
  });

  it('emits all lights once loaded, and after a change replaces only that bucket', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youths = await Promise.all(
      Array.from({ length: 6 }, (_, i) => addYouth(makeYouthFields({ initials: `Y${i}` }))),
    );
    for (const youth of youths) await setLight(youth.id, conditionId, { colour: 'red' });

    const watcher = watch();
    const first = await watcher.next(1);
    expect(first).toHaveLength(LIGHT_BUCKET_COUNT);
    expect(first.flat()).toHaveLength(6);
    first.forEach((lights, bucket) =>
      lights.forEach((light) => expect(lightBucketOf(light.youthId)).toBe(bucket)),
    );

    const changed = youths[0]?.id as YouthId;
    await setLight(changed, conditionId, { colour: 'green' });
    const second = await watcher.next(2);
    watcher.stop();

    const bucket = lightBucketOf(changed);
    expect(second[bucket]).not.toBe(first[bucket]);
    expect(second[bucket]?.find((light) => light.youthId === changed)?.colour).toBe('green');
    second.forEach((lights, index) => {
      if (index !== bucket) expect(lights).toBe(first[index]);
    });
  });

  it('shows a committed light at once, and the re-read that confirms it does not emit again', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'W.T.' }));
    const watcher = watch();
    await watcher.next(1);

    const written = await setLight(youth.id, conditionId, { colour: 'amber' });
    // Emitted by the writer before Dexie's re-read could have run.
    expect(watcher.emitted).toHaveLength(2);
    const shown = watcher.emitted[1]?.[lightBucketOf(youth.id)] ?? [];
    expect(shown.find((light) => light.id === written.id)).toMatchObject({
      colour: 'amber',
      redStreak: 0,
    });
    // Once Dexie's re-read has run (the fence proves it), nothing more was emitted.
    const { shown: fenced, fenceBucket } = await fence(watcher, youth.id);
    expect(watcher.emitted).toHaveLength(3);
    expectSameArrays(watcher.emitted[1] as LightBuckets, fenced, fenceBucket);
    expect(await database.currentLights.get([youth.id, conditionId])).toMatchObject({
      id: written.id,
    });

    // Inside a larger transaction nothing is told until it commits; then the re-read shows it.
    const inner = await database.transaction(
      'rw',
      [database.assessments, database.currentLights, database.settings, database.youths],
      async () => {
        const light = await setLight(youth.id, conditionId, { colour: 'red' });
        expect(watcher.emitted).toHaveLength(3);
        return light;
      },
    );
    const fourth = await watcher.next(4);
    expect(fourth[lightBucketOf(youth.id)]?.find((light) => light.id === inner.id)).toBeDefined();
    watcher.stop();
  });

  it('shows a light set in a meeting at once after the meeting transaction commits, and none that rolled back', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'M.T.' }));
    const meeting = await createMeeting(
      { type: 'caseReview', date: '2026-11-26', chair: 'Mo', attendees: [], municipalities: [] },
      [{ youthId: youth.id, notes: '' }],
    );
    const watcher = watch();
    await watcher.next(1);

    const written = await setMeetingLight(meeting.id, youth.id, conditionId, { colour: 'red' });
    // Emitted by the writer before Dexie's re-read could have run, as on the board.
    expect(watcher.emitted).toHaveLength(2);
    const shown = watcher.emitted[1]?.[lightBucketOf(youth.id)] ?? [];
    expect(shown.find((light) => light.id === written.id)).toMatchObject({
      colour: 'red',
      meetingId: meeting.id,
      redStreak: 1,
      redSince: written.assessedAt,
    });

    // A meeting that does not exist: the light was appended in the transaction, which rolls back.
    await expect(
      setMeetingLight('nope' as MeetingId, youth.id, conditionId, { colour: 'green' }),
    ).rejects.toMatchObject({ code: 'notFound' });
    const { shown: fenced, fenceBucket } = await fence(watcher, youth.id);
    expect(watcher.emitted).toHaveLength(3);
    expectSameArrays(watcher.emitted[1] as LightBuckets, fenced, fenceBucket);
    expect((await database.currentLights.get([youth.id, conditionId]))?.colour).toBe('red');
    watcher.stop();
  });

  it('shows an undo and a completed action at once, as a set light', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'U.A.' }));
    const first = await setLight(youth.id, conditionId, { colour: 'red', action: 'Bellen' });
    const watcher = watch();
    await watcher.next(1);
    const shownNow = (count: number) =>
      watcher.emitted[count - 1]?.[lightBucketOf(youth.id)]?.find(
        (light) => light.conditionId === conditionId,
      );

    const done = await completeAction(youth.id, conditionId, first.id);
    // Emitted by the writer before Dexie's re-read could have run.
    expect(watcher.emitted).toHaveLength(2);
    expect(shownNow(2)).toMatchObject({ id: done.id, action: '' });

    const restored = await undoAssessment(done.id);
    expect(watcher.emitted).toHaveLength(3);
    expect(shownNow(3)).toMatchObject({ id: restored.id, action: 'Bellen', redStreak: 1 });
    watcher.stop();
  });

  it('keeps a rolled-back write off the board', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'R.B.' }));
    const watcher = watch();
    await watcher.next(1);
    await database
      .transaction(
        'rw',
        [database.assessments, database.currentLights, database.settings, database.youths],
        async () => {
          await setLight(youth.id, conditionId, { colour: 'green' });
          throw new Error('afgebroken');
        },
      )
      .catch(() => undefined);
    const { shown: fenced, fenceBucket } = await fence(watcher, youth.id);
    expect(watcher.emitted).toHaveLength(2);
    expectSameArrays(watcher.emitted[0] as LightBuckets, fenced, fenceBucket);
    expect(await database.currentLights.get([youth.id, conditionId])).toBeUndefined();
    watcher.stop();
  });

  it('re-reads every bucket after a bulk write or a cleared table, and none for other tables', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youths = await Promise.all(
      Array.from({ length: 60 }, (_, i) => addYouth(makeYouthFields({ initials: `B${i}` }))),
    );
    const watcher = watch();
    await watcher.next(1);

    // 60 records in one bulkPut: Dexie reports the whole key range, not the keys.
    await database.currentLights.bulkPut(
      youths.map((youth) => storedLight(youth.id, conditionId, 'amber')),
    );
    const loaded = await watcher.next(2);
    expect(loaded.flat()).toHaveLength(60);
    expect(loaded.flat().every((light) => light.colour === 'amber')).toBe(true);

    // A write elsewhere reads nothing again.
    await database.settings.put({ id: 'unrelated', value: 1 } as never);
    const { shown: fenced, fenceBucket } = await fence(watcher, youths[0]?.id as string);
    expect(watcher.emitted).toHaveLength(3);
    expectSameArrays(loaded, fenced, fenceBucket);

    await database.currentLights.clear();
    const cleared = await watcher.next(4);
    expect(cleared.flat()).toHaveLength(0);
    watcher.stop();
  });

  it('follows a commit of another connection (another tab) and starts afresh once left', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'T.A.' }));
    const watcher = watch();
    await watcher.next(1);
    // Another tab tells nothing to this one's writers: only the change notice arrives. What
    // such a notice looks like across tabs is `dexie-changes.test.ts`'s business.
    const otherTab = new UitstroombordDatabase(database.name);
    const light = storedLight(youth.id, conditionId, 'red');
    await otherTab.currentLights.put(light);
    otherTab.close();
    const seen = await watcher.next(2);
    expect(seen[lightBucketOf(youth.id)]?.[0]?.id).toBe(light.id);

    // The last reader left: the source stopped and forgot its value ...
    watcher.stop();
    const shared = observeCurrentLightBuckets();
    expect(shared.hasValue()).toBe(false);
    const green = await setLight(youth.id, conditionId, { colour: 'green' });
    expect(watcher.emitted).toHaveLength(2);
    // ... and the next reader reads afresh.
    const again = collect(shared);
    const fresh = await again.next(1);
    expect(fresh[lightBucketOf(youth.id)]?.[0]?.id).toBe(green.id);
    again.stop();
  });

  it('keeps an unchanged bucket the very same array, also when Dexie re-reads it', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youths = await Promise.all(
      Array.from({ length: 30 }, (_, i) => addYouth(makeYouthFields({ initials: `I${i}` }))),
    );
    const lights = youths.map((youth) => storedLight(youth.id, conditionId, 'amber'));
    await database.currentLights.bulkPut(lights);
    const watcher = watch();
    const first = await watcher.next(1);

    // One bulk write that rewrites every light unchanged and changes one: every touched
    // bucket is read again, and only the changed one gets a new array.
    const changed = storedLight(youths[0]?.id as string, conditionId, 'red');
    await database.currentLights.bulkPut([...lights.slice(1), changed]);
    const second = await watcher.next(2);
    const bucket = lightBucketOf(changed.youthId);
    expect(second[bucket]).not.toBe(first[bucket]);
    expectSameArrays(first, second, bucket);

    // Rewriting them all unchanged emits nothing at all.
    await database.currentLights.bulkPut([...lights.slice(1), changed]);
    const { shown: fenced, fenceBucket } = await fence(watcher, changed.youthId);
    expect(watcher.emitted).toHaveLength(3);
    expectSameArrays(second, fenced, fenceBucket);
    watcher.stop();
  });

  it('lets a told light win over re-reads without it for 5 seconds on the clock, then the database', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youth = await addYouth(makeYouthFields({ initials: 'K.L.' }));
    let now = Date.parse('2026-11-26T09:00:00.000Z');
    const realNow = clock.now;
    clock.now = () => new Date(now);
    onTestFinished(() => {
      clock.now = realNow;
    });
    const watcher = watch();
    await watcher.next(1);
    const bucket = lightBucketOf(youth.id);

    // Told as written, but never committed here: as if the re-read had started before.
    const told = storedLight(youth.id, conditionId, 'red');
    noteCurrentLightWritten(told);
    expect(watcher.emitted[1]?.[bucket]?.map((l) => l.id)).toEqual([told.id]);

    // A re-read of its bucket (another cell of the same young person changed) within 5 s.
    now += 4_000;
    const other = storedLight(youth.id, `${conditionId}-other`, 'green');
    await database.currentLights.put(other);
    const within = await watcher.next(3);
    expect(within[bucket]?.map((l) => l.id).sort()).toEqual([told.id, other.id].sort());

    // After 5 s the next re-read shows what the database holds.
    now += 2_000;
    const later = storedLight(youth.id, `${conditionId}-other`, 'amber');
    await database.currentLights.put(later);
    const after = await watcher.next(4);
    expect(after[bucket]?.map((l) => l.id)).toEqual([later.id]);
    watcher.stop();
  });
});
