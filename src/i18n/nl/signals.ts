import type { ReviewTrigger } from '@/domain/follow-up-types';
import type { ConditionId } from '@/domain/ids';
import type {
  EvaluationMomentKind,
  Severity,
  Signal,
  SignalKind,
  SignalThresholds,
  ThresholdErrorCode,
} from '@/domain/signals';
import type { LightState } from '@/domain/types';
import { formatCount, plural } from './numbers';

/** What an explanation needs from the screen: condition names and date formatting. */
export type ExplainContext = {
  conditionName: (id: ConditionId) => string;
  date: (iso: string) => string;
};

const STATE_PHRASE: Record<LightState, string> = {
  red: 'staat op rood',
  amber: 'staat op oranje',
  green: 'staat op groen',
  notApplicable: 'staat op n.v.t.',
  unassessed: 'is niet beoordeeld',
};

const trigger: Record<ReviewTrigger, string> = {
  crisis: 'Crisis',
  schoolDropout: 'Schooluitval',
  placementBreakdown: 'Plaatsing gestopt',
  other: 'Anders',
};

const moment: Record<EvaluationMomentKind, string> = {
  afterStart: '3 maanden na start',
  beforeEnd: '3 maanden voor geplande uitstroom',
};

function inTime(months: number, days: number): string {
  if (days === 0) return 'vandaag';
  if (months >= 1) return `over ${plural(months, 'maand', 'maanden')}`;
  return `over ${plural(days, 'dag', 'dagen')}`;
}

/**
 * How one form of words puts each kind of signal: a function per kind, so a
 * new kind fails to compile until every form has its words. There are two
 * forms: `sentence` below, the one-line explanation wherever a signal is
 * shown (board marker, Aandacht, the young person's page, meeting mode), and
 * the agenda's short reason (`reason.signal` in the meetings section). Which
 * conditions a signal is about is logic: `signalConditionIds` in the domain.
 */
export type SignalPhrasing = {
  [K in SignalKind]: (signal: Extract<Signal, { kind: K }>, context: ExplainContext) => string;
};

/** A signal in the words of `phrasing`: the one place that chooses by kind. */
export function phraseSignal(
  signal: Signal,
  phrasing: SignalPhrasing,
  context: ExplainContext,
): string {
  return (phrasing[signal.kind] as (signal: Signal, context: ExplainContext) => string)(
    signal,
    context,
  );
}

/** The one-line Dutch explanation of each kind of signal. */
const sentence: SignalPhrasing = {
  reviewRequested: (signal, context) =>
    `Herbeoordeling nodig: ${trigger[signal.trigger].toLowerCase()}${signal.note ? ` – ${signal.note}` : ''} (gevraagd ${context.date(signal.requestedAt)})`,
  turningEighteen: (signal, context) => {
    const condition = context.conditionName(signal.conditionId);
    const phrase = `${condition} ${STATE_PHRASE[signal.state]}`;
    if (signal.daysUntil < 0) return `Is al 18, ${phrase}`;
    if (signal.daysUntil === 0) return `Wordt vandaag 18, ${phrase}`;
    return `Wordt ${inTime(signal.monthsUntil, signal.daysUntil)} 18, ${phrase}`;
  },
  plannedEndNearWithRed: (signal, context) =>
    `Geplande uitstroom ${inTime(signal.monthsUntil, signal.daysUntil)} (${context.date(signal.plannedEnd)}), op rood: ${signal.redConditionIds.map(context.conditionName).join(', ')}`,
  plannedEndPassed: (signal, context) =>
    `Geplande uitstroom (${context.date(signal.plannedEnd)}) is ${plural(signal.daysOverdue, 'dag', 'dagen')} verstreken, nog geplaatst`,
  redStreak: (signal, context) =>
    `${context.conditionName(signal.conditionId)} ${plural(signal.count, 'beoordeling', 'beoordelingen')} op rij rood – kandidaat voor escalatie`,
  escalationOpen: (signal, context) => {
    const about = signal.conditionId ? ` (${context.conditionName(signal.conditionId)})` : '';
    if (signal.status === 'answered')
      return `Escalatie beantwoord, nog niet afgesloten${about}: ${signal.question}`;
    const late =
      signal.daysOverdue > 0 ? `, ${plural(signal.daysOverdue, 'dag', 'dagen')} te laat` : '';
    // No addressee where the screen may show no names (a municipal review).
    const to = signal.askedOf ? ` (aan ${signal.askedOf})` : '';
    return `Escalatie open: antwoord gevraagd vóór ${context.date(signal.answerDueOn)}${late}${about} – ${signal.question}${to}`;
  },
  actionOverdue: (signal, context) =>
    `Actie ${context.conditionName(signal.conditionId)} ${plural(signal.daysOverdue, 'dag', 'dagen')} over de streefdatum (${context.date(signal.dueDate)}): ${signal.action}${signal.owner ? ` – ${signal.owner}` : ''}`,
  noPerspective: (signal) => `${signal.age} jaar en geen perspectief vastgelegd`,
  evaluationDue: (signal, context) =>
    `Evaluatiemoment ${moment[signal.moment]} (${context.date(signal.date)}) nog niet besproken`,
  reasonMissing: (signal, context) =>
    `${signal.conditionIds.map(context.conditionName).join(', ')}: reden ontbreekt – schrijf op wat er ontbreekt`,
  stale: (signal, context) =>
    `${signal.conditionIds.map(context.conditionName).join(', ')}: ${plural(signal.weeks, 'week', 'weken')} niet beoordeeld`,
};

const explain = (signal: Signal, context: ExplainContext): string =>
  phraseSignal(signal, sentence, context);

const thresholdLabels: Record<keyof SignalThresholds, string> = {
  turningEighteenMonths: 'Wordt 18 binnen (maanden)',
  plannedEndMonths: 'Geplande uitstroom binnen (maanden), met een rood stoplicht',
  staleWeeks: 'Stoplicht niet beoordeeld langer dan (weken)',
  redStreak: 'Rood bij dit aantal beoordelingen op rij (escalatie)',
  perspectiveAge: 'Perspectief vastgelegd vanaf leeftijd (jaar)',
  evaluationWindowDays: 'Evaluatiemoment signaleren vanaf (dagen ervoor)',
};

export const signals = {
  explain,
  phrase: phraseSignal,
  kind: {
    reviewRequested: 'Herbeoordeling nodig',
    turningEighteen: 'Bijna 18',
    redStreak: 'Escalatiekandidaat',
    escalationOpen: 'Escalatie open',
    plannedEndNearWithRed: 'Uitstroom nadert met rood',
    plannedEndPassed: 'Einddatum verstreken',
    actionOverdue: 'Actie over datum',
    noPerspective: 'Geen perspectief',
    evaluationDue: 'Evaluatiemoment',
    reasonMissing: 'Reden ontbreekt',
    stale: 'Niet recent beoordeeld',
  } satisfies Record<SignalKind, string>,
  severity: { high: 'Hoog', medium: 'Middel', low: 'Laag' } satisfies Record<Severity, string>,
  trigger,
  moment,
  count: (n: number) => plural(n, 'signaal', 'signalen'),
  navCount: (n: number) => `${plural(n, 'signaal', 'signalen')}`,

  // Board
  marker: (n: number) => `${plural(n, 'signaal', 'signalen')}`,
  onlyWithSignals: 'Alleen met signalen',

  // Aandacht
  attention: {
    title: 'Aandacht',
    intro:
      'Wat het bord zelf signaleert, hoogste urgentie eerst. Een herbeoordeling staat bovenaan tot de jongere besproken is.',
    loading: 'Signalen worden berekend…',
    groupBy: 'Groeperen op',
    byMunicipality: 'Gemeente',
    byCoordinator: 'Coördinator',
    noCoordinator: 'Geen coördinator',
    requestsTitle: 'Herbeoordeling nodig',
    empty: 'Geen signalen. Alle jongeren zijn recent besproken en niets loopt vast.',
    groupTitle: (name: string, youthCount: number, signalCount: number) =>
      `${name} (${plural(youthCount, 'jongere', 'jongeren')}, ${plural(signalCount, 'signaal', 'signalen')})`,
    tableLabel: (name: string) => `Signalen ${name}`,
    summary: (signalCount: number, youthCount: number) =>
      `${plural(signalCount, 'signaal', 'signalen')} bij ${plural(youthCount, 'jongere', 'jongeren')}`,
    order:
      'Per jongere; wie het meest urgente signaal heeft eerst, daarna wie de meeste signalen heeft.',
    columns: {
      youth: 'Jongere',
      place: 'Gemeente / locatie',
      signals: 'Signalen',
      handle: 'Afhandelen',
    },
    signalsOf: (initials: string) => `Signalen van ${initials}`,
    lightLabel: (condition: string, initials: string) =>
      `Stoplicht ${condition} van ${initials} openen`,
    discussed: 'Besproken',
    discussedLabel: (initials: string) => `Herbeoordeling van ${initials} besproken`,
    discussedDone: (initials: string) => `Herbeoordeling van ${initials} besproken en afgesloten`,
    discussedUndone: (initials: string) =>
      `Ongedaan gemaakt: herbeoordeling van ${initials} staat weer open`,
    showing: (shown: number, total: number) =>
      `${formatCount(shown)} van ${plural(total, 'jongere', 'jongeren', formatCount)} getoond, meest urgent eerst.`,
    showMore: (n: number) => `Toon ${formatCount(n)} meer`,
    showAll: (n: number) => `Toon alle ${formatCount(n)}`,
    thresholdsLink: 'Drempels aanpassen',
  },

  // Acties
  actions: {
    title: 'Acties',
    intro:
      'Alle open acties van de stoplichten, te laat eerst. "Afgerond" en "Opnieuw plannen" worden in de geschiedenis bewaard; met "Ongedaan maken" in de melding zet je ze terug.',
    loading: 'Acties worden geladen…',
    owner: 'Actiehouder',
    allOwners: 'Alle actiehouders',
    noOwner: 'Geen actiehouder',
    order: 'Ordenen op',
    byDueDate: 'Streefdatum',
    byOwner: 'Actiehouder',
    empty: 'Geen open acties.',
    emptyFiltered: 'Geen open acties met deze filters.',
    filters: {
      municipality: { label: 'Gemeente', all: 'Alle gemeenten' },
      location: { label: 'Locatie', all: 'Alle locaties' },
      coordinator: { label: 'Zorgcoördinator', all: 'Alle zorgcoördinatoren' },
    },
    tableLabel: (name: string) => `Acties ${name}`,
    allTableLabel: 'Open acties',
    columns: {
      due: 'Streefdatum',
      youth: 'Jongere',
      condition: 'Randvoorwaarde',
      action: 'Actie',
      owner: 'Actiehouder',
      light: 'Stoplicht',
      handle: 'Afhandelen',
    },
    noDueDate: 'geen datum',
    overdue: (days: number) => `${plural(days, 'dag', 'dagen')} te laat`,
    done: 'Afgerond',
    completedInHistory: 'Actie afgerond',
    doneLabel: (action: string, youth: string) => `Afgerond: ${action} (${youth})`,
    replan: 'Opnieuw plannen',
    replanLabel: (action: string, youth: string) => `Opnieuw plannen: ${action} (${youth})`,
    replanTitle: (youth: string, condition: string) => `Opnieuw plannen – ${youth}, ${condition}`,
    newDueDate: 'Nieuwe streefdatum',
    dueDateInPast: 'Kies een datum vanaf vandaag.',
    completed: (action: string, youth: string) => `Actie afgerond: ${action} (${youth})`,
    replanned: (youth: string, date: string) => `Opnieuw gepland voor ${youth}: ${date}`,
    completeUndone: (action: string, youth: string) =>
      `Ongedaan gemaakt: ${action} (${youth}) staat weer open`,
    replanUndone: (action: string, youth: string) =>
      `Ongedaan gemaakt: ${action} (${youth}) heeft weer de vorige streefdatum en actiehouder`,
    count: (n: number) => plural(n, 'open actie', 'open acties'),
    showing: (shown: number, total: number) =>
      `${formatCount(shown)} van ${plural(total, 'actie', 'acties', formatCount)} getoond, te laat eerst.`,
    showMore: (n: number) => `Toon ${formatCount(n)} meer`,
    showAll: (n: number) => `Toon alle ${formatCount(n)}`,
  },

  // Nazorg na uitstroom
  followUp: {
    title: 'Nazorg na uitstroom',
    intro:
      'Drie en zes maanden na vertrek: woont de jongere nog op de beoogde plek, of is de jongere terug in zorg?',
    empty: 'Geen nazorgcontroles open.',
    item: (months: number, date: string) =>
      `Controle ${plural(months, 'maand', 'maanden')} na uitstroom (vanaf ${date})`,
    record: 'Vastleggen',
    recordAtActions: 'Vastleggen bij Acties',
    recordLabel: (youth: string, months: number) =>
      `Controle ${plural(months, 'maand', 'maanden')} vastleggen voor ${youth}`,
    dialogTitle: (youth: string, months: number) =>
      `${youth} – ${plural(months, 'maand', 'maanden')} na uitstroom`,
    checkedOn: 'Datum van de controle',
    stillInPlace: 'Woont de jongere nog op de beoogde plek?',
    backInCare: 'Is de jongere terug in (jeugd)zorg?',
    yes: 'Ja',
    no: 'Nee',
    note: 'Toelichting',
    saved: (youth: string, months: number) =>
      `Controle ${plural(months, 'maand', 'maanden')} opgeslagen voor ${youth}`,
    coordinator: (name: string) => `Coördinator: ${name}`,
    chooseAnswer: 'Kies ja of nee.',
    reached: 'Is de jongere (of iemand uit het netwerk) bereikt?',
    reachedNo: 'Niet bereikt',
    chooseReached: 'Kies ja of niet bereikt.',
    intendedPlace: (place: string) => `Beoogde plek bij uitstroom: ${place}`,
    noIntendedPlace: 'Beoogde plek bij uitstroom: niet vastgelegd',
    notReachedNote:
      'Niet bereikt: de vragen over de plek en terug in zorg blijven onbekend en tellen in het maandrapport niet mee.',
    answer: (still: boolean, back: boolean, reached = true) =>
      reached
        ? `${still ? 'Nog op de beoogde plek' : 'Niet meer op de beoogde plek'}, ${back ? 'terug in zorg' : 'niet terug in zorg'}`
        : 'Niet bereikt',
    notYet: (date: string) => `Nog niet gecontroleerd (vanaf ${date})`,
    notDue: (date: string) => `Op ${date}`,
    leftTitle: 'Nazorg na uitstroom',
    checkLabel: (months: number) => `Na ${plural(months, 'maand', 'maanden')}`,
  },

  // Beoordelingsstatus (detailpagina)
  review: {
    title: 'Beoordelingsstatus',
    lastDiscussed: 'Laatst besproken',
    never: 'Nog nooit',
    nextEvaluation: 'Volgend evaluatiemoment',
    noEvaluation: 'Geen gepland',
    evaluation: (kind: string, date: string, overdue: boolean) =>
      `${date} (${kind})${overdue ? ' – te laat' : ''}`,
    signals: 'Signalen',
    noSignals: 'Geen signalen',
    request: 'Herbeoordeling nodig',
    requestTitle: (youth: string) => `Herbeoordeling nodig – ${youth}`,
    requestIntro:
      'De jongere komt bovenaan Aandacht tot een stoplicht opnieuw beoordeeld is of je "Besproken" kiest.',
    triggerLabel: 'Aanleiding',
    chooseTrigger: 'Kies een aanleiding',
    note: 'Toelichting',
    noteRequiredForOther: 'Beschrijf de aanleiding.',
    requested: (youth: string) => `Herbeoordeling aangevraagd voor ${youth}`,
    openRequest: (triggerText: string, date: string) =>
      `Herbeoordeling nodig: ${triggerText} (${date})`,
    resolve: 'Besproken',
    resolveLabel: (triggerText: string) => `Herbeoordeling ${triggerText} besproken`,
    resolved: 'Herbeoordeling afgesloten',
  },

  // Instellingen
  settings: {
    title: 'Signalen',
    intro: 'Wanneer het bord een jongere signaleert. De standaardwaarden komen uit de praktijk.',
    labels: thresholdLabels,
    hint: (min: number, max: number, fallback: number) =>
      `Tussen ${min} en ${max}; standaard ${fallback}.`,
    errors: {
      required: 'Vul een getal in.',
      notWholeNumber: 'Vul een heel getal in.',
      outOfRange: 'Dit getal valt buiten het toegestane bereik.',
    } satisfies Record<ThresholdErrorCode, string>,
    saved: 'Drempels voor signalen opgeslagen',
    reset: 'Standaardwaarden',
  },
};
