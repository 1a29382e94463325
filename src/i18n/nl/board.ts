import type { SortKey } from '@/domain/board';
import { reasonMissing } from '@/domain/carry-over';
import type { Assessment, LightState } from '@/domain/types';
import { plural } from './numbers';

export const board = {
  exportCsv: 'Exporteer bord (CSV)',
  title: 'Bord',
  loading: 'Bord wordt geladen…',
  gridLabel: 'Stoplichten per jongere en randvoorwaarde',
  youthColumn: 'Jongere',
  plannedEndColumn: 'Einde plaatsing',
  // Tense-free: the column also holds birthdays that have passed (young adults still placed).
  turnsEighteenColumn: '18 jaar op',
  /** `age` as {@link ageShort} says it, or "ongeldige datum" when the birth date is not one. */
  youthMeta: (age: string, municipality: string) => `${age} · ${municipality}`,
  ageShort: (age: number) => `${age} jr`,
  totalsLabel: (count: number) => `Totaal (${count})`,
  totalsAria: (counts: Record<LightState, number>) =>
    `${counts.red} rood, ${counts.amber} oranje, ${counts.green} groen, ${counts.unassessed} niet beoordeeld`,
  groupLabel: (municipality: string, count: number) => `${municipality} (${count})`,
  cellTitle: (assessment: Assessment, age: string) =>
    [
      `Beoordeeld ${age === 'vandaag' ? 'vandaag' : `${age} geleden`} door ${assessment.assessedBy}`,
      reasonMissing(assessment)
        ? 'Reden ontbreekt'
        : assessment.reason.trim() && `Ontbreekt: ${assessment.reason}`,
      assessment.action &&
        `Actie: ${assessment.action}${assessment.actionOwner ? ` (${assessment.actionOwner})` : ''}${assessment.actionFrom ? ' – uit vorig licht' : ''}`,
    ]
      .filter(Boolean)
      .join('\n'),
  lightSet: (youth: string, condition: string, colour: string) =>
    `${youth} – ${condition}: ${colour}`,
  actionDoneQuestion: (lightSet: string, action: string) =>
    `${lightSet}. Is de actie „${action}” afgerond?`,
  actionDoneAnswer: 'Ja, afgerond (A)',
  actionClosed: (youth: string, condition: string, action: string) =>
    `Actie afgerond: ${youth} – ${condition}: ${action}`,
  undone: (youth: string, condition: string, colour: string) =>
    `Ongedaan gemaakt: ${youth} – ${condition} is weer ${colour}`,
  newYouth: 'nieuw',
  filtersLabel: 'Zoeken en filteren',
  /** The button that folds the filters open and shut; `active` is how many are on. */
  filtersToggle: (active: number) => (active > 0 ? `Filters (${active} aan)` : 'Filters'),
  filtersActive: (list: string) => `Gefilterd op: ${list}`,
  search: 'Zoeken',
  searchPlaceholder: 'Initialen, cliëntnr., gemeente…',
  municipality: 'Gemeente',
  allMunicipalities: 'Alle gemeenten',
  location: 'Locatie',
  allLocations: 'Alle locaties',
  coordinator: 'Coördinator',
  allCoordinators: 'Iedereen',
  colourFilter: 'Kleur',
  anyColour: 'Alle kleuren',
  withColour: (colour: string) => `Met ${colour}`,
  sortBy: 'Sorteren op',
  sortKeys: {
    initials: 'Initialen',
    municipality: 'Gemeente',
    plannedEnd: 'Einde plaatsing',
    turnsEighteen: '18e verjaardag',
    reds: 'Aantal rood',
  } satisfies Record<SortKey, string>,
  sortAscending: 'Oplopend (klik voor aflopend)',
  sortDescending: 'Aflopend (klik voor oplopend)',
  groupByMunicipality: 'Groeperen per gemeente',
  resetFilters: 'Filters wissen',
  rowCount: (shown: number, total: number) =>
    shown === total
      ? plural(total, 'jongere', 'jongeren')
      : `${shown} van ${plural(total, 'jongere', 'jongeren')}`,
  noMatches: 'Geen jongeren gevonden met deze filters.',
  keysIntro: 'Toetsen:',
  keys: [
    [['←', '↑', '→', '↓'], 'verplaatsen'],
    [['R', 'O', 'G', 'N'], 'rood, oranje, groen, n.v.t.'],
    [['Enter'], 'details en actie'],
    [['Ctrl', 'Z'], 'ongedaan maken'],
    [['Alt', 'M'], 'naar de melding'],
  ] as [string[], string][],
  /** Read-only: the keys that only read. */
  keysReadOnly: [
    [['←', '↑', '→', '↓'], 'verplaatsen'],
    [['Enter'], 'gegevens van de jongere'],
  ] as [string[], string][],
  legendLabel: 'Betekenis van de stoplichten',
  addYouth: 'Jongere toevoegen',
  loadDemo: 'Demobord laden',
  demoLoading: 'Demobord wordt geladen…',
  demoLoaded: (count: number) =>
    `Demobord geladen: ${plural(count, 'fictieve jongere', 'fictieve jongeren')}.`,
  demoNote:
    'Het demobord bevat alleen verzonnen jongeren. Je kunt het later vervangen door echte gegevens.',
  demoConfirmTitle: 'Demobord laden?',
  demoConfirmText:
    'Er staan al jongeren op dit bord. Het demobord vervangt alle jongeren en stoplichten op dit apparaat door verzonnen gegevens. De randvoorwaarden en instellingen blijven staan. Dit kan niet ongedaan worden gemaakt.',
  demoConfirmReplace: 'Vervangen door demobord',
  emptyTitle: 'Nog geen jongeren op het bord',
  /** A municipality's device has no board of its own: it reads share files. */
  municipalityEmptyTitle: 'Open een deelbestand',
  municipalityEmptyIntro:
    'Op dit apparaat staan geen eigen gegevens. Je leest het bord van een zorgaanbieder in een deelbestand dat je van hen krijgt: alleen jouw inwoners, alleen lezen.',
  openShare: 'Deelbestand openen',
  reviewEmpty: 'Dit deelbestand bevat geen geplaatste jongeren.',
  emptyIntro:
    'Het Uitstroombord laat per geplaatste jongere zien of de randvoorwaarden voor uitstroom op orde zijn: rood, oranje of groen per randvoorwaarde.',
  emptySteps: [
    'Voeg de jongeren toe die op jouw locatie wonen (initialen of schuilnaam, geen volledige namen).',
    'Zet in het casusoverleg per randvoorwaarde het stoplicht, met wat er ontbreekt, de actie en wie die uitvoert.',
    'Alles wordt alleen op dit apparaat bewaard, in de browser.',
  ],
};
