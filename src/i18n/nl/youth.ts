import { plural } from './numbers';

export const youth = {
  loading: 'Laden…',
  notFound: 'Jongere niet gevonden',
  notFoundHint: 'Deze jongere bestaat niet (meer). Misschien is de link verouderd.',
  backToBoard: 'Terug naar het bord',
  backToLeft: 'Terug naar Uitgestroomd',
  notFilledIn: 'niet ingevuld',
  /** A field a share file does not carry (client number, coordinator, notes). */
  notShared: 'niet gedeeld',

  form: {
    newTitle: 'Nieuwe jongere',
    editTitle: (initials: string) => `${initials} bewerken`,
    requiredNote: 'Velden met * zijn verplicht.',
    person: 'Jongere',
    placement: 'Plaatsing',
    direction: 'Perspectief en regie',
    added: (initials: string) => `${initials} toegevoegd`,
    saved: (initials: string) => `${initials} opgeslagen`,
  },

  fields: {
    initials: 'Initialen of schuilnaam',
    initialsHint:
      'Initialen (zoals A.B.) of één woord als schuilnaam (zoals Mo). Geen volledige naam, voor de privacy van de jongere.',
    clientNumber: 'Cliëntnummer (eigen dossier)',
    birthDate: 'Geboortedatum',
    age: 'Leeftijd',
    municipality: 'Gemeente',
    municipalityHint: 'De gemeente die de plaatsing betaalt.',
    location: 'Locatie',
    placementType: 'Soort plaatsing',
    placementStart: 'Geplaatst sinds',
    plannedEnd: 'Geplande einddatum',
    perspective: 'Perspectief',
    coordinator: 'Zorgcoördinator',
    procesregie: 'Procesregie',
    procesregieHint: 'Bijv. wijkteam, GI',
    notes: 'Notities',
    notesHint: 'Geen diagnoses of andere medische gegevens.',
  },

  detail: {
    details: 'Gegevens',
    registerOutflow: 'Uitstroom registreren',
    leftStatus: (date: string, destination: string) =>
      `Uitgestroomd op ${date} · bestemming: ${destination}`,
    undoOutflow: 'Terugzetten op het bord',
    backOnBoard: (initials: string) => `${initials} staat weer op het bord`,
  },

  lights: {
    title: 'Randvoorwaarden',
    condition: 'Randvoorwaarde',
    light: 'Stoplicht',
    reason: 'Wat ontbreekt',
    action: 'Actie',
    owner: 'Actiehouder',
    dueDate: 'Streefdatum',
    change: 'Wijzig',
    retired: 'vervallen',
    assessedToday: 'vandaag beoordeeld',
    assessedAgo: (age: string) => `${age} geleden beoordeeld`,
    saved: (condition: string, colour: string) => `${condition}: ${colour} opgeslagen`,
    undone: (condition: string) => `${condition}: wijziging ongedaan gemaakt`,
  },

  history: {
    title: 'Geschiedenis',
    filter: 'Toon',
    all: 'Alle randvoorwaarden',
    empty: 'Er zijn nog geen stoplichten gezet.',
    count: (n: number) => plural(n, 'beoordeling', 'beoordelingen'),
    by: (name: string) => `door ${name}`,
    /** A record entered later by someone else than who assessed (an imported month's sheet). */
    enteredBy: (name: string, on: string) => `ingevoerd door ${name} op ${on}`,
    undone: 'ongedaan gemaakt',
    restore: 'herstel',
    restoreNote: 'Vorige stand teruggezet na ongedaan maken.',
  },

  outflow: {
    title: (initials: string) => `Uitstroom van ${initials}`,
    intro:
      'De jongere gaat van het bord af en komt in de lijst Uitgestroomd. De geschiedenis blijft bewaard.',
    leftOn: 'Datum uitstroom',
    destination: 'Werkelijke bestemming',
    chooseDestination: 'Kies een bestemming',
    submit: 'Uitstroom registreren',
    done: (initials: string) => `${initials} is uitgestroomd`,
  },

  left: {
    title: 'Uitgestroomd',
    count: (n: number) => plural(n, 'jongere', 'jongeren'),
    youth: 'Jongere',
    placedSince: 'Geplaatst sinds',
    leftOn: 'Uitgestroomd op',
    destination: 'Bestemming',
    daysPlaced: 'Dagen geplaatst',
    empty: 'Er is nog niemand uitgestroomd.',
    emptyHint: 'Uitstroom registreer je op de pagina van een jongere.',
    followUp: (months: number) => `Na ${plural(months, 'maand', 'maanden')}`,
    followUpReached: 'Bereikt',
    followUpStill: 'Op beoogde plek',
    followUpBack: 'Terug in zorg',
    followUpNotReached: 'Niet bereikt',
    followUpOpen: (date: string) => `Nog niet beantwoord (vanaf ${date})`,
    followUpLater: (date: string) => `Vanaf ${date}`,
    yes: 'ja',
    no: 'nee',
    followUpOn: (date: string) => `gecontroleerd ${date}`,
  },
};
