import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeConditions } from '@/domain/conditions';
import { addMonthsIso, toIsoDate, turnsEighteenOn } from '@/domain/dates';
import type { Condition, Youth } from '@/domain/types';
import type { YouthFields } from '@/domain/youth';
import { historyForYouth, setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import {
  closeMeeting,
  confirmLights,
  createMeeting,
  getMeeting,
  listMeetings,
  setMeetingLight,
  startMeeting,
} from '@/db/meeting-repository';
import { recordEscalation } from '@/db/escalation-repository';
import { addYouth } from '@/db/youth-repository';
import { freshDatabase } from '@/testing/test-database';
import { useUiStore } from '@/ui/store';
import { formatDate } from '@/ui/format';
import { Toaster } from '@/ui/toaster';
import { MeetingMinutesPage } from './meeting-minutes-page';
import { MeetingModePage } from './meeting-mode-page';
import { MeetingPage } from './meeting-page';
import { MeetingSettings } from './meeting-settings';
import { MeetingsPage } from './meetings-page';
import { makeYouthFields } from '@/testing/factories';
import { CapabilityProvider } from '@/ui/capability';

// Writes run through several live queries: on a loaded machine they take more than a second.
configure({ asyncUtilTimeout: 5000 });

let database: UitstroombordDatabase;
let conditions: Condition[];

const base: YouthFields = makeYouthFields({ initials: 'A.A.', perspective: 'thuis' });

beforeEach(async () => {
  database = await freshDatabase();
  useUiStore.setState(useUiStore.getInitialState());
  conditions = activeConditions(await listConditions());
  window.location.hash = '';
});
afterEach(() => database.close());

async function threeYouths(): Promise<[Youth, Youth, Youth]> {
  const a = await addYouth({ ...base, initials: 'A.A.' });
  const b = await addYouth({ ...base, initials: 'B.B.', municipality: 'Deventer' });
  const c = await addYouth({ ...base, initials: 'C.C.' });
  for (const condition of conditions) {
    for (const youth of [a, b, c]) await setLight(youth.id, condition.id, { colour: 'green' });
  }
  // C.C. has two red lights, B.B. one: they go first.
  await setLight(c.id, conditions[0]!.id, { colour: 'red', reason: 'Geen plek' });
  await setLight(c.id, conditions[1]!.id, { colour: 'red' });
  await setLight(b.id, conditions[0]!.id, { colour: 'red' });
  return [a, b, c];
}

function agendaNames() {
  const list = screen.getByRole('list', { name: /^Agenda/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.agenda-name')?.textContent);
}

// Several live queries per page: give a loaded machine time.
describe('meetings', { timeout: 30_000 }, () => {
  it('plans a monthly meeting with those needing attention first, and reorders by button', async () => {
    const user = userEvent.setup();
    await threeYouths();
    render(
      <>
        <MeetingsPage />
        <Toaster />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Nieuw overleg' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    await user.type(within(dialog).getByLabelText('Voorzitter'), 'Mo');
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/overleg\//));
    const [meeting] = await listMeetings();
    expect(meeting).toMatchObject({ type: 'caseReview', chair: 'Mo', status: 'planned' });

    render(<MeetingPage id={meeting!.id} />);
    await screen.findByRole('list', { name: 'Agenda (3)' });
    expect(agendaNames()).toEqual(['C.C.', 'B.B.', 'A.A.']);
    await user.click(screen.getByRole('button', { name: 'A.A. omhoog' }));
    await waitFor(() => expect(agendaNames()).toEqual(['C.C.', 'A.A.', 'B.B.']));
    expect(screen.getByText('A.A. staat nu op plaats 2 van 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'C.C. van de agenda halen' }));
    await waitFor(() => expect(agendaNames()).toEqual(['A.A.', 'B.B.']));
    expect((await getMeeting(meeting!.id))?.agenda.map((item) => item.youthId)).toHaveLength(2);
  });

  it('limits the proposal to a location and says on each row why the young person is on it', async () => {
    const user = userEvent.setup();
    const transition = conditions.find((condition) => condition.key === 'transition18')!;
    const housing = conditions.find((condition) => condition.key === 'housing')!;
    const today = toIsoDate(new Date());
    // Turns 18 in about three months: within the six-month horizon.
    const birthDate = addMonthsIso(addMonthsIso(today, 3), -18 * 12);
    const near = await addYouth({
      ...base,
      initials: 'N.N.',
      birthDate,
      location: 'De Eik',
      coordinator: 'Sam',
    });
    // 14: far from 18, 18+ overgang n.v.t. by age.
    const young = { ...base, birthDate: addMonthsIso(today, -14 * 12) };
    const calm = await addYouth({ ...young, initials: 'K.K.', location: 'De Eik' });
    const elsewhere = await addYouth({ ...young, initials: 'L.L.', location: 'De Linde' });
    for (const condition of conditions) {
      for (const youth of [near, calm, elsewhere])
        if (youth === near || condition !== transition)
          await setLight(youth.id, condition.id, { colour: 'green' });
    }
    await setLight(near.id, transition.id, { colour: 'red', reason: 'Geen plan na 18' });
    await setLight(calm.id, housing.id, { colour: 'red', reason: 'Geen woonplek' });
    await setLight(calm.id, conditions[1]!.id, { colour: 'red', reason: 'Geen school' });

    render(<MeetingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Nieuw overleg' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    const scope = within(dialog).getByRole('group', { name: 'Agenda voorstellen voor' });
    expect(within(scope).getByLabelText('Locatie')).toHaveValue('');
    expect(within(scope).getByLabelText('Zorgcoördinator')).toHaveValue('');
    await user.selectOptions(within(scope).getByLabelText('Locatie'), 'De Eik');
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    await waitFor(async () => expect(await listMeetings()).toHaveLength(1));
    const [meeting] = await listMeetings();
    expect(meeting?.agenda.map((item) => item.youthId)).toEqual([near.id, calm.id]);
    // The limit stays with the meeting: its title says it, and proposing again starts from it.
    expect(meeting?.agendaScope).toEqual({ location: 'De Eik' });

    render(<MeetingPage id={meeting!.id} />);
    await screen.findByRole('list', { name: 'Agenda (2)' });
    expect(
      screen.getByRole('heading', { level: 1, name: /· De Eik \(gepland\)$/ }),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: /^Agenda/ })).getAllByRole('listitem');
    // The 18th birthday is a high signal: it outranks K.K.'s two reds, and the row says so first.
    await waitFor(() =>
      expect(rows[0]!.querySelector('.agenda-reasons')?.textContent).toBe(
        `Waarom: hoog Wordt 18 op ${formatDate(turnsEighteenOn(birthDate))}, 18+ overgang rood; · R 1 rood`,
      ),
    );
    expect(rows[1]!.querySelector('.agenda-reasons')?.textContent).toBe('Waarom: R 2 rood');

    // Proposing again: from the stored limit, for everyone, or only Sam's young people.
    const again = screen.getByRole('group', { name: 'Agenda voorstellen voor' });
    expect(within(again).getByLabelText('Locatie')).toHaveValue('De Eik');
    await user.selectOptions(within(again).getByLabelText('Locatie'), '');
    await user.selectOptions(within(again).getByLabelText('Zorgcoördinator'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Agenda opnieuw voorstellen' }));
    await screen.findByRole('list', { name: 'Agenda (1)' });
    await user.selectOptions(within(again).getByLabelText('Zorgcoördinator'), '');
    await user.click(screen.getByRole('button', { name: 'Agenda opnieuw voorstellen' }));
    await screen.findByRole('list', { name: 'Agenda (3)' });
  });

  it('asks for a municipality for a municipal review and proposes only its residents', async () => {
    const user = userEvent.setup();
    await threeYouths();
    render(<MeetingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Nieuw overleg' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    await user.selectOptions(within(dialog).getByLabelText('Soort overleg'), 'municipalReview');
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    expect(within(dialog).getByText('Kies ten minste één gemeente.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Deventer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    await waitFor(async () => expect(await listMeetings()).toHaveLength(1));
    const [meeting] = await listMeetings();
    expect(meeting?.municipalities).toEqual(['Deventer']);
    expect(meeting?.agenda).toHaveLength(1);
  });

  it('a municipal review opens with the figures, then shows each young person without client number or names', async () => {
    const user = userEvent.setup();
    const a = await addYouth({
      ...base,
      initials: 'K.L.',
      clientNumber: 'CL-4711',
      coordinator: 'Mehmet K.',
      notes: 'Gezinsgesprekken eens per twee weken',
    });
    await addYouth({ ...base, initials: 'M.N.', municipality: 'Deventer' });
    await setLight(a.id, conditions[0]!.id, {
      colour: 'red',
      reason: 'Geen woning',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Fatima E.',
    });
    const meeting = await createMeeting(
      {
        type: 'municipalReview',
        date: '2026-12-01',
        chair: 'Sanne W.',
        attendees: [],
        municipalities: [base.municipality],
      },
      [{ youthId: a.id, notes: '' }],
    );
    await startMeeting(meeting.id);
    await recordEscalation(a.id, {
      question: 'Een plek begeleid wonen',
      askedOf: 'contractmanager',
      raisedOn: '2026-11-01',
      answerDueOn: '2026-11-15',
    });
    render(<MeetingModePage id={meeting.id} personSwitcher={<p>Ingelogd als Lotte B.</p>} />);

    const summary = await screen.findByRole('table', { name: 'Stand per gemeente' });
    const cell = (figure: string) =>
      within(within(summary).getByRole('row', { name: new RegExp(`^${figure}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cell('Geplaatst')).toEqual(['1']);
    expect(cell(`Rood: ${conditions[0]!.name}`)).toEqual(['1']);
    expect(
      within(summary).getByRole('link', { name: `Maandrapport ${base.municipality}` }),
    ).toHaveAttribute('href', expect.stringContaining('/rapport/'));
    expect(screen.queryByRole('heading', { level: 2, name: 'K.L.' })).toBeNull();
    // Counted from the recorded escalations, once they are read.
    await waitFor(() => expect(cell('Open escalaties')).toEqual(['1']));

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 2, name: 'K.L.' })).toBeInTheDocument();
    expect(await screen.findAllByText(/Aanmelden begeleid wonen/)).not.toHaveLength(0);
    const text = document.body.textContent ?? '';
    for (const hidden of ['CL-4711', 'Mehmet K.', 'Gezinsgesprekken', 'Fatima E.', 'Lotte B.'])
      expect(text).not.toContain(hidden);
    // No role was recorded (the repository stores it from the light editor): the owner stays blank.
    expect(text).not.toContain('actiehouder');
    // Back to the figures with the other arrow.
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('table', { name: 'Stand per gemeente' })).toBeInTheDocument();
  });

  it('a reader who may not write sees the meeting but no control that writes', async () => {
    const [a] = await threeYouths();
    const meeting = await createMeeting(
      { type: 'caseReview', date: '2026-12-01', chair: '', attendees: [], municipalities: [] },
      [{ youthId: a.id, notes: 'Woonplek besproken' }],
    );
    await startMeeting(meeting.id);
    render(
      <CapabilityProvider value={{ write: false, readOnlyBecause: 'review' }}>
        <MeetingModePage id={meeting.id} />
      </CapabilityProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'A.A.' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Besproken, ongewijzigd' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Overleg afsluiten' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Woonplek besproken')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.keyboard('1r');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await historyForYouth(a.id)).filter((x) => x.meetingId === meeting.id)).toEqual([]);
  });

  it('the details form checks the times in Dutch and proposes 10:00–11:30 for a new municipal review', async () => {
    const user = userEvent.setup();
    await threeYouths();
    render(<MeetingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Nieuw overleg' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    expect(within(dialog).getByLabelText(/^Begintijd/)).toHaveValue('');
    await user.selectOptions(within(dialog).getByLabelText('Soort overleg'), 'municipalReview');
    expect(within(dialog).getByLabelText(/^Begintijd/)).toHaveValue('10:00');
    expect(within(dialog).getByLabelText(/^Eindtijd/)).toHaveValue('11:30');
    await user.click(within(dialog).getByRole('checkbox', { name: base.municipality }));
    const end = within(dialog).getByLabelText(/^Eindtijd/);
    await user.clear(end);
    await user.type(end, '09:30');
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    expect(
      await within(dialog).findByText('De eindtijd moet na de begintijd liggen, op dezelfde dag.'),
    ).toBeInTheDocument();
    expect(await listMeetings()).toEqual([]);
    await user.clear(end);
    await user.type(end, '12:00');
    await user.type(within(dialog).getByLabelText(/^Plaats/), 'Stadhuis, zaal 3');
    await user.click(within(dialog).getByRole('button', { name: 'Plannen en agenda voorstellen' }));
    await waitFor(async () =>
      expect(await listMeetings()).toMatchObject([
        { startTime: '10:00', endTime: '12:00', place: 'Stadhuis, zaal 3' },
      ]),
    );
  });

  it('runs the meeting by keyboard and the minutes show exactly what changed', async () => {
    const user = userEvent.setup();
    const [a, b, c] = await threeYouths();
    const meeting = await createMeeting(
      { type: 'caseReview', date: '2026-12-01', chair: '', attendees: [], municipalities: [] },
      [c, b, a].map((youth) => ({ youthId: youth.id, notes: '' })),
    );
    await startMeeting(meeting.id);
    render(
      <>
        <MeetingModePage id={meeting.id} />
        <Toaster />
      </>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'C.C.' })).toBeInTheDocument();
    expect(screen.getByText('0 van 3 besproken')).toBeInTheDocument();
    // Wonen is red; "o" makes it amber, recorded with the meeting.
    await user.keyboard('1o');
    await waitFor(async () => expect((await historyForYouth(c.id))[0]?.colour).toBe('amber'));
    expect(await screen.findByRole('button', { name: 'Wonen: oranje' })).toBeInTheDocument();
    const history = await historyForYouth(c.id);
    // One key says only the colour: the red light's reason does not travel to amber.
    expect(history[0]).toMatchObject({
      colour: 'amber',
      reason: '',
      discussedWithYouth: 'notDiscussed',
      meetingId: meeting.id,
    });
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 2, name: 'B.B.' })).toBeInTheDocument();
    await user.keyboard('b');
    expect(await screen.findByRole('heading', { level: 2, name: 'A.A.' })).toBeInTheDocument();
    // The next young person shows at once; the count follows from the live query of the history.
    expect(await screen.findByText('2 van 3 besproken')).toBeInTheDocument();
    expect((await historyForYouth(b.id)).filter((x) => x.meetingId === meeting.id)).toHaveLength(
      conditions.length,
    );

    await user.click(screen.getByRole('button', { name: 'Overleg afsluiten' }));
    const dialog = screen.getByRole('dialog', { name: 'Overleg afsluiten' });
    await user.click(within(dialog).getByRole('button', { name: 'Overleg afsluiten' }));
    await waitFor(() => expect(window.location.hash).toMatch(/\/verslag$/));
    expect((await getMeeting(meeting.id))?.status).toBe('closed');

    render(<MeetingMinutesPage id={meeting.id} />);
    const moved = await screen.findByRole('table', { name: 'Gewijzigde stoplichten' });
    const rows = within(moved).getAllByRole('row');
    expect(rows).toHaveLength(2);
    // Each light is letter plus word, so the minutes read in black and white.
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['C.C.', 'Wonen', 'R rood → O oranje', 'reden ontbreekt', '', '', '']);
    const confirmed = screen.getByRole('region', { name: 'Besproken, ongewijzigd' });
    expect(
      within(confirmed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['B.B.']);
    const notDiscussed = screen.getByRole('region', { name: 'Niet besproken' });
    expect(
      within(notDiscussed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A.A.']);
  });

  it('refuses "Besproken, ongewijzigd" while a light is unassessed and leads to it by keyboard', async () => {
    const user = userEvent.setup();
    const finances = conditions.find((condition) => condition.key === 'finances')!;
    // 17: every default condition applies; Financiën was never assessed.
    const d = await addYouth({ ...base, initials: 'D.D.', birthDate: '2009-03-01' });
    const e = await addYouth({ ...base, initials: 'E.E.' });
    for (const condition of conditions) {
      if (condition !== finances) await setLight(d.id, condition.id, { colour: 'green' });
    }
    const meeting = await createMeeting(
      { type: 'caseReview', date: '2026-12-01', chair: '', attendees: [], municipalities: [] },
      [d, e].map((youth) => ({ youthId: youth.id, notes: '' })),
    );
    await startMeeting(meeting.id);
    render(
      <>
        <MeetingModePage id={meeting.id} />
        <Toaster />
      </>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'D.D.' })).toBeInTheDocument();
    const before = await historyForYouth(d.id);

    await user.keyboard('b');
    const refusal = await screen.findByText(
      'D.D. kan nog niet als ongewijzigd besproken worden: dit stoplicht is nog niet beoordeeld: Financiën. Beoordeel eerst; ‘besproken, ongewijzigd’ is niet vastgelegd.',
    );
    expect(refusal).toHaveAttribute('role', 'alert');
    // Nothing written, still on D.D., not discussed.
    expect(screen.getByRole('heading', { level: 2, name: 'D.D.' })).toBeInTheDocument();
    expect(screen.getByText('0 van 2 besproken')).toBeInTheDocument();
    expect(await historyForYouth(d.id)).toEqual(before);
    expect((await getMeeting(meeting.id))?.agenda[0]?.discussedAt).toBeUndefined();

    // The button in the message has the focus: Enter opens Financiën in the light editor.
    const assess = screen.getByRole('button', { name: 'Financiën nu beoordelen' });
    expect(assess).toHaveFocus();
    await user.keyboard('{Enter}');
    const editor = await screen.findByRole('dialog', { name: 'D.D. – Financiën' });
    await user.click(within(editor).getByRole('radio', { name: /^oranje/i }));
    await user.click(within(editor).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(refusal).not.toBeInTheDocument());

    await user.keyboard('b');
    expect(await screen.findByRole('heading', { level: 2, name: 'E.E.' })).toBeInTheDocument();
    expect((await historyForYouth(d.id)).filter((x) => x.meetingId === meeting.id)).toHaveLength(
      conditions.length + 1,
    );
  });

  it('minutes: changed lights with reason and action, completed and replaced actions apart, escalations by municipality', async () => {
    const [housing, school] = conditions;
    const a = await addYouth({ ...base, initials: 'A.A.', municipality: 'Zwolle' });
    const b = await addYouth({ ...base, initials: 'B.B.', municipality: 'Deventer' });
    for (const condition of conditions) {
      for (const youth of [a, b]) await setLight(youth.id, condition.id, { colour: 'amber' });
    }
    await setLight(a.id, housing!.id, { colour: 'red', action: 'Bellen', actionOwner: 'Sam' });
    await setLight(a.id, school!.id, { colour: 'amber', action: 'Aanmelden', actionOwner: 'Sam' });
    // B.B.: Wonen red for the third review in a row at the meeting.
    await setLight(b.id, housing!.id, { colour: 'red' });
    await setLight(b.id, housing!.id, { colour: 'red' });
    const meeting = await createMeeting(
      { type: 'caseReview', date: '2026-12-01', chair: '', attendees: [], municipalities: [] },
      [a, b].map((youth) => ({ youthId: youth.id, notes: '' })),
    );
    await startMeeting(meeting.id);
    await setMeetingLight(meeting.id, a.id, housing!.id, {
      colour: 'amber',
      reason: 'Wachtlijst begeleid wonen',
      action: 'Inschrijven bij De Kern',
      actionOwner: 'Mo',
      dueDate: '2026-12-15',
    });
    await setMeetingLight(meeting.id, a.id, school!.id, { colour: 'green' });
    await confirmLights(meeting.id, b.id);
    await closeMeeting(meeting.id);

    render(<MeetingMinutesPage id={meeting.id} />);
    const moved = await screen.findByRole('table', { name: 'Gewijzigde stoplichten' });
    expect(
      within(moved)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Jongere',
      'Randvoorwaarde',
      'Was → nu',
      'Wat ontbreekt',
      'Actie',
      'Actiehouder',
      'Streefdatum',
    ]);
    const cellsOf = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
    expect(cellsOf(moved)).toEqual([
      [
        'A.A.',
        'Wonen',
        'R rood → O oranje',
        'Wachtlijst begeleid wonen',
        'Inschrijven bij De Kern',
        'Mo',
        '15 dec. 2026',
      ],
      ['A.A.', 'Onderwijs / werk', 'O oranje → G groen', '', '', '', ''],
    ]);
    expect(
      cellsOf(screen.getByRole('table', { name: 'Afgeronde acties' })).map((row) =>
        row.slice(0, 4),
      ),
    ).toEqual([['A.A.', 'Onderwijs / werk', 'Aanmelden', 'Sam']]);
    expect(
      cellsOf(screen.getByRole('table', { name: 'Vervangen acties' })).map((row) =>
        row.slice(0, 5),
      ),
    ).toEqual([['A.A.', 'Wonen', 'Bellen', 'Inschrijven bij De Kern', 'Sam']]);
    expect(cellsOf(screen.getByRole('table', { name: 'Kandidaten voor escalatie' }))).toEqual([
      ['Deventer', 'B.B.', 'Wonen', 'R 3× rood'],
    ]);
    expect(screen.queryByText(/Afgeronde of vervangen/)).not.toBeInTheDocument();
  });

  it('saves the cadence and rejects an impossible interval next to the field', async () => {
    const user = userEvent.setup();
    render(<MeetingSettings />);
    const interval = await screen.findByLabelText('Om de hoeveel weken');
    await user.clear(interval);
    await user.type(interval, '40');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Kies 1 tot en met 26 weken.')).toBeInTheDocument();
    await user.clear(interval);
    await user.type(interval, '4');
    await user.selectOptions(screen.getByLabelText('Week van de maand'), '-1');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () =>
      expect((await database.settings.toArray())[0]?.meetingCadence).toEqual({
        caseReview: { week: -1, weekday: 2 },
        municipalReview: { startDate: '2026-01-13', intervalWeeks: 4 },
      }),
    );
  });
});
