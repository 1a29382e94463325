import { plural } from './numbers';

export const review = {
  loading: 'Cijfers worden berekend…',
  municipalitiesTitle: 'Gemeenten',
  municipalitiesIntro:
    'Kies een of meer gemeenten en een maand. De cijfers tonen het bord zoals het aan het eind van die maand stond (of vandaag, voor de lopende maand).',
  chooseMunicipalities: 'Gemeenten',
  chooseAll: 'Alle gemeenten',
  month: 'Maand',
  noMunicipalities: 'Er staan nog geen jongeren op het bord, dus er zijn nog geen gemeenten.',
  pickOne: 'Kies ten minste één gemeente.',
  asOf: (date: string) => `Stand op ${date}`,
  period: (from: string, to: string) => `Periode ${from} t/m ${to}`,
  youthCount: (n: number) => `${plural(n, 'jongere', 'jongeren')} geplaatst`,
  monthlyReportLink: (municipality: string) => `Maandrapport ${municipality}`,
  regionalLink: 'Regionaal overzicht (anoniem)',
  printHint:
    'Kies in het afdrukvenster "Opslaan als PDF" voor een PDF. Zet "Kopteksten en voetteksten" uit: het rapport zet zelf paginanummers onderaan.',
  csv: 'Download CSV (Excel)',
  csvSaved: 'Het CSV-bestand is gedownload.',
  backToReview: 'Terug naar gemeenten',

  countsTitle: 'Stoplichten per randvoorwaarde',
  countsChartLabel: (who: string) =>
    `Staafdiagram: aantal jongeren per kleur per randvoorwaarde voor ${who}. Dezelfde cijfers staan in de tabel eronder.`,
  condition: 'Randvoorwaarde',
  total: 'Totaal',
  totalsAria: (red: number, amber: number, green: number, unassessed: number) =>
    `${red} rood, ${amber} oranje, ${green} groen, ${unassessed} niet beoordeeld`,

  trendTitle: 'Rood en groen per maand (12 maanden)',
  trendChartLabel:
    'Lijndiagram: aantal rode en groene stoplichten aan het eind van elke maand. Dezelfde cijfers staan in de tabel eronder.',
  trendMonth: 'Maand',
  trendYouths: 'Jongeren',
  trendNote: 'Aantallen stoplichten (jongeren × randvoorwaarden), niet aantallen jongeren.',

  redTitle: 'Jongeren met rode stoplichten',
  redConditions: 'Rood op',
  noRed: 'Geen jongeren met een rood stoplicht.',
  eighteenTitle: 'Wordt binnen 6 maanden 18',
  eighteenOn: 'Wordt 18 op',
  transitionLight: '18+ overgang',
  noEighteen: 'Niemand wordt binnen 6 maanden 18.',
  leavingTitle: 'Verwachte uitstroom binnen 3 maanden',
  plannedEnd: 'Geplande einddatum',
  reds: 'Rode stoplichten',
  overdue: 'verstreken',
  noLeaving: 'Geen geplande uitstroom binnen 3 maanden.',
  escalationTitle: 'Kandidaten voor escalatie',
  escalationIntro: 'Rood bij 3 of meer beoordelingen op rij.',
  reviewsInRow: 'Beoordelingen rood op rij',
  redSince: 'Rood sinds',
  noEscalation: 'Geen kandidaten voor escalatie.',
  outflowTitle: 'Gerealiseerde uitstroom in de periode',
  outflowCount: (n: number) => `${plural(n, 'jongere', 'jongeren')} uitgestroomd`,
  outflowMedian: (days: number) => `Mediaan ${plural(days, 'dag', 'dagen')} geplaatst`,
  destination: 'Bestemming',
  count: 'Aantal',
  leftOn: 'Uitgestroomd op',
  daysPlaced: 'Dagen geplaatst',
  unknownDestination: 'Niet vastgelegd',
  noOutflow: 'Niemand uitgestroomd in deze periode.',
  youth: 'Jongere',
  municipality: 'Gemeente',

  reportTitle: (municipality: string) => `Maandrapport ${municipality}`,
  reportFor: (month: string) => `Maand: ${month}`,
  reportProvider: 'Zorgaanbieder',
  reportUnknownMunicipality: (municipality: string) =>
    `Er zijn geen jongeren uit ${municipality} op het bord.`,
  reportDocumentTitle: (municipality: string, month: string) =>
    `Maandrapport ${municipality} ${month}`,
  confidential: 'Vertrouwelijk: bevat persoonsgegevens van jeugdigen. Niet verder verspreiden.',

  regionalTitle: 'Regionaal overzicht',
  regionalIntro:
    'Anoniem: alleen aantallen, geen initialen of geboortedata. Aantallen van 1 tot en met 4 staan als "<5".',
  regionalYouths: (n: string) => `Jongeren geplaatst: ${n}`,
  regionalColourTitle: {
    red: 'Rood per gemeente en randvoorwaarde',
    amber: 'Oranje per gemeente en randvoorwaarde',
    green: 'Groen per gemeente en randvoorwaarde',
    other: 'n.v.t. of niet beoordeeld per gemeente en randvoorwaarde',
  },
  regionalTotal: 'Regio totaal',
  youthsColumn: 'Jongeren',
  small: '<5',
  smallAria: 'minder dan 5',
  hidden: '×',
  hiddenAria: 'verborgen',
  suppressionNote:
    '"<5": 1 tot en met 4 jongeren. "×": verborgen zodat een getal onder 5 niet uit een totaal is terug te rekenen.',
  bottlenecksTitle: 'Grootste knelpunten',
  bottlenecksIntro:
    'Randvoorwaarden die het vaakst rood zijn, en hoe lang ze al rood zijn (mediaan in dagen sinds de eerste van de rode beoordelingen op rij). Verborgen aantallen staan onderaan, zonder rangorde.',
  redCount: 'Aantal rood',
  medianDaysRed: 'Mediaan dagen rood',
  medianHidden: 'alleen bij 5 of meer',
  noBottlenecks: 'Geen rode stoplichten.',

  settingsTitle: 'Rapporten',
  providerName: 'Naam zorgaanbieder',
  providerNameHint: 'Staat bovenaan het maandrapport en het regionaal overzicht.',
  settingsSaved: 'De naam van de zorgaanbieder is opgeslagen.',

  csvHeader: {
    section: 'Onderdeel',
    label: 'Omschrijving',
  },
  csvSections: {
    meta: 'Rapport',
    counts: 'Stoplichten per randvoorwaarde',
    trend: 'Trend',
    red: 'Rode stoplichten',
    eighteen: 'Wordt binnen 6 maanden 18',
    leaving: 'Verwachte uitstroom',
    escalation: 'Escalatie',
    outflow: 'Uitstroom',
  },
};
