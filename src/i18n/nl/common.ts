import type {
  AssessedColour,
  ActionOwnerRole,
  DiscussedWithYouth,
  Perspective,
  PlacementType,
} from '@/domain/types';
import type { YouthErrorCode } from '@/domain/youth';

const perspective = {
  thuis: 'Terug naar huis',
  pleeggezin: 'Pleeggezin',
  gezinshuis: 'Gezinshuis',
  trainingshuis: 'Trainingshuis / kamertraining',
  begeleidWonen: 'Begeleid wonen',
  zelfstandig: 'Zelfstandig wonen',
  andereVoorziening: 'Andere voorziening',
  onbekend: 'Nog onbekend',
} satisfies Record<Perspective, string>;

export const common = {
  appName: 'Uitstroombord',
  appTagline: 'Randvoorwaarden voor uitstroom, per jongere in één oogopslag',
  app: {
    starting: 'Uitstroombord wordt geopend…',
    loadingView: 'Laden…',
    notFound: 'Deze pagina bestaat niet.',
    failed: {
      title: 'Deze pagina kan niet worden getoond',
      text: 'Er ging iets mis bij het tonen van deze pagina, waarschijnlijk door een gegeven dat niet klopt. Je gegevens zijn niet gewijzigd en de rest van het Uitstroombord werkt gewoon.',
      advice:
        'Op de pagina Gegevens kun je gegevens die niet kloppen bekijken en herstellen, een back-up maken of terugzetten.',
      retry: 'Opnieuw proberen',
      toData: 'Naar Gegevens',
      reload: 'Pagina herladen',
      rootTitle: 'Het Uitstroombord kan niet worden getoond',
      rootText:
        'Er ging iets mis in het Uitstroombord zelf. Er is niets verloren: je gegevens staan ongewijzigd in deze browser. Herlaad de pagina; lukt het dan nog niet, neem contact op met wie het Uitstroombord beheert.',
      partNotLoaded:
        'Een onderdeel van het Uitstroombord kon niet worden geladen. Je gegevens zijn niet gewijzigd. Herlaad de pagina om het opnieuw te proberen.',
      section:
        'Dit onderdeel kan niet worden getoond door een gegeven dat niet klopt. De rest van de pagina werkt gewoon.',
    },
  },
  nav: {
    label: 'Hoofdmenu',
    board: 'Bord',
    attention: 'Aandacht',
    actions: 'Acties',
    meetings: 'Overleggen',
    municipalities: 'Gemeenten',
    data: 'Gegevens',
    left: 'Uitgestroomd',
    conditions: 'Randvoorwaarden',
    settings: 'Instellingen',
    skipToContent: 'Naar de inhoud',
    skipToBoard: 'Naar het bord',
  },
  /**
   * The browser tab's and history's name per view ("Aandacht – Uitstroombord").
   * Generic words for one young person or meeting: no initials in browser history.
   */
  pageTitle: {
    board: 'Bord',
    youthNew: 'Jongere toevoegen',
    youthDetail: 'Jongere',
    youthEdit: 'Jongere wijzigen',
    left: 'Uitgestroomd',
    conditions: 'Randvoorwaarden',
    settings: 'Instellingen',
    attention: 'Aandacht',
    actions: 'Acties',
    meetings: 'Overleggen',
    meeting: 'Overleg',
    meetingMode: 'Vergadering',
    meetingMinutes: 'Verslag',
    municipalities: 'Gemeenten',
    monthlyReport: 'Maandrapport',
    regional: 'Regio-overzicht',
    data: 'Gegevens',
    notFound: 'Pagina niet gevonden',
  },
  actions: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    close: 'Sluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    back: 'Terug',
    confirm: 'Doorgaan',
    add: 'Toevoegen',
    print: 'Afdrukken / PDF',
  },
  /** Where a view only writes, and this is an inzage or a municipality's device. */
  readOnly: {
    title: 'Alleen lezen',
    text: 'Hier kun je niets toevoegen of wijzigen: dit is een alleen-lezen inzage of een apparaat van een gemeente.',
  },
  printedOn: (date: string) => `Afgedrukt op ${date}`,
  /** At the top of every printed page; the monthly report prints its own running header. */
  printMark: {
    confidential: 'Vertrouwelijk',
    regional: 'Vertrouwelijk – alleen voor het regio-overleg',
  },
  light: {
    red: 'rood',
    amber: 'oranje',
    green: 'groen',
    notApplicable: 'n.v.t.',
    unassessed: 'niet beoordeeld',
  } satisfies Record<AssessedColour, string>,
  lightLong: {
    red: 'Rood — niet geregeld, geen route',
    amber: 'Oranje — in gang gezet, route bekend',
    green: 'Groen — geregeld',
    notApplicable: 'n.v.t. — geldt niet voor deze jongere',
    unassessed: 'Niet beoordeeld',
  } satisfies Record<AssessedColour, string>,
  lightEditor: {
    title: (youth: string, condition: string) => `${youth} – ${condition}`,
    colour: 'Stoplicht',
    chooseColour: 'Kies een kleur.',
    notApplicableCriterion: 'Deze randvoorwaarde geldt niet voor deze jongere.',
    reason: 'Wat ontbreekt er?',
    action: 'Actie',
    owner: 'Actiehouder',
    ownerRole: 'Rol',
    ownerRoleHint: 'Van de actiehouder. Een gemeente ziet alleen de rol, nooit de naam.',
    noOwnerRole: 'Geen rol',
    dueDate: 'Streefdatum',
    discussed: 'Besproken met de jongere?',
    previousReason: (colour: string, reason: string) =>
      `Bij ${colour} stond: „${reason}”. Die reden hoort bij de oude kleur; schrijf op wat nu ontbreekt.`,
    actionCarried:
      'Deze actie staat open uit een vorig licht. Pas hem aan of sluit hem; bij opslaan geldt hij als door jou bevestigd.',
    carriedMark: 'uit vorig licht',
    reasonMissing: 'reden ontbreekt',
  },
  /** The 18th birthday, in the tense `today` gives it (see eighteenthBirthday in ui/format). */
  eighteenthBirthday: {
    future: 'Wordt 18 op',
    past: 'Werd 18 op',
    /** A birth date known only to the month (a rounded share file): no day, no tense. */
    inMonth: '18 in',
  },
  automaticNotApplicable: 'n.v.t. op grond van leeftijd',
  discussed: {
    agreed: 'Besproken, jongere is het eens',
    disagreed: 'Besproken, jongere is het oneens',
    notDiscussed: 'Niet besproken met de jongere',
  } satisfies Record<DiscussedWithYouth, string>,
  /** Who carries an action, as a role (what a municipality may read instead of a name). */
  ownerRole: {
    coordinator: 'zorgcoördinator',
    mentor: 'mentor',
    youth: 'jongere',
    parents: 'ouders',
    districtTeam: 'wijkteam',
    municipality: 'gemeente',
    other: 'anders',
  } satisfies Record<ActionOwnerRole, string>,
  placementType: {
    groep: 'Leefgroep',
    gezinshuis: 'Gezinshuis',
    jeugdzorgplus: 'JeugdzorgPlus (gesloten)',
    klinisch: 'Klinische behandeling',
    trainingshuis: 'Trainingshuis / kamertraining',
    pleeggezin: 'Pleeggezin',
    overig: 'Overig',
  } satisfies Record<PlacementType, string>,
  perspective,
  /**
   * A young person's perspective as every screen shows it. None recorded and
   * 'onbekend' read the same, "Nog onbekend": one label for one meaning.
   */
  perspectiveOf: (value: Perspective | undefined) => perspective[value ?? 'onbekend'],
  errors: {
    required: 'Vul dit veld in.',
    invalidDate: 'Dit is geen geldige datum.',
    inFuture: 'Deze datum ligt in de toekomst.',
    beforeStart: 'Deze datum ligt vóór de start van de plaatsing.',
    beforeBirth: 'De plaatsing kan niet vóór de geboortedatum beginnen.',
    implausibleAge: 'Controleer de geboortedatum: de jongere zou ouder dan 27 zijn.',
    tooLong: 'Dit is te lang.',
    looksLikeFullName:
      'Dit lijkt een volledige naam. Vul initialen in (zoals A.B.) of één woord als schuilnaam (zoals Mo), zodat je de jongere niet herkenbaar opslaat.',
    unknownOption: 'Kies een van de opties.',
  } satisfies Record<YouthErrorCode, string>,
  storage: {
    quota:
      'De opslag van deze browser is vol. Er is niets opgeslagen. Maak ruimte vrij (of maak een back-up en ruim oude gegevens op) en probeer het opnieuw.',
    unavailable:
      'Deze browser staat lokale opslag (IndexedDB) niet toe, bijvoorbeeld in een privévenster. Open het Uitstroombord in een gewoon venster.',
    blocked:
      'Het Uitstroombord is in een ander tabblad bijgewerkt. Herlaad deze pagina; er is niets verloren gegaan.',
    constraint: 'Dit gegeven bestaat al. Er is niets opgeslagen.',
    notFound:
      'Dit gegeven bestaat niet meer (misschien verwijderd in een ander tabblad). Er is niets opgeslagen.',
    readOnly: 'Dit is een alleen-lezen inzage; er kan niets gewijzigd worden.',
    anonymous:
      'Er is niets opgeslagen: het bord weet nog niet wie je bent. Vul je naam in bij Instellingen; elke wijziging krijgt die naam mee.',
    invalid:
      'Dit kan niet worden opgeslagen: een veld is ongeldig of te lang. Er is niets gewijzigd.',
    unknown: 'Opslaan is mislukt. Er is niets gewijzigd. Probeer het opnieuw.',
    /** Not a storage failure: a fault in the app itself. The transaction rolled back. */
    programming:
      'Er ging iets mis in het Uitstroombord zelf (geen opslagprobleem). Er is niets gewijzigd; je gegevens zijn bewaard. Herlaad de pagina en probeer het opnieuw.',
  },
  dates: {
    today: 'vandaag',
    daysShort: (n: number) => `${n} d`,
    weeksShort: (n: number) => `${n} wk`,
    monthsShort: (n: number) => `${n} mnd`,
    yearsOld: (n: number) => `${n} jaar`,
    ago: (label: string) => `${label} geleden`,
    /** Shown where a stored date cannot be read, instead of a blank page. */
    invalid: 'ongeldige datum',
    /** Names in dates ("3 mrt. 2025"), as date-fns's `nl` locale writes them (ui/date-pattern.ts). */
    names: {
      months: [
        'januari',
        'februari',
        'maart',
        'april',
        'mei',
        'juni',
        'juli',
        'augustus',
        'september',
        'oktober',
        'november',
        'december',
      ],
      monthsShort: [
        'jan.',
        'feb.',
        'mrt.',
        'apr.',
        'mei',
        'jun.',
        'jul.',
        'aug.',
        'sep.',
        'okt.',
        'nov.',
        'dec.',
      ],
      weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    },
  },
};
