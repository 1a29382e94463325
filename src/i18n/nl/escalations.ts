import type { EscalationOutcome, EscalationStatus } from '@/domain/escalation';
import type { EscalationErrorCode } from '@/domain/escalation-form';
import { plural } from './numbers';

/** The escalation loop: what is asked of the municipality, the answer, the outcome. */
export const escalations = {
  title: 'Escalaties',
  intro:
    'Wat je de gemeente formeel vraagt, van wie en vóór wanneer; daarna het antwoord en de uitkomst. Niets wordt overschreven: elk antwoord komt erbij.',
  empty: 'Geen escalaties vastgelegd.',
  record: 'Escalatie vastleggen',
  answer: 'Antwoord vastleggen',
  close: 'Afsluiten',
  answerLabel: (question: string) => `Antwoord vastleggen: ${question}`,
  closeLabel: (question: string) => `Afsluiten: ${question}`,
  listLabel: (initials: string) => `Escalaties van ${initials}`,
  status: {
    open: 'Wacht op antwoord',
    answered: 'Beantwoord, loopt nog',
    closed: 'Afgesloten',
  } satisfies Record<EscalationStatus, string>,
  overdue: (days: number) => `antwoord ${plural(days, 'dag', 'dagen')} te laat`,
  outcome: {
    resolved: 'Opgelost',
    rejected: 'Afgewezen',
    ongoing: 'Loopt',
    other: 'Anders',
  } satisfies Record<EscalationOutcome, string>,
  chooseOutcome: 'Kies een uitkomst…',
  noCondition: 'Geen (de jongere als geheel)',
  fields: {
    question: 'Wat vraag je de gemeente?',
    questionHint:
      'Bijvoorbeeld: een plek begeleid wonen per 1 maart, of een besluit over verlengde jeugdhulp.',
    askedOf: 'Aan wie bij de gemeente?',
    askedOfHint:
      'Een rol of functie, zoals contractmanager of toegangsteam. Een naam van een persoon is niet nodig.',
    raisedOn: 'Gevraagd op',
    answerDueOn: 'Antwoord gevraagd vóór',
    condition: 'Randvoorwaarde',
    answer: 'Antwoord van de gemeente',
    answeredOn: 'Antwoord ontvangen op',
    outcome: 'Uitkomst',
    note: 'Toelichting',
    noteForOther: 'Toelichting (verplicht bij ‘Anders’)',
    closedOn: 'Afgesloten op',
  },
  dialogTitle: (initials: string) => `Escalatie vastleggen – ${initials}`,
  answerTitle: (initials: string) => `Antwoord van de gemeente – ${initials}`,
  closeTitle: (initials: string) => `Escalatie afsluiten – ${initials}`,
  closeIntro:
    'Een afgesloten escalatie blijft in de geschiedenis staan. Een nieuwe vraag is een nieuwe escalatie.',
  asked: 'Gevraagd',
  askedLine: (askedOf: string, raisedOn: string, dueOn: string) =>
    `aan ${askedOf} op ${raisedOn}, antwoord gevraagd vóór ${dueOn}`,
  conditionLine: (condition: string) => `Randvoorwaarde: ${condition}`,
  answerLine: (on: string, outcome: string) => `Antwoord ${on} – ${outcome}`,
  closedLine: (on: string) => `Afgesloten ${on}`,
  by: (name: string, at: string) => `vastgelegd door ${name || 'onbekend'}, ${at}`,
  saved: (initials: string) => `Escalatie vastgelegd voor ${initials}`,
  answerSaved: (initials: string) => `Antwoord vastgelegd voor ${initials}`,
  closed: (initials: string) => `Escalatie van ${initials} afgesloten`,
  errors: {
    required: 'Vul dit veld in.',
    invalidDate: 'Dit is geen geldige datum.',
    inFuture: 'Deze datum ligt in de toekomst.',
    tooLong: 'Dit is te lang.',
    dueBeforeRaised: 'Het antwoord kan niet gevraagd worden vóór de dag dat je het vraagt.',
    beforeRaised: 'Deze datum ligt vóór de dag dat de escalatie is gevraagd.',
    unknownOption: 'Kies een van de opties.',
  } satisfies Record<EscalationErrorCode, string>,
  // Aandacht
  fromCandidate: 'Escalatie vastleggen',
  fromCandidateLabel: (initials: string, condition: string) =>
    `Escalatie vastleggen voor ${initials} (${condition})`,
  // Minutes
  minutesHeading: 'Escalaties in dit overleg',
  minutesIntro:
    'Gevraagd, beantwoord of afgesloten op de dag(en) van dit overleg, voor de jongeren op de agenda.',
  minutesNone: 'Geen escalaties gevraagd, beantwoord of afgesloten.',
};
