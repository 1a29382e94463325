import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { indexCurrentLights } from './board';
import type { ConditionId, EscalationId, ReviewRequestId, YouthId } from './ids';
import {
  meetingProjection,
  municipalSummary,
  ownerShown,
  projectLight,
  projectSignal,
  projectYouth,
} from './municipal-review';
import { buildShareFile } from './share';
import type { Signal } from './signals';
import type { Assessment } from './types';

const today = '2026-12-07';

describe('municipalSummary', () => {
  const wonen = makeCondition({ name: 'Wonen' });
  const school = makeCondition({ name: 'School' });
  // Applies from 16: a 12-year-old's light is n.v.t. and never red.
  const adult = makeCondition({ name: '18+', appliesFromAge: 16 });
  const conditions = [wonen, school, adult];

  const a = makeYouth({ municipality: 'Zeist', birthDate: '2009-03-01' }); // 18 on 2027-03-01
  const b = makeYouth({ municipality: 'Zeist', birthDate: '2014-01-01', plannedEnd: '2027-02-01' });
  const c = makeYouth({ municipality: 'Zeist', birthDate: '2010-01-01', plannedEnd: '2026-11-30' });
  const d = makeYouth({
    municipality: 'Utrecht',
    birthDate: '2009-06-07',
    plannedEnd: '2027-03-08',
  });
  const left = makeYouth({ municipality: 'Zeist', status: 'left', plannedEnd: '2026-01-01' });
  const elsewhere = makeYouth({ municipality: 'Amersfoort', plannedEnd: '2026-01-01' });
  const lights = indexCurrentLights([
    { ...makeAssessment({ youthId: a.id, conditionId: wonen.id, colour: 'red' }) },
    { ...makeAssessment({ youthId: a.id, conditionId: school.id, colour: 'red' }) },
    { ...makeAssessment({ youthId: b.id, conditionId: wonen.id, colour: 'amber' }) },
    { ...makeAssessment({ youthId: c.id, conditionId: wonen.id, colour: 'red' }) },
    { ...makeAssessment({ youthId: d.id, conditionId: adult.id, colour: 'red' }) },
    { ...makeAssessment({ youthId: left.id, conditionId: wonen.id, colour: 'red' }) },
  ] as never);

  const summary = municipalSummary({
    municipalities: ['Zeist', 'Utrecht', 'Bunnik'],
    youths: [a, b, c, d, left, elsewhere],
    conditions,
    lights,
    today,
  });
  const [zeist, utrecht, bunnik] = summary.municipalities;

  it('counts only placed residents of the chosen municipalities, in the order chosen', () => {
    expect(summary.municipalities.map((row) => row.municipality)).toEqual([
      'Zeist',
      'Utrecht',
      'Bunnik',
    ]);
    expect(zeist?.placed).toBe(3);
    expect(utrecht?.placed).toBe(1);
    expect(bunnik?.placed).toBe(0);
    expect(summary.total.placed).toBe(4);
  });

  it('counts red per condition and anyone with a red light', () => {
    expect(zeist?.redByCondition.map((entry) => entry.count)).toEqual([2, 1, 0]);
    expect(zeist?.withRed).toBe(2);
    expect(utrecht?.redByCondition.map((entry) => entry.count)).toEqual([0, 0, 1]);
    expect(summary.total.redByCondition.map((entry) => entry.count)).toEqual([2, 1, 1]);
    expect(summary.total.redByCondition.map((entry) => entry.conditionId)).toEqual(
      conditions.map((condition) => condition.id),
    );
    expect(summary.total.withRed).toBe(3);
  });

  it('turning 18 within 6 months, outflow within 3 months, planned end passed', () => {
    // a turns 18 on 2027-03-01 (within 6 months); d on 2027-06-07 (exactly 6 months: counts).
    expect(zeist?.turningEighteen).toBe(1);
    expect(utrecht?.turningEighteen).toBe(1);
    // b leaves 2027-02-01 (within 3 months); d 2027-03-08 is one day past 3 months.
    expect(zeist?.outflowDue).toBe(1);
    expect(utrecht?.outflowDue).toBe(0);
    // c's planned end passed; the one who left and the non-chosen municipality do not count.
    expect(zeist?.pastPlannedEnd).toBe(1);
    expect(summary.total.pastPlannedEnd).toBe(1);
  });

  it('has no escalation figure until escalations are given, then sums them', () => {
    expect(zeist).not.toHaveProperty('escalationsOpen');
    expect(summary.total).not.toHaveProperty('escalationsOpen');
    const withEscalations = municipalSummary({
      municipalities: ['Zeist', 'Utrecht'],
      youths: [a, b, d],
      conditions,
      lights,
      today,
      openEscalations: new Map<YouthId, number>([
        [a.id, 2],
        [b.id, 1],
      ]),
    });
    expect(withEscalations.municipalities.map((row) => row.escalationsOpen)).toEqual([3, 0]);
    expect(withEscalations.total.escalationsOpen).toBe(3);
  });

  it('a municipality chosen twice is one row', () => {
    const twice = municipalSummary({
      municipalities: ['Zeist', 'Zeist'],
      youths: [a],
      conditions,
      lights,
      today,
    });
    expect(twice.municipalities).toHaveLength(1);
    expect(twice.total.placed).toBe(1);
  });
});

describe('meetingProjection: what a meeting may put on the screen', () => {
  const youth = makeYouth({
    clientNumber: 'CL-12345',
    coordinator: 'Mehmet K.',
    notes: 'Gezinsgesprekken eens per twee weken',
    procesregie: 'Wijkteam Zeist',
    plannedEnd: '2027-01-01',
    updatedBy: 'Sanne W.',
  });
  const light: Assessment = makeAssessment({
    youthId: youth.id,
    conditionId: makeCondition().id,
    reason: 'Geen woning',
    action: 'Aanmelden begeleid wonen',
    actionOwner: 'Fatima E.',
    actionOwnerRole: 'coordinator',
    assessedBy: 'Lotte B.',
    updatedBy: 'Lotte B.',
    dueDate: '2027-01-15',
  });
  const names = ['CL-12345', 'Mehmet K.', 'Gezinsgesprekken', 'Sanne W.', 'Fatima E.', 'Lotte B.'];

  it('a case review shows everything, as before', () => {
    const projection = meetingProjection('caseReview');
    expect(projectYouth(youth, projection)).toBe(youth);
    expect(projectLight(light, projection)).toBe(light);
    expect(ownerShown(projectLight(light, projection))).toEqual({
      kind: 'name',
      name: 'Fatima E.',
    });
    expect(projection.openingSummary).toBe(false);
  });

  it('a municipal review shows no client number, notes or colleague name', () => {
    const projection = meetingProjection('municipalReview');
    const shownYouth = JSON.stringify(projectYouth(youth, projection));
    const shownLight = JSON.stringify(projectLight(light, projection));
    for (const name of names) {
      expect(shownYouth).not.toContain(name);
      expect(shownLight).not.toContain(name);
    }
    expect(projection.reviewRequestNote).toBe(false);
    expect(projection.currentPerson).toBe(false);
    expect(projection.openingSummary).toBe(true);
  });

  it('a municipal review keeps what the meeting is about, and the owner as a role', () => {
    const projection = meetingProjection('municipalReview');
    const shown = projectLight(light, projection);
    expect(shown).toMatchObject({
      colour: 'red',
      reason: 'Geen woning',
      action: 'Aanmelden begeleid wonen',
      dueDate: '2027-01-15',
    });
    expect(ownerShown(shown)).toEqual({ kind: 'role', role: 'coordinator' });
    expect(ownerShown(projectLight({ ...light, actionOwnerRole: undefined }, projection))).toBe(
      undefined,
    );
    expect(projectYouth(youth, projection)).toMatchObject({
      initials: youth.initials,
      birthDate: youth.birthDate,
      municipality: youth.municipality,
      plannedEnd: '2027-01-01',
      procesregie: 'Wijkteam Zeist',
    });
  });

  it('a field added to a young person later is not projected until someone allows it', () => {
    const projection = meetingProjection('municipalReview');
    const future = { ...youth, favouriteColour: 'blauw' } as typeof youth;
    expect(projectYouth(future, projection)).not.toHaveProperty('favouriteColour');
  });

  it('shows no young person field the share file leaves out', () => {
    const projection = meetingProjection('municipalReview');
    const full = { ...youth, perspective: 'thuis' as const, leftOn: '2026-12-01' };
    const file = buildShareFile(
      { youths: [full], conditions: [], assessments: [] },
      { municipality: full.municipality, birthMonthOnly: false, actorLabel: 'Aanbieder' },
      today,
      `${today}T10:00:00.000Z`,
    );
    const shared = Object.keys(file.data.youths[0] ?? {});
    const shown = Object.keys(projectYouth(full, projection));
    for (const field of shown) expect(shared).toContain(field);
  });
});

describe('projectSignal: a signal as the meeting may show it', () => {
  const youthId = 'y' as YouthId;
  const request: Signal = {
    kind: 'reviewRequested',
    youthId,
    severity: 'high',
    requestId: 'r' as ReviewRequestId,
    trigger: 'crisis',
    note: 'Intern: ruzie op de groep',
    requestedAt: '2026-11-01T10:00:00.000Z',
  };
  const overdue: Signal = {
    kind: 'actionOverdue',
    youthId,
    severity: 'medium',
    conditionId: 'c' as ConditionId,
    action: 'Woning zoeken',
    owner: 'Mehmet K.',
    dueDate: '2026-10-01',
    daysOverdue: 30,
  };
  const escalation: Signal = {
    kind: 'escalationOpen',
    youthId,
    severity: 'high',
    escalationId: 'e' as EscalationId,
    status: 'open',
    question: 'Wie betaalt de woonbegeleiding?',
    askedOf: 'Mw. de Boer',
    answerDueOn: '2026-12-01',
    daysOverdue: 0,
  };

  it('keeps everything in a case review', () => {
    const projection = meetingProjection('caseReview');
    for (const signal of [request, overdue, escalation])
      expect(projectSignal(signal, projection)).toBe(signal);
  });

  it('drops the request note and every name in a municipal review', () => {
    const projection = meetingProjection('municipalReview');
    expect(projectSignal(request, projection)).toEqual({ ...request, note: '' });
    expect(projectSignal(overdue, projection)).toEqual({ ...overdue, owner: '' });
    expect(projectSignal(escalation, projection)).toEqual({ ...escalation, askedOf: '' });
  });
});
