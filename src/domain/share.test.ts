import { describe, expect, it, vi } from 'vitest';
import { td } from '@/i18n/demo';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { generateDemoBoard } from './demo/generate';
import {
  buildShareFile,
  municipalitiesOf,
  openShareText,
  parseShareFile,
  type ShareErrorDetail,
  SHARE_ALLOW_LIST,
} from './share';
import shareV1 from './share-v1.fixture.json';
import {
  decryptShare,
  encryptShare,
  SHARE_KDF_ITERATIONS,
  WrongPassphraseError,
} from './share-crypto';

const today = '2026-11-25';
const now = '2026-11-25T09:00:00.000Z';

function board() {
  const condition = makeCondition({ key: 'housing', updatedBy: 'Jet de Vries' });
  const zwolle = makeYouth({
    initials: 'A.B.',
    municipality: 'Zwolle',
    clientNumber: 'C-123',
    coordinator: 'Jet de Vries',
    notes: 'Moeder belt elke week',
    birthDate: '2009-04-12',
    procesregie: 'Wijkteam Zwolle-Zuid',
    updatedBy: 'Jet de Vries',
  });
  const leftRecently = makeYouth({
    initials: 'L.R.',
    municipality: 'Zwolle',
    status: 'left',
    leftOn: '2026-10-01',
    actualDestination: 'thuis',
  });
  const leftLongAgo = makeYouth({
    initials: 'L.O.',
    municipality: 'Zwolle',
    status: 'left',
    leftOn: '2025-01-01',
  });
  const kampen = makeYouth({ initials: 'K.K.', municipality: 'Kampen' });
  const assessment = makeAssessment({
    youthId: zwolle.id,
    conditionId: condition.id,
    reason: 'Geen kamer',
    action: 'Aanmelden woningcorporatie',
    actionOwner: 'Mehmet K.',
    actionOwnerRole: 'mentor',
    assessedBy: 'Jet de Vries',
    updatedBy: 'Jet de Vries',
    meetingId: 'meeting-1' as never,
    dueDate: '2026-12-01',
  });
  const kampenAssessment = makeAssessment({ youthId: kampen.id, conditionId: condition.id });
  const escalation = makeEscalation({
    youthId: zwolle.id,
    conditionId: condition.id,
    question: 'Een plek begeleid wonen per 1 maart',
    askedOf: 'contractmanager',
    meetingId: 'meeting-2' as never,
    updatedBy: 'Jet de Vries',
  });
  const answer = makeEscalationUpdate({
    escalationId: escalation.id,
    youthId: zwolle.id,
    answer: 'Plek per februari toegezegd',
    outcome: 'resolved',
    note: 'Besproken met Jet de Vries',
    meetingId: 'meeting-2' as never,
    updatedBy: 'Jet de Vries',
  });
  const kampenEscalation = makeEscalation({ youthId: kampen.id, question: 'Kampen vraagt iets' });
  return {
    youths: [zwolle, leftRecently, leftLongAgo, kampen],
    conditions: [condition],
    assessments: [assessment, kampenAssessment],
    escalations: [escalation, kampenEscalation],
    escalationUpdates: [
      answer,
      makeEscalationUpdate({ escalationId: kampenEscalation.id, youthId: kampen.id }),
    ],
  };
}

const options = { municipality: 'Zwolle', birthMonthOnly: true, actorLabel: 'zorgaanbieder' };

type Written = ReturnType<typeof buildShareFile>;
type Loose = Record<string, unknown>;

describe('buildShareFile', () => {
  it('shares only the placed young people of one municipality, minimised', () => {
    const file = buildShareFile(board(), options, today, now);
    expect(file).toMatchObject({
      format: 'uitstroombord-share',
      formatVersion: 2,
      municipality: 'Zwolle',
      asOf: today,
      createdAt: now,
      birthDatePrecision: 'month',
      shared: { reasonAndAction: false },
    });
    expect(file.data.youths.map((youth) => youth.initials)).toEqual(['A.B.']);
    const [youth] = file.data.youths;
    expect(youth).not.toHaveProperty('clientNumber');
    expect(youth).not.toHaveProperty('coordinator');
    expect(youth).not.toHaveProperty('notes');
    expect(youth!.birthDate).toBe('2009-04-01');
    expect(youth!.procesregie).toBe('Wijkteam Zwolle-Zuid');
    const serialised = JSON.stringify(file);
    expect(serialised).not.toContain('Jet de Vries');
    expect(serialised).not.toContain('C-123');
    expect(serialised).not.toContain('Moeder');
    expect(serialised).not.toContain('K.K.');
    expect(serialised).not.toContain('Mehmet K.');
    expect(serialised).not.toContain('Geen kamer');
    expect(file.data.assessments).toHaveLength(1);
    // Without "reden en actie delen" the texts are empty; role and due date still go along.
    expect(file.data.assessments[0]).toMatchObject({
      reason: '',
      action: '',
      actionOwnerRole: 'mentor',
      dueDate: '2026-12-01',
      assessedBy: 'zorgaanbieder',
    });
    expect(file.data.assessments[0]).not.toHaveProperty('actionOwner');
    expect(file.data.assessments[0]).not.toHaveProperty('meetingId');
  });

  it('carries the escalations of the shared young people, without who recorded them', () => {
    const file = buildShareFile(board(), options, today, now);
    expect(file.data.escalations).toHaveLength(1);
    const [escalation] = file.data.escalations;
    expect(escalation).toMatchObject({
      question: 'Een plek begeleid wonen per 1 maart',
      askedOf: 'contractmanager',
      raisedOn: '2026-11-01',
      answerDueOn: '2026-11-15',
      updatedBy: 'zorgaanbieder',
    });
    expect(escalation).not.toHaveProperty('meetingId');
    expect(file.data.escalationUpdates).toHaveLength(1);
    const [update] = file.data.escalationUpdates;
    expect(update).toMatchObject({
      escalationId: escalation!.id,
      kind: 'answer',
      answer: 'Plek per februari toegezegd',
      outcome: 'resolved',
      updatedBy: 'zorgaanbieder',
    });
    expect(update).not.toHaveProperty('note');
    expect(update).not.toHaveProperty('meetingId');
    const serialised = JSON.stringify(file);
    expect(serialised).not.toContain('Jet de Vries');
    expect(serialised).not.toContain('Kampen vraagt');
    expect(serialised).not.toContain('meeting-2');
  });

  it('carries reason and action only when the provider ticks it, and says so', () => {
    const file = buildShareFile(board(), { ...options, shareReasonAndAction: true }, today, now);
    expect(file.shared).toEqual({ reasonAndAction: true });
    expect(file.data.assessments[0]).toMatchObject({
      reason: 'Geen kamer',
      action: 'Aanmelden woningcorporatie',
      actionOwnerRole: 'mentor',
    });
    expect(JSON.stringify(file)).not.toContain('Mehmet K.');
  });

  it('leaves the role out when none was chosen', () => {
    const data = board();
    const { actionOwnerRole: _role, ...withoutRole } = data.assessments[0]!;
    const file = buildShareFile({ ...data, assessments: [withoutRole] }, options, today, now);
    expect(file.data.assessments[0]).not.toHaveProperty('actionOwnerRole');
  });

  it('keeps the full birth date when asked and adds recently left young people', () => {
    const file = buildShareFile(
      board(),
      { ...options, birthMonthOnly: false, includeLeftWithinDays: 91 },
      today,
      now,
    );
    expect(file.birthDatePrecision).toBe('day');
    expect(file.data.youths.map((youth) => youth.initials)).toEqual(['A.B.', 'L.R.']);
    expect(file.data.youths[0]!.birthDate).toBe('2009-04-12');
  });

  it('lists municipalities sorted', () => {
    expect(municipalitiesOf(board().youths)).toEqual(['Kampen', 'Zwolle']);
  });
});

/** A refusal naming a record that has a readable id. */
function refused(detail: ShareErrorDetail) {
  return { ok: false, code: 'invalid', detail: { id: expect.any(String), ...detail } };
}

describe('parseShareFile', () => {
  const file = () => buildShareFile(board(), options, today, now);

  it('accepts a file it made and drops unknown fields, an owner name among them', () => {
    const tampered = file();
    (tampered.data.youths[0] as unknown as Record<string, unknown>).clientNumber = 'X';
    (tampered.data.assessments[0] as unknown as Record<string, unknown>).actionOwner = 'Jet';
    const result = parseShareFile(JSON.parse(JSON.stringify(tampered)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.share.shared).toEqual({ reasonAndAction: false });
    expect(result.share.data.youths[0]).not.toHaveProperty('clientNumber');
    // Stored as the app stores a light without an owner's name.
    expect(result.share.data.assessments[0]).toMatchObject({
      actionOwner: '',
      actionOwnerRole: 'mentor',
    });
  });

  it('reads escalations back, and none from a version-2 file written before them', () => {
    const result = parseShareFile(JSON.parse(JSON.stringify(file())));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.share.data.escalations.map((e) => e.question)).toEqual([
      'Een plek begeleid wonen per 1 maart',
    ]);
    expect(result.share.data.escalationUpdates.map((u) => u.outcome)).toEqual(['resolved']);
    const older = JSON.parse(JSON.stringify(file())) as { data: Record<string, unknown> };
    delete older.data.escalations;
    delete older.data.escalationUpdates;
    const read = parseShareFile(older);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.share.data.escalations).toEqual([]);
      expect(read.share.data.escalationUpdates).toEqual([]);
    }
  });

  it.each([
    [
      'a blank question',
      (f: Written) => (f.data.escalations[0]!.question = '  '),
      { table: 'escalations', index: 0, field: 'question' },
    ],
    [
      'a bad due date',
      (f: Written) => (f.data.escalations[0]!.answerDueOn = '2026-02-30'),
      { table: 'escalations', index: 0, field: 'answerDueOn' },
    ],
    [
      'an unknown outcome',
      (f: Written) => ((f.data.escalationUpdates[0] as Loose).outcome = 'x'),
      { table: 'escalationUpdates', index: 0, field: 'outcome' },
    ],
    [
      'an unknown kind',
      (f: Written) => ((f.data.escalationUpdates[0] as Loose).kind = 'edit'),
      { table: 'escalationUpdates', index: 0, field: 'kind' },
    ],
    [
      'a too long answer',
      (f: Written) => (f.data.escalationUpdates[0]!.answer = 'a'.repeat(5001)),
      { table: 'escalationUpdates', index: 0, field: 'answer' },
    ],
    [
      'an escalation of a young person not in the file',
      (f: Written) => (f.data.escalations[0]!.youthId = 'someone-else' as never),
      { table: 'escalations', index: 0, field: 'youthId', reference: true },
    ],
    [
      'an update of an escalation not in the file',
      (f: Written) => (f.data.escalationUpdates[0]!.escalationId = 'elsewhere' as never),
      { table: 'escalationUpdates', index: 0, field: 'escalationId', reference: true },
    ],
    [
      'an update naming another young person than its escalation',
      (f: Written) => (f.data.escalationUpdates[0]!.youthId = 'someone-else' as never),
      { table: 'escalationUpdates', index: 0, field: 'youthId', reference: true },
    ],
    [
      'a duplicate escalation',
      (f: Written) => f.data.escalations.push({ ...f.data.escalations[0]! }),
      { table: 'escalations', index: 1, field: 'id', duplicate: true },
    ],
  ] as [string, (f: Written) => unknown, ShareErrorDetail][])(
    'refuses %s, naming table, record and field',
    (_name, damage, detail) => {
      const written = file();
      damage(written);
      expect(parseShareFile(JSON.parse(JSON.stringify(written)))).toEqual({
        ok: false,
        code: 'invalid',
        detail: { id: expect.any(String), ...detail },
      });
    },
  );

  it('opens a version-1 file: texts as they were sent, the owner name dropped', () => {
    const result = parseShareFile(shareV1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.share).toMatchObject({
      formatVersion: 2,
      municipality: 'Zwolle',
      asOf: '2026-10-30',
      birthDatePrecision: 'month',
      shared: { reasonAndAction: true },
    });
    expect(result.share.data.youths.map((youth) => youth.initials)).toEqual(['A.B.']);
    const [assessment] = result.share.data.assessments;
    expect(assessment).toMatchObject({
      reason: 'Geen kamer na vertrek',
      action: 'Aanmelden bij de woningcorporatie',
      actionOwner: '',
      dueDate: '2026-12-01',
    });
    expect(assessment).not.toHaveProperty('actionOwnerRole');
    expect(result.share.data.escalations).toEqual([]);
    expect(result.share.data.escalationUpdates).toEqual([]);
    expect(JSON.stringify(result.share)).not.toContain('Mehmet K.');
    const broken = structuredClone(shareV1) as {
      data: { assessments: { actionOwner?: string }[] };
    };
    delete broken.data.assessments[0]!.actionOwner;
    expect(parseShareFile(broken)).toEqual(
      refused({ table: 'assessments', index: 0, field: 'actionOwner', missing: true }),
    );
  });

  it('keeps the mark of a carried action, so the reader sees "uit vorig licht" too', () => {
    const data = board();
    const first = data.assessments[0]!;
    const carried = makeAssessment({
      youthId: first.youthId,
      conditionId: first.conditionId,
      colour: 'amber',
      action: first.action,
      actionOwner: first.actionOwner,
      actionOwnerRole: first.actionOwnerRole,
      actionFrom: first.id,
      assessedAt: '2026-11-20T10:00:00.000Z',
    });
    const built = buildShareFile(
      { ...data, assessments: [...data.assessments, carried] },
      options,
      today,
      now,
    );
    const result = parseShareFile(JSON.parse(JSON.stringify(built)));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.share.data.assessments.find((a) => a.id === carried.id)?.actionFrom).toBe(
        first.id,
      );
  });

  it('refuses foreign files, other versions, other municipalities and broken references', () => {
    expect(parseShareFile({ format: 'backup' })).toEqual({ ok: false, code: 'foreign' });
    expect(parseShareFile([])).toEqual({ ok: false, code: 'foreign' });
    expect(parseShareFile({ ...file(), formatVersion: 3 })).toEqual({ ok: false, code: 'version' });
    const { shared: _shared, ...unsaid } = file();
    expect(parseShareFile(unsaid)).toEqual({
      ok: false,
      code: 'invalid',
      detail: { field: 'shared', missing: true },
    });
    const badRole = file();
    (badRole.data.assessments[0] as { actionOwnerRole?: string }).actionOwnerRole = 'Mehmet K.';
    expect(parseShareFile(badRole)).toEqual(
      refused({ table: 'assessments', index: 0, field: 'actionOwnerRole' }),
    );
    const other = file();
    other.data.youths[0]!.municipality = 'Kampen';
    expect(parseShareFile(other)).toEqual(
      refused({ table: 'youths', index: 0, field: 'municipality' }),
    );
    const orphan = file();
    orphan.data.assessments[0]!.youthId = 'nobody' as never;
    expect(parseShareFile(orphan)).toEqual(
      refused({ table: 'assessments', index: 0, field: 'youthId', reference: true }),
    );
    const badDate = file();
    badDate.data.youths[0]!.birthDate = '2010-02-31';
    expect(parseShareFile(badDate)).toEqual(
      refused({ table: 'youths', index: 0, field: 'birthDate' }),
    );
  });

  it('holds date-times, ids and text lengths to the same rules as a backup', () => {
    const badCreated = file();
    badCreated.createdAt = '2026-02-31T10:00:00.000Z';
    expect(parseShareFile(badCreated)).toEqual({
      ok: false,
      code: 'invalid',
      detail: { field: 'createdAt' },
    });
    const badAssessed = file();
    badAssessed.data.assessments[0]!.assessedAt = 'morgen, ongeveer';
    expect(parseShareFile(badAssessed)).toEqual(
      refused({ table: 'assessments', index: 0, field: 'assessedAt' }),
    );
    const badId = file();
    badId.data.youths[0]!.id = 'y\r\nATTACH:x' as never;
    expect(parseShareFile(badId)).toEqual({
      ok: false,
      code: 'invalid',
      detail: { table: 'youths', index: 0, field: 'id' },
    });
    const longInitials = file();
    longInitials.data.youths[0]!.initials = 'x'.repeat(13);
    expect(parseShareFile(longInitials)).toEqual(
      refused({ table: 'youths', index: 0, field: 'initials' }),
    );
  });
});

describe('a share file is held to the record rules of a backup (findRuleBreaks)', () => {
  const file = () => buildShareFile(board(), options, today, now);
  const read = (written: Written) => parseShareFile(JSON.parse(JSON.stringify(written)));

  it.each(['undoes', 'actionFrom'] as const)(
    'refuses an assessment whose %s names no assessment in the file',
    (field) => {
      const written = file();
      (written.data.assessments[0] as Loose)[field] = 'elsewhere';
      expect(read(written)).toEqual(
        refused({ table: 'assessments', index: 0, field, reference: true }),
      );
    },
  );

  it.each([
    ['outcome', (u: Loose) => delete u.outcome],
    ['answer', (u: Loose) => delete u.answer],
  ] as const)('refuses an answer to an escalation without its %s', (field, damage) => {
    const written = file();
    damage(written.data.escalationUpdates[0] as Loose);
    expect(read(written)).toEqual(
      refused({ table: 'escalationUpdates', index: 0, field, missing: true }),
    );
  });

  it('refuses a young person the form would refuse: placed before being born', () => {
    const written = file();
    written.data.youths[0]!.placementStart = '2000-01-01';
    expect(read(written)).toEqual(refused({ table: 'youths', index: 0, field: 'placementStart' }));
  });

  it('still accepts every file it makes, the demo board included', () => {
    const { conditions } = board();
    const demo = generateDemoBoard({ today, conditions, texts: td, count: 40 });
    const municipality = demo.youths[0]!.municipality;
    const built = buildShareFile(
      { ...demo, conditions },
      { ...options, municipality, includeLeftWithinDays: 365 },
      today,
      now,
    );
    expect(built.data.youths.length).toBeGreaterThan(0);
    expect(read(built)).toMatchObject({ ok: true });
  });
});

describe('encryption', () => {
  it('uses at least 600,000 PBKDF2 iterations by default', () => {
    expect(SHARE_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips with the right passphrase and stores salt, IV and the KDF', async () => {
    const envelope = await encryptShare('{"hallo":"wereld"}', 'correct paard batterij');
    expect(envelope).toMatchObject({
      format: 'uitstroombord-share-encrypted',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: SHARE_KDF_ITERATIONS },
      cipher: 'AES-GCM',
    });
    expect(atob(envelope.kdf.salt)).toHaveLength(16);
    expect(atob(envelope.iv)).toHaveLength(12);
    expect(JSON.stringify(envelope)).not.toContain('wereld');
    expect(await decryptShare(envelope, 'correct paard batterij')).toBe('{"hallo":"wereld"}');
    const again = await encryptShare('{"hallo":"wereld"}', 'correct paard batterij');
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.iv).not.toBe(envelope.iv);
  });

  it('refuses a wrong passphrase and a damaged ciphertext', async () => {
    const envelope = await encryptShare('geheim', 'goed wachtwoord');
    await expect(decryptShare(envelope, 'fout wachtwoord')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const bytes = atob(envelope.ciphertext);
    const damaged = { ...envelope, ciphertext: btoa(`${bytes.slice(0, -1)}x`) };
    await expect(decryptShare(damaged, 'goed wachtwoord')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('opens an encrypted share file, asks for the passphrase and names a wrong one', async () => {
    const file = buildShareFile(board(), options, today, now);
    const text = JSON.stringify(await encryptShare(JSON.stringify(file), 'zwolle-2026!'));
    expect(await openShareText(text)).toEqual({ kind: 'needsPassphrase' });
    expect(await openShareText(text, 'verkeerd')).toEqual({
      kind: 'error',
      code: 'wrongPassphrase',
    });
    const opened = await openShareText(text, 'zwolle-2026!');
    expect(opened.kind).toBe('ok');
    if (opened.kind === 'ok') expect(opened.share.data.youths).toHaveLength(1);
    expect(await openShareText('{"format":')).toEqual({ kind: 'error', code: 'notJson' });
  });

  it('still opens an unencrypted version-1 file, as old files were made', async () => {
    const opened = await openShareText(JSON.stringify(shareV1));
    expect(opened.kind).toBe('ok');
    if (opened.kind === 'ok') expect(opened.share.shared).toEqual({ reasonAndAction: true });
  });

  it('refuses iterations outside the range the app writes before deriving any key', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const made = await encryptShare('{}', 'geheim');
    for (const iterations of [10_000_000, 1_000]) {
      const envelope = { ...made, kdf: { ...made.kdf, iterations } };
      deriveKey.mockClear();
      expect(await openShareText(JSON.stringify(envelope), 'geheim')).toEqual({
        kind: 'error',
        code: 'invalid',
      });
      expect(await openShareText(JSON.stringify(envelope))).toEqual({
        kind: 'error',
        code: 'invalid',
      });
      expect(deriveKey).not.toHaveBeenCalled();
    }
    deriveKey.mockRestore();
  }, 30_000);
});

describe('the allow-list against a demo board with every field filled', () => {
  const conditions = ['housing', 'schoolWork', 'followUpCare', 'transition18'].map((key, order) =>
    makeCondition({ key: key as never, order, updatedBy: 'Sam Jansen' }),
  );
  const demo = generateDemoBoard({ texts: td, today, conditions, count: 80, months: 6 });
  // Fill what the demo leaves empty, with values that are easy to find in the file.
  const youths = demo.youths.map((youth, index) => ({
    ...youth,
    clientNumber: youth.clientNumber ?? `CL-9${String(index).padStart(4, '0')}`,
    notes: youth.notes ?? `Tante Annemarie belt op dinsdag ${index}`,
    coordinator: youth.coordinator ?? 'Lotte B.',
  }));
  const assessments = demo.assessments.map((assessment, index) => ({
    ...assessment,
    meetingId: `meeting-${index % 7}` as never,
    ...(index % 3 === 0 ? { assessedBy: 'Sam Jansen', updatedBy: 'Sam Jansen' } : {}),
    ...(index % 11 === 0 ? { completedAction: 'Gesprek met Annemarie gevoerd' } : {}),
  }));
  // An escalation for every third young person, answered for every other one, typed by colleagues.
  const escalations = youths
    .filter((_youth, index) => index % 3 === 0)
    .map((youth, index) =>
      makeEscalation({
        youthId: youth.id,
        question: `Vraag ${index}: een plek begeleid wonen`,
        meetingId: `meeting-${index % 7}` as never,
        updatedBy: index % 2 ? 'Sam Jansen' : 'Lotte B.',
      }),
    );
  const escalationUpdates = escalations
    .filter((_escalation, index) => index % 2 === 0)
    .map((escalation, index) =>
      makeEscalationUpdate({
        escalationId: escalation.id,
        youthId: escalation.youthId,
        note: `Overlegd met Annemarie ${index}`,
        meetingId: `meeting-${index % 7}` as never,
        updatedBy: 'Sam Jansen',
      }),
    );
  const source = { youths, conditions, assessments, escalations, escalationUpdates };
  const municipality = 'Zwolle';

  /** Every value that names a person or the provider's file: none may leave. */
  const personal = new Set<string | undefined>([
    'Sam Jansen',
    'Annemarie',
    ...youths.flatMap((youth) => [
      youth.clientNumber,
      youth.notes,
      youth.coordinator,
      youth.updatedBy,
    ]),
    ...assessments.flatMap((a) => [a.assessedBy, a.updatedBy]),
    ...escalations.map((e) => e.updatedBy),
    ...escalationUpdates.flatMap((u) => [u.updatedBy, u.note]),
  ]);
  /** Owners with a person's name; the others ("Ouders", "Wijkteam") are role words. */
  const ownerNames = new Set(
    assessments
      .filter((a) => a.actionOwnerRole === 'coordinator' || a.actionOwnerRole === 'mentor')
      .map((a) => a.actionOwner),
  );
  const allOwners = new Set(assessments.map((a) => a.actionOwner).filter(Boolean));

  it('has a filled board to test against', () => {
    expect(youths.filter((y) => y.municipality === municipality).length).toBeGreaterThan(5);
    expect(ownerNames.size).toBeGreaterThan(3);
    expect(assessments.some((a) => a.actionOwnerRole)).toBe(true);
    const shared = new Set(youths.filter((y) => y.municipality === municipality).map((y) => y.id));
    expect(escalations.filter((e) => shared.has(e.youthId)).length).toBeGreaterThan(1);
    expect(escalationUpdates.filter((u) => shared.has(u.youthId)).length).toBeGreaterThan(0);
  });

  it.each([false, true])(
    'writes none of them, with reason and action shared: %s',
    (shareReasonAndAction) => {
      const file = buildShareFile(
        source,
        { ...options, municipality, birthMonthOnly: false, shareReasonAndAction },
        today,
        now,
      );
      const text = JSON.stringify(file);
      for (const value of personal) if (value) expect(text).not.toContain(value);
      for (const name of ownerNames) expect(text).not.toContain(name);
      // A role word as owner may appear inside other text, never as a value of its own.
      for (const owner of allOwners) expect(text).not.toContain(JSON.stringify(owner));
      expect(text).not.toContain('"actionOwner"');
      expect(text).not.toContain('meetingId');
      expect(text).not.toContain('completedAction');
      expect(text).not.toContain('"note"');
      expect(file.data.escalations.length).toBeGreaterThan(1);
      expect(file.data.escalationUpdates.length).toBeGreaterThan(0);
      expect(file.data.assessments.some((a) => a.actionOwnerRole)).toBe(true);
      const withText = file.data.assessments.filter((a) => a.reason || a.action);
      if (shareReasonAndAction) expect(withText.length).toBeGreaterThan(0);
      else expect(withText).toEqual([]);
    },
  );

  it('copies only the listed fields of each record type', () => {
    const opts = { ...options, birthMonthOnly: false, shareReasonAndAction: true };
    expect(Object.keys(SHARE_ALLOW_LIST)).toEqual([
      'youths',
      'conditions',
      'assessments',
      'escalations',
      'escalationUpdates',
    ]);
    expect(Object.keys(SHARE_ALLOW_LIST.escalations(escalations[0]!, opts)).sort()).toEqual(
      [
        'id',
        'youthId',
        'question',
        'askedOf',
        'raisedOn',
        'answerDueOn',
        'createdAt',
        'updatedAt',
        'updatedBy',
      ].sort(),
    );
    const update = SHARE_ALLOW_LIST.escalationUpdates(escalationUpdates[0]!, opts);
    expect(Object.keys(update).sort()).toEqual(
      [
        'id',
        'escalationId',
        'youthId',
        'kind',
        'on',
        'answer',
        'outcome',
        'createdAt',
        'updatedAt',
        'updatedBy',
      ].sort(),
    );
    const youth = SHARE_ALLOW_LIST.youths(youths[0]!, opts);
    for (const field of ['clientNumber', 'coordinator', 'notes'])
      expect(youth).not.toHaveProperty(field);
    const assessment = SHARE_ALLOW_LIST.assessments(
      { ...assessments[0]!, actionOwner: 'Jet', actionOwnerRole: 'mentor' },
      opts,
    );
    expect(Object.keys(assessment).sort()).toEqual(
      [
        'id',
        'youthId',
        'conditionId',
        'colour',
        'reason',
        'action',
        'actionOwnerRole',
        'discussedWithYouth',
        'assessedAt',
        'assessedBy',
        'createdAt',
        'updatedAt',
        'updatedBy',
        ...Object.keys(assessments[0]!).filter((key) =>
          ['dueDate', 'undoes', 'actionFrom'].includes(key),
        ),
      ].sort(),
    );
  });
});
