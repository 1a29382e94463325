import type { IsoWeekday, WeekOfMonth } from '@/domain/meetings';
import type { MeetingStatus, MeetingType } from '@/domain/meeting-types';
import { common } from './common';
import { byCount, plural } from './numbers';
import type { SignalPhrasing } from './signals';

const place = (position: number, total: number) => `plaats ${position} van ${total}`;

/** "Wonen", "Wonen en Netwerk", "Wonen, Financiën en Netwerk". */
const listOf = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;

const actionsOverdue = (conditions: readonly string[]) =>
  `${byCount(conditions.length, 'Actie', 'Acties')} verlopen: ${listOf(conditions)}`;

export const meetings = {
  title: 'Overleggen',
  loading: 'Overleggen worden geladen…',
  notFound: 'Dit overleg bestaat niet (meer).',
  backToList: 'Terug naar overleggen',
  type: {
    caseReview: 'Maandelijks casusoverleg',
    municipalReview: 'Zeswekelijks gemeentelijk overleg',
  } satisfies Record<MeetingType, string>,
  typeShort: {
    caseReview: 'Casusoverleg',
    municipalReview: 'Gemeentelijk overleg',
  } satisfies Record<MeetingType, string>,
  status: {
    planned: 'gepland',
    inProgress: 'bezig',
    closed: 'afgerond',
  } satisfies Record<MeetingStatus, string>,
  heading: (type: string, date: string) => `${type} ${date}`,

  // List
  newMeeting: 'Nieuw overleg',
  cadenceHeading: 'Volgende overleggen',
  nextDate: (type: string, date: string) => `${type}: ${date}`,
  cadenceHint: 'Het ritme stel je in bij Instellingen.',
  warningsHeading: 'Let op',
  warning: {
    notHeld: (title: string) => `${title} is gepland maar nog niet gehouden.`,
    notClosed: (title: string) => `${title} is nog niet afgesloten.`,
    missed: (type: string, date: string) =>
      `${type} had op ${date} moeten plaatsvinden; er is geen overleg in die week.`,
  },
  plannedHeading: 'Gepland en bezig',
  pastHeading: 'Afgerond',
  noPlanned: 'Er is geen overleg gepland.',
  noPast: 'Nog geen afgeronde overleggen.',
  columns: {
    date: 'Datum',
    type: 'Soort',
    status: 'Status',
    agenda: 'Agenda',
    links: 'Openen',
  },
  agendaCount: (discussed: number, total: number) => `${discussed} van ${total} besproken`,
  openPlan: 'Voorbereiden',
  openMode: 'Vergadermodus',
  openMinutes: 'Verslag',
  linkLabel: (action: string, title: string) => `${action}: ${title}`,

  // New / details form
  newTitle: 'Nieuw overleg plannen',
  fields: {
    type: 'Soort overleg',
    date: 'Datum',
    chair: 'Voorzitter',
    attendees: 'Aanwezigen',
    attendeesHint: 'Namen gescheiden door komma’s.',
    municipalities: 'Gemeenten aan tafel',
    notes: 'Algemene notities',
    startTime: 'Begintijd',
    endTime: 'Eindtijd',
    timeHint: 'Niet verplicht. Nederlandse tijd, bijvoorbeeld 10:00.',
    place: 'Plaats',
    placeHint: 'Niet verplicht: een zaal, adres of videoverbinding. Komt in de agenda-afspraak.',
  },
  timeError: {
    invalid: 'Vul een tijd in als 10:00 (uren en minuten).',
    endWithoutStart: 'Vul ook een begintijd in, of laat de eindtijd leeg.',
    endBeforeStart: 'De eindtijd moet na de begintijd liggen, op dezelfde dag.',
  },
  /** "10:00–11:30", "vanaf 10:00". */
  timeSpan: (start: string, end?: string) => (end ? `${start}–${end}` : `vanaf ${start}`),
  chooseMunicipality: 'Kies ten minste één gemeente.',
  noMunicipalities: 'Er staan nog geen jongeren op het bord.',
  create: 'Plannen en agenda voorstellen',
  created: (count: number) =>
    `Overleg gepland met ${plural(count, 'jongere', 'jongeren')} op de agenda.`,
  saved: 'Overleg opgeslagen.',

  // Plan page
  planIntro:
    'Voorgesteld: eerst jongeren met signalen (zwaarste eerst), dan met de meeste rode stoplichten en verlopen acties. Bij elke jongere staat waarom. Verander de volgorde door te slepen, met het toetsenbord of met de knoppen.',
  detailsHeading: 'Gegevens',
  agendaHeading: (count: number) => `Agenda (${count})`,
  agendaEmpty: 'De agenda is leeg. Voeg jongeren toe of stel de agenda opnieuw voor.',
  propose: 'Agenda opnieuw voorstellen',
  proposed: (count: number) => `Agenda voorgesteld: ${plural(count, 'jongere', 'jongeren')}.`,
  addYouth: 'Jongere toevoegen aan de agenda',
  chooseYouth: 'Kies een jongere',
  add: 'Toevoegen',
  added: (who: string) => `${who} staat op de agenda.`,
  remove: 'Verwijderen',
  removeLabel: (who: string) => `${who} van de agenda halen`,
  removed: (who: string) => `${who} is van de agenda gehaald.`,
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  moveUpLabel: (who: string) => `${who} omhoog`,
  moveDownLabel: (who: string) => `${who} omlaag`,
  movedTo: (who: string, position: number, total: number) =>
    `${who} staat nu op ${place(position, total)}.`,
  handle: (who: string) => `${who} verplaatsen`,
  redCount: (count: number) => `${count} rood`,
  reasonsLabel: 'Waarom:',
  reason: {
    /** The short form of each signal on an agenda row (the full sentence is `t.signals.explain`). */
    signal: {
      reviewRequested: () => 'Herbeoordeling gevraagd',
      turningEighteen: (signal, context) =>
        `${signal.daysUntil < 0 ? 'Werd' : 'Wordt'} 18 op ${context.date(signal.turnsOn)}, 18+ overgang ${common.light[signal.state]}`,
      plannedEndNearWithRed: (signal, context) =>
        `Uitstroom gepland ${context.date(signal.plannedEnd)}, nog rood`,
      plannedEndPassed: (signal, context) =>
        `Geplande uitstroom ${context.date(signal.plannedEnd)} verstreken`,
      redStreak: (signal, context) =>
        `${context.conditionName(signal.conditionId)} ${signal.count}× op rij rood`,
      escalationOpen: (signal, context) =>
        signal.daysOverdue > 0
          ? `Escalatie: antwoord te laat (vóór ${context.date(signal.answerDueOn)})`
          : `Escalatie open, antwoord vóór ${context.date(signal.answerDueOn)}`,
      actionOverdue: (signal, context) =>
        actionsOverdue([context.conditionName(signal.conditionId)]),
      noPerspective: (signal) => `${signal.age} jaar, geen perspectief`,
      evaluationDue: (signal, context) => `Evaluatiemoment ${context.date(signal.date)}`,
      reasonMissing: (signal, context) =>
        `Reden ontbreekt: ${listOf(signal.conditionIds.map(context.conditionName))}`,
      stale: (signal) => `${plural(signal.weeks, 'week', 'weken')} niet beoordeeld`,
    } satisfies SignalPhrasing,
    /** Overdue actions of several lights in a row, as one reason. */
    actionOverdue: actionsOverdue,
    overdueActions: (count: number) => `${plural(count, 'actie', 'acties')} verlopen`,
    turnsEighteen: (date: string) => `Wordt 18 op ${date}`,
    plannedEnd: (date: string) => `Uitstroom gepland ${date}`,
  },
  scope: {
    legend: 'Agenda voorstellen voor',
    location: 'Locatie',
    allLocations: 'Alle locaties',
    coordinator: 'Zorgcoördinator',
    allCoordinators: 'Alle zorgcoördinatoren',
  },
  discussedMark: 'besproken',
  startMeeting: 'Overleg starten',
  continueMeeting: 'Naar de vergadermodus',
  exportIcs: 'Agenda-afspraak (.ics)',
  icsDescription: (count: number) => `Agenda: ${plural(count, 'jongere', 'jongeren')}.`,
  /** The calendar event's title: the meeting type and, for a municipal review, who is at the table. */
  icsTitle: (type: string, municipalities: readonly string[]) =>
    municipalities.length > 0 ? `${type} – ${listOf(municipalities)}` : type,
  icsMunicipalities: (municipalities: readonly string[]) => `Gemeenten: ${listOf(municipalities)}.`,

  // The opening summary of a municipal review
  summary: {
    heading: 'Stand per gemeente',
    intro: (date: string) =>
      `Geplaatste jongeren van de gemeenten aan tafel, stand op ${date}. Per gemeente staat het maandrapport klaar.`,
    figure: 'Kengetal',
    total: 'Totaal',
    placed: 'Geplaatst',
    withRed: 'Met een rood stoplicht',
    red: (condition: string) => `Rood: ${condition}`,
    turningEighteen: 'Wordt 18 binnen 6 maanden',
    outflowDue: 'Uitstroom gepland binnen 3 maanden',
    pastPlannedEnd: 'Geplande uitstroom verstreken',
    escalationsOpen: 'Open escalaties',
    reportLink: (municipality: string) => `Maandrapport ${municipality}`,
    position: 'Overzicht vóór de jongeren',
    noMunicipalities: 'Er zijn geen gemeenten gekozen voor dit overleg.',
  },
  /** Where an action owner is shown as a role (a municipal review). */
  ownerRole: (role: string) => `actiehouder: ${role}`,
  drag: {
    roleDescription: 'sleepknop',
    instructions:
      'Druk op spatie of Enter om de jongere op te pakken. Verplaats met pijl omhoog en pijl omlaag. Druk nogmaals op spatie of Enter om neer te zetten, of op Escape om te annuleren.',
    pickedUp: (who: string, position: number, total: number) =>
      `${who} opgepakt, ${place(position, total)}.`,
    over: (who: string, position: number, total: number) =>
      `${who} naar ${place(position, total)}.`,
    notOver: (who: string) => `${who} staat niet boven de agenda.`,
    dropped: (who: string, position: number, total: number) =>
      `${who} neergezet op ${place(position, total)}.`,
    droppedOutside: (who: string) =>
      `${who} neergezet buiten de agenda; de volgorde blijft gelijk.`,
    cancelled: (who: string, position: number, total: number) =>
      `Verplaatsen geannuleerd. ${who} blijft op ${place(position, total)}.`,
  },

  // Meeting mode
  modeTitle: (title: string) => `Vergadering: ${title}`,
  progress: (discussed: number, total: number) => `${discussed} van ${total} besproken`,
  position: (position: number, total: number) => `Jongere ${position} van ${total}`,
  previous: 'Vorige',
  next: 'Volgende',
  fullscreen: 'Volledig scherm',
  exitFullscreen: 'Volledig scherm uit',
  confirm: 'Besproken, ongewijzigd',
  confirmed: (who: string, count: number) =>
    `${who}: ${plural(count, 'stoplicht', 'stoplichten')} bevestigd, besproken en ongewijzigd.`,
  confirmRefused: (who: string, conditions: readonly string[]) =>
    `${who} kan nog niet als ongewijzigd besproken worden: ${byCount(
      conditions.length,
      'dit stoplicht is',
      'deze stoplichten zijn',
    )} nog niet beoordeeld: ${listOf(conditions)}. Beoordeel eerst; ‘besproken, ongewijzigd’ is niet vastgelegd.`,
  assessFirst: (condition: string) => `${condition} nu beoordelen`,
  close: 'Overleg afsluiten',
  closeConfirm:
    'Het overleg afsluiten? Daarna is het verslag definitief. Jongeren die niet besproken zijn, staan in het verslag.',
  closed: 'Overleg afgesloten. Het verslag staat klaar.',
  notStarted: 'Dit overleg is nog niet gestart.',
  alreadyClosed: 'Dit overleg is afgerond.',
  toMinutes: 'Naar het verslag',
  toPlan: 'Terug naar voorbereiding',
  emptyAgenda: 'Er staat niemand op de agenda.',
  lightsHeading: 'Stoplichten',
  lightButton: (condition: string, colour: string) => `${condition}: ${colour}`,
  showCriteria: 'Criteria tonen',
  hideCriteria: 'Criteria verbergen',
  criteriaHeading: (condition: string) => `Criteria: ${condition}`,
  historyHeading: 'Recente geschiedenis',
  noHistory: 'Nog geen beoordelingen.',
  actionsHeading: 'Open acties',
  noActions: 'Geen open acties.',
  overdue: 'verlopen',
  dueOn: (date: string) => `streefdatum ${date}`,
  signalsHeading: 'Signalen',
  /** The column beside the lights: signals, open actions, history and notes. */
  sideLabel: 'Signalen, acties en notities',
  notesLabel: 'Notities bij deze jongere',
  /** In a municipal review the notes are written with the municipality watching. */
  notesLabelShared: 'Afspraken met de gemeente over deze jongere',
  notesHintShared: 'Iedereen aan tafel leest mee; de afspraken komen in het verslag.',
  discussedBadge: 'Besproken',
  notDiscussedBadge: 'Nog niet besproken',
  keysHeading: 'Toetsen',
  keys: [
    ['→ / PageDown', 'volgende jongere'],
    ['← / PageUp', 'vorige jongere'],
    ['1–8, ↑ / ↓', 'randvoorwaarde kiezen'],
    ['R O G N', 'rood, oranje, groen, n.v.t.'],
    ['Enter', 'reden en actie typen'],
    ['B', 'besproken, ongewijzigd'],
  ] as const,
  age: (years: number) => `${years} jaar`,
  plannedEnd: 'Geplande uitstroom',
  perspective: 'Perspectief',
  placement: 'Plaatsing',

  // Minutes
  minutesTitle: (title: string) => `Verslag ${title}`,
  provisional: 'Dit overleg is nog niet afgesloten: dit verslag is voorlopig.',
  print: 'Afdrukken',
  meta: {
    time: 'Tijd',
    place: 'Plaats',
    chair: 'Voorzitter',
    attendees: 'Aanwezigen',
    municipalities: 'Gemeenten',
    status: 'Status',
    closedAt: 'Afgesloten',
    discussed: 'Besproken',
  },
  movedHeading: 'Gewijzigde stoplichten',
  noneMoved: 'Geen stoplichten gewijzigd.',
  moveLine: (condition: string, from: string, to: string) => `${condition}: ${from} → ${to}`,
  confirmedHeading: 'Besproken, ongewijzigd',
  noneConfirmed: 'Niemand.',
  newActionsHeading: 'Nieuwe acties',
  completedActionsHeading: 'Afgeronde acties',
  completedActionsIntro: 'Het stoplicht werd groen of de actie is geschrapt.',
  replacedActionsHeading: 'Vervangen acties',
  replacedActionsIntro: 'Een andere actie kwam in de plaats; het stoplicht is nog niet groen.',
  noneActions: 'Geen.',
  escalationsHeading: 'Kandidaten voor escalatie',
  escalationsIntro: (count: number) => `${count} of meer keer achter elkaar rood.`,
  escalationLine: (count: number) => `${count}× rood`,
  noneEscalations: 'Geen.',
  notDiscussedHeading: 'Niet besproken',
  allDiscussed: 'Iedereen op de agenda is besproken.',
  notesHeading: 'Notities',
  col: {
    youth: 'Jongere',
    condition: 'Randvoorwaarde',
    wasNow: 'Was → nu',
    action: 'Actie',
    owner: 'Actiehouder',
    due: 'Streefdatum',
    reds: 'Rood',
    reason: 'Wat ontbreekt',
    replacedBy: 'Vervangen door',
    municipality: 'Gemeente',
  },

  // Settings
  settingsHeading: 'Overleggen',
  settingsIntro:
    'Wanneer de overleggen zijn; de lijst met overleggen waarschuwt als er een is overgeslagen.',
  caseReviewCadence: 'Maandelijks casusoverleg',
  week: 'Week van de maand',
  weekday: 'Dag',
  weeks: {
    '1': 'eerste',
    '2': 'tweede',
    '3': 'derde',
    '4': 'vierde',
    '-1': 'laatste',
  } satisfies Record<`${WeekOfMonth}`, string>,
  weekdays: {
    '1': 'maandag',
    '2': 'dinsdag',
    '3': 'woensdag',
    '4': 'donderdag',
    '5': 'vrijdag',
    '6': 'zaterdag',
    '7': 'zondag',
  } satisfies Record<`${IsoWeekday}`, string>,
  municipalCadence: 'Gemeentelijk overleg',
  startDate: 'Eerste overleg op',
  intervalWeeks: 'Om de hoeveel weken',
  intervalError: 'Kies 1 tot en met 26 weken.',
  cadenceSaved: 'Ritme van de overleggen opgeslagen.',
  cadenceSummary: (week: string, weekday: string) => `Elke ${week} ${weekday} van de maand.`,
  signal: {
    severity: { high: 'hoog', medium: 'middel', low: 'laag' },
  },
};
