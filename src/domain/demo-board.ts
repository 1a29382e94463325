/**
 * A fictitious demo board: placed and departed young people with months of
 * monthly case reviews behind them. Deterministic for a seed, so demos,
 * screenshots, tests and the benchmark all see the same board. All names,
 * numbers and stories are made up.
 */
import { ageOn, turnsAgeOn } from './dates';
import type { AssessmentId, YouthId } from './ids';
import type {
  ActionOwnerRole,
  AssessedColour,
  Assessment,
  Condition,
  DefaultConditionKey,
  DiscussedWithYouth,
  IsoDate,
  Perspective,
  PlacementType,
  Youth,
} from './types';

export type DemoOptions = {
  /** `yyyy-MM-dd`; nothing is generated after it. */
  today: IsoDate;
  /** Active conditions; defaults carry their `key`, user-added ones get generic texts. */
  conditions: readonly Condition[];
  /** Young people currently placed; default 60. */
  count?: number;
  /** Months of monthly-review history; default 6. */
  months?: number;
  seed?: number;
  /** Extra young people who already left; default a tenth of `count`. */
  leftCount?: number;
};

export type DemoBoard = { youths: Youth[]; assessments: Assessment[] };

export const DEMO_DEFAULT_SEED = 20261125;

// ---------------------------------------------------------------------------
// Randomness: mulberry32, small and fast; its state walks a Weyl sequence, so
// one stream never repeats within 2^32 draws and the ids it makes stay unique.

type Random = { next: () => number; uint32: () => number };

function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { uint32, next: () => uint32() / 4294967296 };
}

function int(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)] as T;
}

type Table<T> = { items: readonly T[]; cumulative: readonly number[]; total: number };

function table<T>(entries: readonly (readonly [T, number])[]): Table<T> {
  let total = 0;
  const cumulative: number[] = [];
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return { items: entries.map(([item]) => item), cumulative, total };
}

function draw<T>(rng: Random, from: Table<T>): T {
  const target = rng.next() * from.total;
  const { cumulative, items } = from;
  for (let i = 0; i < cumulative.length; i++) {
    if (target < (cumulative[i] as number)) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const HEX_CODES = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const uuidCodes: number[] = new Array<number>(36).fill(DASH);

function putHex(value: number, at: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    uuidCodes[at + i] = HEX_CODES[value & 15] as number;
    value >>>= 4;
  }
}

/**
 * An RFC 4122 version 4 UUID drawn from the stream. Built from char codes in
 * one go: concatenating pieces leaves rope strings that cost the benchmark
 * more in garbage collection than everything else together.
 */
function uuid(rng: Random): string {
  const a = rng.uint32();
  const b = rng.uint32();
  const c = rng.uint32();
  const d = rng.uint32();
  putHex(a, 0, 8);
  putHex(b >>> 16, 9, 4);
  putHex(0x4000 | (b & 0x0fff), 14, 4);
  putHex(0x8000 | ((c >>> 16) & 0x3fff), 19, 4);
  putHex(c & 0xffff, 24, 4);
  putHex(d, 28, 8);
  return String.fromCharCode.apply(null, uuidCodes);
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on whole UTC day numbers: cheap in the inner loops.

const DAY_MS = 86_400_000;

function dayOf(date: IsoDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  );
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const isoCache = new Map<number, IsoDate>();

function isoOf(day: number): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    const date = new Date(day * DAY_MS);
    iso = `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
    isoCache.set(day, iso);
  }
  return iso;
}

/** 0 = Sunday. Day 0 (1 January 1970) was a Thursday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day of the month `back` months earlier, clamped to the month's length. */
function monthsBack(day: number, back: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - back;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

function timeOfDay(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00.000Z`;
}

// ---------------------------------------------------------------------------
// The fictitious world.

type Location = { name: string; coordinators: readonly string[] };

const LOCATIONS: readonly Location[] = [
  { name: 'De Linde', coordinators: ['Sanne W.', 'Joost V.'] },
  { name: 'Het Baken', coordinators: ['Mehmet K.', 'Lotte B.'] },
  { name: 'Gezinshuis De Vlier', coordinators: ['Fatima E.'] },
];
const DE_LINDE = 0;
const HET_BAKEN = 1;
const DE_VLIER = 2;

const MUNICIPALITIES = table([
  ['Zwolle', 34],
  ['Deventer', 25],
  ['Kampen', 15],
  ['Hardenberg', 14],
  ['Raalte', 12],
] as const);

const ACCESS_TEAM: Record<string, string> = {
  Zwolle: 'Wijkteam Zwolle',
  Deventer: 'Sociaal Team Deventer',
  Kampen: 'Gemeente Kampen toegang',
  Hardenberg: 'Team Jeugd Hardenberg',
  Raalte: 'Gemeente Raalte toegang',
};
const GI = 'Jeugdbescherming Overijssel';

const PLACEMENTS = table<PlacementType>([
  ['groep', 42],
  ['gezinshuis', 16],
  ['jeugdzorgplus', 7],
  ['klinisch', 8],
  ['trainingshuis', 14],
  ['pleeggezin', 4],
  ['overig', 9],
]);

const PLACED_AGES = table([
  [12, 3],
  [13, 6],
  [14, 12],
  [15, 16],
  [16, 19],
  [17, 21],
  [18, 16],
  [19, 7],
]);

const LEFT_AGES = table([
  [13, 2],
  [14, 6],
  [15, 10],
  [16, 16],
  [17, 24],
  [18, 28],
  [19, 14],
]);

const PERSPECTIVES_YOUNG = table<Perspective>([
  ['thuis', 36],
  ['pleeggezin', 18],
  ['gezinshuis', 24],
  ['andereVoorziening', 12],
  ['onbekend', 10],
]);
const PERSPECTIVES_MID = table<Perspective>([
  ['thuis', 28],
  ['pleeggezin', 6],
  ['gezinshuis', 14],
  ['trainingshuis', 26],
  ['begeleidWonen', 8],
  ['andereVoorziening', 10],
  ['onbekend', 8],
]);
const PERSPECTIVES_OLD = table<Perspective>([
  ['thuis', 14],
  ['trainingshuis', 20],
  ['begeleidWonen', 34],
  ['zelfstandig', 16],
  ['andereVoorziening', 9],
  ['onbekend', 7],
]);
const DESTINATIONS = table<Perspective>([
  ['thuis', 26],
  ['pleeggezin', 5],
  ['gezinshuis', 8],
  ['trainingshuis', 18],
  ['begeleidWonen', 22],
  ['zelfstandig', 12],
  ['andereVoorziening', 9],
]);

// Repeated letters weight the draw towards common Dutch initials.
const FIRST_LETTERS = [...'AAABBCDDEEFGHHIJJJKKLLMMMNNOPRRSSSTTVWYZ'];
const SURNAME_LETTERS = [...'BBBDDGHHJKKKLMMMPRSSSTVVWWZ'];
const PREFIXES = ['v.', 'v.d.', 'd.', 'v.', 'v.d.', 't.'];

/** Initials such as "A.B." or "J.v.d.M.": never a name. */
function makeInitials(rng: Random): string {
  const first = `${pick(rng, FIRST_LETTERS)}.`;
  const roll = rng.next();
  const second = roll < 0.2 ? `${pick(rng, FIRST_LETTERS)}.` : '';
  const prefix = roll > 0.72 ? pick(rng, PREFIXES) : '';
  return `${first}${second}${prefix}${pick(rng, SURNAME_LETTERS)}.`;
}

const MENTORS = [
  'Ilse',
  'Ruben',
  'Noor',
  'Daan',
  'Esra',
  'Kevin',
  'Marieke',
  'Yusuf',
  'Anouk',
  'Bram',
];

const NOTES = [
  'Evaluatie 3 maanden voor einde plaatsing gepland',
  'Gezinsgesprekken eens per twee weken',
  'Schoolwissel na de zomer besproken',
  'Verlenging plaatsing aangevraagd bij gemeente',
  'Weekendverlof naar huis loopt goed',
];

// ---------------------------------------------------------------------------
// Texts per condition: what is missing and what happens about it.

type OwnerKind = 'coordinator' | 'mentor' | 'Wijkteam' | 'Ouders' | 'Jongere';
/** Each owner's role, as a municipality may read it; the name stays on the provider's device. */
const OWNER_ROLE: Record<OwnerKind, ActionOwnerRole> = {
  coordinator: 'coordinator',
  mentor: 'mentor',
  Wijkteam: 'districtTeam',
  Ouders: 'parents',
  Jongere: 'youth',
};
type Pair = readonly [reason: string, action: string];
type Texts = {
  red: readonly Pair[];
  amber: readonly Pair[];
  green: readonly string[];
  owners: Table<OwnerKind>;
};

const TEXTS: Record<DefaultConditionKey, Texts> = {
  housing: {
    red: [
      ['Geen woonplek in zicht na vertrek', 'Aanmelding begeleid wonen bij Wmo-loket'],
      [
        'Wachtlijst begeleid wonen zonder verwachte datum',
        'Urgentie aanvragen bij de woningcorporatie',
      ],
      [
        'Terug naar huis is niet haalbaar, geen alternatief',
        'Mogelijkheden gezinshuis verkennen met procesregie',
      ],
      ['Geen pleeggezin beschikbaar in de regio', 'Matching pleegzorg opnieuw aanvragen'],
    ],
    amber: [
      [
        'Aangemeld voor trainingshuis, plaatsing verwacht binnen 3 maanden',
        'Intakegesprek trainingshuis plannen',
      ],
      [
        'Op wachtlijst begeleid wonen, verwachte datum bekend',
        'Plaatsingsdatum navragen bij aanbieder',
      ],
      [
        'Terugkeer naar huis wordt voorbereid, weekendverlof loopt',
        'Weekendverlof evalueren met ouders',
      ],
      [
        'Ingeschreven als woningzoekende, nog geen woning',
        'Samen met jongere reageren op woningaanbod',
      ],
    ],
    green: [
      'Plek in trainingshuis toegezegd met startdatum',
      'Terugkeer naar huis afgesproken met datum',
      'Kamer begeleid wonen toegezegd',
    ],
    owners: table<OwnerKind>([
      ['coordinator', 4],
      ['Wijkteam', 3],
      ['Ouders', 1],
      ['Jongere', 1],
    ]),
  },
  schoolWork: {
    red: [
      ['Geen school of werk na vertrek', 'Aanmelding mbo-opleiding met begeleiding'],
      ['Gaat nu niet naar school (verzuim)', 'Overleg met leerplichtambtenaar en school'],
      ['Geen passende onderwijsplek in de woonplaats', 'Onderwijsconsulent inschakelen'],
    ],
    amber: [
      ['Aangemeld bij mbo, toelating nog niet zeker', 'Intakegesprek mbo voorbereiden'],
      ['In gesprek over stageplek of werk', 'Gesprek met jobcoach plannen'],
      [
        'Dagbesteding aangevraagd, start nog onbekend',
        'Indicatie dagbesteding navragen bij gemeente',
      ],
    ],
    green: ['Ingeschreven op school vanaf vertrekdatum', 'Leerwerkplek geregeld'],
    owners: table<OwnerKind>([
      ['mentor', 4],
      ['Jongere', 3],
      ['coordinator', 2],
      ['Ouders', 1],
    ]),
  },
  followUpCare: {
    red: [
      [
        'Benodigde hulp na vertrek nog onduidelijk',
        'Hulpvraag na vertrek in kaart brengen met jongere en ouders',
      ],
      ['Geen aanbieder voor ambulante hulp beschikbaar', 'Andere aanbieder zoeken met wijkteam'],
      ['Wachtlijst ggz, geen startdatum', 'Overbruggingszorg afspreken'],
    ],
    amber: [
      [
        'Ambulante begeleiding aangevraagd, beschikking volgt',
        'Beschikking ambulante hulp navragen bij gemeente',
      ],
      ['Op wachtlijst FACT-team, datum verwacht', 'Warme overdracht voorbereiden'],
    ],
    green: [
      'Ambulante begeleiding toegekend, warme overdracht gepland',
      'Vervolghulp start op vertrekdatum',
    ],
    owners: table<OwnerKind>([
      ['coordinator', 5],
      ['Wijkteam', 4],
      ['Ouders', 1],
    ]),
  },
  transition18: {
    red: [
      ['Geen plan voor na 18 jaar', 'Toekomstplan 18+ opstellen met jongere'],
      ['Wmo-aanvraag begeleiding nog niet gedaan', 'Melding doen bij Wmo-loket'],
      [
        'Geen zicht op zorg na 18, verlengde jeugdhulp onduidelijk',
        'Verlengde jeugdhulp aanvragen bij gemeente',
      ],
    ],
    amber: [
      ['Toekomstplan 18+ in de maak', 'Toekomstplan bespreken in 18-min-overleg'],
      ['Wmo-aanvraag loopt, beschikking volgt', 'Keukentafelgesprek Wmo voorbereiden'],
      ['Aanvraag Wlz-indicatie bij CIZ loopt', 'Aanvullende informatie aanleveren bij CIZ'],
    ],
    green: [
      'Zorg na 18 geregeld via de Wmo',
      'Verlengde jeugdhulp toegekend',
      'Toekomstplan 18+ rond',
    ],
    owners: table<OwnerKind>([
      ['coordinator', 5],
      ['Wijkteam', 3],
      ['Jongere', 1],
    ]),
  },
  finances: {
    red: [
      ['Geen inkomen na 18 geregeld', 'Aanvraag uitkering of studiefinanciering voorbereiden'],
      ['Zorgverzekering per 18 jaar niet geregeld', 'Zorgverzekering en zorgtoeslag aanvragen'],
      ['Schulden zonder plan', 'Aanmelden bij schuldhulpverlening'],
    ],
    amber: [
      ['Aanvraag studiefinanciering loopt', 'DigiD aanvragen en aanvraag DUO afronden'],
      ['Bewindvoering aangevraagd bij de kantonrechter', 'Zitting bewindvoering voorbereiden'],
      ['Zorgtoeslag en huurtoeslag aangevraagd', 'Nagaan of toeslagen zijn toegekend'],
    ],
    green: ['Inkomen en zorgverzekering geregeld', 'Bewindvoering geregeld'],
    owners: table<OwnerKind>([
      ['mentor', 4],
      ['Jongere', 3],
      ['Ouders', 2],
      ['coordinator', 1],
    ]),
  },
  network: {
    red: [
      ['Geen steunfiguur buiten de hulpverlening', 'Samen met jongere een JIM-mentor zoeken'],
      ['Contact met ouders verbroken', 'Netwerkberaad organiseren'],
    ],
    amber: [
      ['JIM-mentor in beeld, kennismaking gepland', 'Kennismaking met JIM-mentor plannen'],
      ['Contact met ouders wordt opgebouwd', 'Afspraken over bezoek met ouders vastleggen'],
      ['Buddy aangevraagd', 'Aanvraag buddy opvolgen'],
    ],
    green: ['Vaste steunfiguur en afspraken met ouders', 'JIM-mentor betrokken'],
    owners: table<OwnerKind>([
      ['mentor', 4],
      ['Ouders', 3],
      ['Jongere', 2],
      ['coordinator', 1],
    ]),
  },
  independence: {
    red: [
      ['Mist basisvaardigheden voor zelfstandig wonen', 'Trainingsplan zelfstandigheid opstellen'],
      ['Kan nog niet zelf koken en boodschappen doen', 'Oefenen met koken en budget op de groep'],
    ],
    amber: [
      ['Training in trainingshuis loopt', 'Voortgang training evalueren'],
      ['Oefent met eigen budget, gaat wisselend', 'Budgetoefening evalueren met mentor'],
    ],
    green: ['Vaardig genoeg voor de beoogde woonvorm'],
    owners: table<OwnerKind>([
      ['mentor', 5],
      ['Jongere', 3],
      ['coordinator', 1],
    ]),
  },
  treatment: {
    red: [
      ['Behandeldoelen nog ver weg', 'Behandelplan herzien met behandelaar'],
      ['Behandeling stagneert', 'Multidisciplinair overleg over behandeling'],
    ],
    amber: [
      ['Behandeldoelen deels bereikt, afronding gepland', 'Eindevaluatie behandeling plannen'],
      ['Behandeling loopt volgens plan', 'Tussenevaluatie behandelplan'],
    ],
    green: ['Behandeldoelen voldoende bereikt'],
    owners: table<OwnerKind>([
      ['coordinator', 4],
      ['mentor', 2],
      ['Jongere', 1],
    ]),
  },
};

const GENERIC_TEXTS: Texts = {
  red: [['Nog geen zicht op een oplossing', 'Bespreken in casusoverleg en actiehouder aanwijzen']],
  amber: [['In gang gezet, nog niet rond', 'Voortgang navragen en terugkoppelen']],
  green: ['Geregeld'],
  owners: table<OwnerKind>([
    ['coordinator', 3],
    ['mentor', 2],
    ['Wijkteam', 1],
  ]),
};

const NOT_APPLICABLE_REASONS = [
  'Niet aan de orde voor deze jongere',
  'Nog niet aan de orde gezien leeftijd',
];

// ---------------------------------------------------------------------------
// Trajectories: the colour of one cell across the reviews.

const PATTERNS = [
  'improving',
  'stuckRed',
  'stuckAmber',
  'steadyGreen',
  'relapse',
  'worsening',
  'notApplicable',
] as const;
type Pattern = (typeof PATTERNS)[number];
/** Weights in the order of PATTERNS. */
type Weights = readonly [number, number, number, number, number, number, number];

/** 0 red, 1 amber, 2 green, 3 n.v.t. */
type Level = 0 | 1 | 2 | 3;
const COLOURS: readonly AssessedColour[] = ['red', 'amber', 'green', 'notApplicable'];

function patternWeights(key: DefaultConditionKey | undefined, age: number): Weights {
  switch (key) {
    case 'housing':
      return age >= 17 ? [44, 9, 24, 13, 4, 7, 0] : [40, 4, 20, 28, 3, 7, 2];
    case 'schoolWork':
      return [42, 3, 20, 28, 4, 7, 0];
    case 'followUpCare':
      return [46, 5, 23, 19, 4, 7, 0];
    case 'transition18':
      return age >= 17 ? [42, 11, 28, 10, 3, 7, 0] : [48, 4, 26, 16, 2, 7, 0];
    case 'finances':
      if (age < 15) return [20, 3, 10, 30, 2, 7, 34];
      return age < 17 ? [38, 3, 22, 26, 3, 7, 5] : [44, 6, 26, 15, 3, 7, 0];
    case 'network':
      return [42, 4, 21, 26, 4, 7, 0];
    case 'independence':
      return [46, 3, 23, 20, 4, 7, 1];
    case 'treatment':
      return [45, 2, 24, 25, 3, 2, 2];
    default:
      return [42, 4, 22, 25, 3, 7, 1];
  }
}

const patternTables = new Map<string, Table<Pattern>>();

function patternTable(
  key: DefaultConditionKey | undefined,
  age: number,
  left: boolean,
): Table<Pattern> {
  const band = age < 15 ? 0 : age < 17 ? 1 : 2;
  const cacheKey = `${key ?? ''}|${band}|${left ? 1 : 0}`;
  let found = patternTables.get(cacheKey);
  if (!found) {
    const weights = patternWeights(key, band === 0 ? 14 : band === 1 ? 16 : 17);
    found = table(
      PATTERNS.map((pattern, i): readonly [Pattern, number] => {
        const weight = weights[i] as number;
        // Who left got there: fewer stuck lights in their history.
        if (left && (pattern === 'stuckRed' || pattern === 'worsening'))
          return [pattern, weight / 4];
        if (left && pattern === 'steadyGreen') return [pattern, weight * 1.5];
        return [pattern, weight];
      }),
    );
    patternTables.set(cacheKey, found);
  }
  return found;
}

function trajectory(
  rng: Random,
  pattern: Pattern,
  n: number,
  startRed: number,
  pUp: number,
): Level[] {
  const levels: Level[] = [];
  switch (pattern) {
    case 'notApplicable':
      for (let i = 0; i < n; i++) levels.push(3);
      return levels;
    case 'stuckRed':
      for (let i = 0; i < n; i++) levels.push(0);
      return levels;
    case 'stuckAmber': {
      const firstRed = rng.next() < 0.3;
      for (let i = 0; i < n; i++) levels.push(i === 0 && firstRed ? 0 : 1);
      return levels;
    }
    case 'steadyGreen': {
      const firstAmber = rng.next() < 0.3;
      for (let i = 0; i < n; i++) levels.push(i === 0 && firstAmber ? 1 : 2);
      return levels;
    }
    case 'improving': {
      let level: Level = rng.next() < startRed ? 0 : 1;
      for (let i = 0; i < n; i++) {
        // Getting a route (red → amber) goes faster than getting it arranged (amber → green).
        if (i > 0 && level < 2 && rng.next() < (level === 0 ? pUp * 1.5 : pUp))
          level = (level + 1) as Level;
        levels.push(level);
      }
      return levels;
    }
    case 'relapse': {
      const up = Math.max(1, Math.ceil(n / 3));
      const down = Math.max(up + 1, Math.ceil((2 * n) / 3));
      for (let i = 0; i < n; i++) levels.push(i < up ? 1 : i < down ? 2 : 1);
      return levels;
    }
    case 'worsening': {
      const start: Level = rng.next() < 0.5 ? 2 : 1;
      // Something fell through recently: red for the last one or two reviews.
      const drop = Math.max(1, n - 1 - Math.floor(rng.next() * 2));
      for (let i = 0; i < n; i++) levels.push(i < drop ? start : 0);
      return levels;
    }
  }
}

// ---------------------------------------------------------------------------
// Review calendar: each location holds its monthly case review on about the
// same weekday; the newest was 0–20 days ago.

type Review = { day: number; iso: IsoDate };

function reviewCalendar(rng: Random, today: number, months: number): Review[] {
  let latest = today - int(rng, 0, 18);
  while (weekday(latest) === 0 || weekday(latest) === 6) latest -= 1;
  const day = weekday(latest);
  const reviews: Review[] = [];
  for (let back = months - 1; back >= 0; back--) {
    let review = back === 0 ? latest : monthsBack(latest, back);
    let shift = day - weekday(review);
    if (shift > 3) shift -= 7;
    if (shift < -3) shift += 7;
    review += shift;
    if (back > 0 && review >= latest) review -= 7;
    reviews.push({ day: review, iso: isoOf(review) });
  }
  return reviews;
}

// ---------------------------------------------------------------------------

type YouthPlan = {
  youth: Youth;
  birthDay: number;
  age: number;
  location: number;
  coordinator: string;
  mentor: string;
  startDay: number;
  endDay: number;
  slot: number;
  left: boolean;
};

/**
 * A deterministic, fictitious board: `count` placed young people plus
 * `leftCount` who left, with `months` of monthly reviews behind each light.
 */
export function generateDemoBoard(options: DemoOptions): DemoBoard {
  const count = options.count ?? 60;
  const months = options.months ?? 6;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const leftCount = options.leftCount ?? Math.round(count / 10);
  const todayIso = options.today;
  const today = dayOf(todayIso);
  const conditions = options.conditions.filter((condition) => !condition.retired);

  const rng = mulberry32(seed);
  // Ids come from their own stream, so no two can coincide.
  const ids = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b));

  const calendars = LOCATIONS.map(() => reviewCalendar(rng, today, months));
  const slots = LOCATIONS.map(() => 0);
  let clientNumber = 10000 + int(rng, 0, 9000);

  const plans: YouthPlan[] = [];
  for (let i = 0; i < count + leftCount; i++) {
    const left = i >= count;
    clientNumber += int(rng, 1, 9);
    plans.push(planYouth(rng, ids, left, todayIso, today, clientNumber, slots));
  }

  const assessments: Assessment[] = [];
  for (const plan of plans) {
    const calendar = calendars[plan.location] as Review[];
    const reviews = calendar.filter(
      (review) => review.day >= plan.startDay && review.day <= plan.endDay,
    );
    if (reviews.length === 0) continue;
    generateHistory(rng, ids, plan, reviews, conditions, assessments);
  }

  return { youths: plans.map((plan) => plan.youth), assessments };
}

function planYouth(
  rng: Random,
  ids: Random,
  left: boolean,
  todayIso: IsoDate,
  today: number,
  clientNumber: number,
  slots: number[],
): YouthPlan {
  const age = draw(rng, left ? LEFT_AGES : PLACED_AGES);
  const birthDay = birthDayFor(rng, todayIso, age);
  const birthDate = isoOf(birthDay);

  let placementType = draw(rng, PLACEMENTS);
  if (placementType === 'trainingshuis' && age < 16) placementType = 'groep';
  const location =
    placementType === 'gezinshuis'
      ? DE_VLIER
      : placementType === 'jeugdzorgplus' || placementType === 'klinisch'
        ? HET_BAKEN
        : placementType === 'trainingshuis'
          ? DE_LINDE
          : rng.next() < 0.55
            ? DE_LINDE
            : HET_BAKEN;
  const coordinator = pick(rng, (LOCATIONS[location] as Location).coordinators);
  const municipality = draw(rng, MUNICIPALITIES);
  const procesregieRoll = rng.next();
  const procesregie =
    procesregieRoll < 0.05 ? undefined : procesregieRoll < 0.35 ? GI : ACCESS_TEAM[municipality];

  // Nobody here was placed before the age of 11.
  const earliestStart = birthDay + 11 * 365;
  const leftDay = left ? today - int(rng, 7, 180) : undefined;
  const endDay = leftDay ?? today;
  const stay = left
    ? 120 + Math.floor(900 * rng.next() ** 1.5)
    : 60 + Math.floor((1095 - 60) * rng.next() ** 1.6);
  const startDay = Math.max(earliestStart, endDay - stay);

  let plannedEnd: number | undefined;
  const endRoll = rng.next();
  if (left) {
    if (endRoll < 0.85)
      plannedEnd = Math.max(startDay + 30, (leftDay as number) + int(rng, -30, 60));
  } else if (endRoll < 0.1) {
    plannedEnd = undefined;
  } else if (endRoll < 0.25 && today - startDay > 40) {
    plannedEnd = today - int(rng, 1, Math.min(90, today - startDay - 30));
  } else if (endRoll < 0.55) {
    plannedEnd = today + int(rng, 1, 90);
  } else {
    plannedEnd = today + int(rng, 91, 540);
  }

  const perspectiveTable =
    age < 15 ? PERSPECTIVES_YOUNG : age < 17 ? PERSPECTIVES_MID : PERSPECTIVES_OLD;
  const perspective =
    !left && rng.next() < (age >= 17 ? 0.22 : 0.1) ? undefined : draw(rng, perspectiveTable);
  const actualDestination = left
    ? perspective && perspective !== 'onbekend' && rng.next() < 0.8
      ? perspective
      : draw(rng, DESTINATIONS)
    : undefined;

  const id = uuid(ids) as YouthId;
  const initials = makeInitials(rng);
  const hasClientNumber = rng.next() < 0.95;
  const notes = rng.next() < 0.08 ? pick(rng, NOTES) : undefined;
  const mentor = pick(rng, MENTORS);
  const slot = slots[location] as number;
  slots[location] = slot + 1;

  const placementStart = isoOf(startDay);
  const createdAt = `${placementStart}T${timeOfDay(9 * 60 + (slot % 60))}`;
  const updatedAt =
    leftDay === undefined ? createdAt : `${isoOf(leftDay)}T${timeOfDay(15 * 60 + (slot % 60))}`;

  const youth: Youth = {
    id,
    initials,
    ...(hasClientNumber ? { clientNumber: `CL-${clientNumber}` } : {}),
    birthDate,
    municipality,
    location: (LOCATIONS[location] as Location).name,
    placementType,
    placementStart,
    ...(plannedEnd !== undefined ? { plannedEnd: isoOf(plannedEnd) } : {}),
    ...(perspective !== undefined ? { perspective } : {}),
    coordinator,
    ...(procesregie !== undefined ? { procesregie } : {}),
    ...(notes !== undefined ? { notes } : {}),
    status: left ? 'left' : 'placed',
    ...(leftDay !== undefined ? { leftOn: isoOf(leftDay) } : {}),
    ...(actualDestination !== undefined ? { actualDestination } : {}),
    createdAt,
    updatedAt,
    updatedBy: coordinator,
  };
  return { youth, birthDay, age, location, coordinator, mentor, startDay, endDay, slot, left };
}

/** A birth date that makes the young person exactly `age` today. */
function birthDayFor(rng: Random, todayIso: IsoDate, age: number): number {
  const year = Number(todayIso.slice(0, 4)) - age;
  const monthDay = todayIso.slice(4) === '-02-29' ? '-02-28' : todayIso.slice(4);
  const anchor = dayOf(`${String(year).padStart(4, '0')}${monthDay}`);
  const birthDay = anchor - int(rng, 0, 364);
  return ageOn(isoOf(birthDay), todayIso) === age ? birthDay : anchor - 30;
}

function ownerName(kind: OwnerKind, plan: YouthPlan): string {
  if (kind === 'coordinator') return plan.coordinator;
  if (kind === 'mentor') return plan.mentor;
  return kind;
}

function generateHistory(
  rng: Random,
  ids: Random,
  plan: YouthPlan,
  reviews: readonly Review[],
  conditions: readonly Condition[],
  out: Assessment[],
): void {
  const { youth, coordinator } = plan;
  const assessedTime = timeOfDay(10 * 60 + ((plan.slot * 4) % 420));
  // One string per review, shared by all lights of that review.
  const assessedAts = reviews.map((review) => `${review.iso}T${assessedTime}`);
  // Whether the young person was in the room is a property of the meeting, not of one light.
  const discussed: DiscussedWithYouth[] = reviews.map(() => {
    const roll = rng.next();
    const notDiscussed = plan.age < 14 ? 0.3 : 0.12;
    return roll < notDiscussed ? 'notDiscussed' : 'agreed';
  });
  const floors = new Map<number, IsoDate>();

  for (const condition of conditions) {
    let applicable = reviews;
    const fromAge = condition.appliesFromAge;
    if (fromAge !== undefined) {
      let floor = floors.get(fromAge);
      if (floor === undefined) {
        floor = turnsAgeOn(youth.birthDate, fromAge);
        floors.set(fromAge, floor);
      }
      const from = floor;
      applicable = reviews.filter((review) => review.iso >= from);
    }
    if (applicable.length === 0) continue;
    // A few lights nobody has looked at yet: the board shows "niet beoordeeld".
    if (rng.next() < 0.04) continue;

    const included: Review[] = [];
    const reviewIndex: number[] = [];
    for (let i = 0; i < applicable.length; i++) {
      if (included.length > 0 && rng.next() < 0.06) continue;
      const review = applicable[i] as Review;
      included.push(review);
      reviewIndex.push(reviews.indexOf(review));
    }

    const key = condition.key;
    const pattern = draw(rng, patternTable(key, plan.age, plan.left));
    const startRed =
      key === 'treatment' ? 0.15 : key === 'transition18' && plan.age >= 17 ? 0.6 : 0.45;
    const levels = trajectory(rng, pattern, included.length, startRed, plan.left ? 0.45 : 0.3);
    const texts = key ? TEXTS[key] : GENERIC_TEXTS;

    let previous: Level | undefined;
    let pair: Pair | undefined;
    let owner = '';
    let ownerRole: ActionOwnerRole | undefined;
    let greenText = '';
    let notApplicableText = '';
    let due: number | undefined;
    for (let i = 0; i < included.length; i++) {
      const review = included[i] as Review;
      const level = levels[i] as Level;
      let reason = '';
      let action = '';
      let actionOwner = '';
      let actionOwnerRole: ActionOwnerRole | undefined;
      if (level <= 1) {
        const options = level === 0 ? texts.red : texts.amber;
        if (level !== previous || pair === undefined || rng.next() < 0.1) {
          pair = pick(rng, options);
          const kind = draw(rng, texts.owners);
          owner = ownerName(kind, plan);
          ownerRole = OWNER_ROLE[kind];
          due = rng.next() < 0.05 ? undefined : review.day + int(rng, 14, 56);
        } else if (due !== undefined && due <= review.day + 7 && rng.next() < 0.7) {
          // Mostly a new date when the old one (nearly) passed; the rest stays overdue.
          due = review.day + int(rng, 14, 56);
        }
        reason = pair[0];
        action = pair[1];
        actionOwner = owner;
        actionOwnerRole = ownerRole;
      } else {
        pair = undefined;
        due = undefined;
        if (level === 2) {
          if (previous !== 2) greenText = rng.next() < 0.4 ? '' : pick(rng, texts.green);
          reason = greenText;
        } else {
          if (previous !== 3) notApplicableText = pick(rng, NOT_APPLICABLE_REASONS);
          reason = notApplicableText;
        }
      }
      previous = level;

      let discussedWithYouth = discussed[reviewIndex[i] as number] as DiscussedWithYouth;
      if (discussedWithYouth === 'agreed' && level <= 1 && rng.next() < 0.1)
        discussedWithYouth = 'disagreed';

      const assessedAt = assessedAts[reviewIndex[i] as number] as string;
      const assessment: Assessment = {
        id: uuid(ids) as AssessmentId,
        youthId: youth.id,
        conditionId: condition.id,
        colour: COLOURS[level] as AssessedColour,
        reason,
        action,
        actionOwner,
        discussedWithYouth,
        assessedAt,
        assessedBy: coordinator,
        createdAt: assessedAt,
        updatedAt: assessedAt,
        updatedBy: coordinator,
      };
      if (actionOwnerRole) assessment.actionOwnerRole = actionOwnerRole;
      if (due !== undefined) assessment.dueDate = isoOf(due);
      out.push(assessment);
    }
  }
}
