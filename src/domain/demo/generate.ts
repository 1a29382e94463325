/**
 * A fictitious demo board: placed and departed young people with months of
 * monthly case reviews behind them. Deterministic for a seed, so demos,
 * screenshots, tests and the benchmark all see the same board. All names,
 * numbers and stories are made up; the words come in as `texts`.
 *
 * Pure: no DOM, no database, no clock, no state kept between calls, so it can
 * run anywhere (a test, the page, a worker).
 */
import { ageOn, turnsAgeOn } from '../dates';
import type { AssessmentId, YouthId } from '../ids';
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
} from '../types';
import { dayOf, isoDates, reviewCalendar, timeOfDay, type Review } from './calendar';
import type { DemoConditionTexts, DemoReasonAction, DemoTexts } from './demo-texts';
import { draw, int, mulberry32, pick, table, uuid, type Random, type Table } from './random';

export type DemoOptions = {
  /** `yyyy-MM-dd`; nothing is generated after it. */
  today: IsoDate;
  /** Active conditions; defaults carry their `key`, user-added ones get generic texts. */
  conditions: readonly Condition[];
  /** The words of the demo world (`td` from `@/i18n/demo`). */
  texts: DemoTexts;
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
// The fictitious world's numbers. Indexes into `texts.locations`:
const DE_LINDE = 0;
const HET_BAKEN = 1;
const DE_VLIER = 2;

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

/** Who owns the actions on each condition, by role. */
type OwnerKind = Extract<
  ActionOwnerRole,
  'coordinator' | 'mentor' | 'districtTeam' | 'parents' | 'youth'
>;

const OWNERS: Record<DefaultConditionKey, Table<OwnerKind>> = {
  housing: table<OwnerKind>([
    ['coordinator', 4],
    ['districtTeam', 3],
    ['parents', 1],
    ['youth', 1],
  ]),
  schoolWork: table<OwnerKind>([
    ['mentor', 4],
    ['youth', 3],
    ['coordinator', 2],
    ['parents', 1],
  ]),
  followUpCare: table<OwnerKind>([
    ['coordinator', 5],
    ['districtTeam', 4],
    ['parents', 1],
  ]),
  transition18: table<OwnerKind>([
    ['coordinator', 5],
    ['districtTeam', 3],
    ['youth', 1],
  ]),
  finances: table<OwnerKind>([
    ['mentor', 4],
    ['youth', 3],
    ['parents', 2],
    ['coordinator', 1],
  ]),
  network: table<OwnerKind>([
    ['mentor', 4],
    ['parents', 3],
    ['youth', 2],
    ['coordinator', 1],
  ]),
  independence: table<OwnerKind>([
    ['mentor', 5],
    ['youth', 3],
    ['coordinator', 1],
  ]),
  treatment: table<OwnerKind>([
    ['coordinator', 4],
    ['mentor', 2],
    ['youth', 1],
  ]),
};

const GENERIC_OWNERS = table<OwnerKind>([
  ['coordinator', 3],
  ['mentor', 2],
  ['districtTeam', 1],
]);

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

/**
 * The pattern table for a condition, age band and whether the young person
 * left, built once per generation: at most (8 keys + user-added) × 3 bands × 2.
 */
function patternTables(): (
  key: DefaultConditionKey | undefined,
  age: number,
  left: boolean,
) => Table<Pattern> {
  const tables = new Map<string, Table<Pattern>>();
  return (key, age, left) => {
    const band = age < 15 ? 0 : age < 17 ? 1 : 2;
    const cacheKey = `${key ?? ''}|${band}|${left ? 1 : 0}`;
    let found = tables.get(cacheKey);
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
      tables.set(cacheKey, found);
    }
    return found;
  };
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

/** Everything one generation shares; made fresh by each call and dropped after it. */
type Generation = {
  rng: Random;
  /** Ids come from their own stream, so no two can coincide. */
  ids: Random;
  texts: DemoTexts;
  municipalities: Table<string>;
  accessTeams: ReadonlyMap<string, string>;
  firstLetters: readonly string[];
  surnameLetters: readonly string[];
  isoOf: (day: number) => IsoDate;
  patternTable: ReturnType<typeof patternTables>;
};

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
  const steps = demoBoardSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far a generation is: young people whose history is written, of all of them. */
export type DemoGenerated = { done: number; total: number };

/**
 * The same board as {@link generateDemoBoard}, one young person's history per
 * step, so a caller on the page's thread can stop between steps and let input
 * through. The steps draw from the same random streams in the same order: the
 * board does not depend on where the caller stopped.
 */
export function* demoBoardSteps(options: DemoOptions): Generator<DemoGenerated, DemoBoard> {
  const count = options.count ?? 60;
  const months = options.months ?? 6;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const leftCount = options.leftCount ?? Math.round(count / 10);
  const todayIso = options.today;
  const today = dayOf(todayIso);
  const conditions = options.conditions.filter((condition) => !condition.retired);
  const { texts } = options;

  const gen: Generation = {
    rng: mulberry32(seed),
    ids: mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b)),
    texts,
    municipalities: table(texts.municipalities.map((m) => [m.name, m.weight] as const)),
    accessTeams: new Map(texts.municipalities.map((m) => [m.name, m.accessTeam])),
    firstLetters: [...texts.initials.first],
    surnameLetters: [...texts.initials.surname],
    isoOf: isoDates(),
    patternTable: patternTables(),
  };
  const { rng } = gen;

  const calendars = texts.locations.map(() => reviewCalendar(rng, today, months, gen.isoOf));
  const slots = texts.locations.map(() => 0);
  let clientNumber = 10000 + int(rng, 0, 9000);

  const plans: YouthPlan[] = [];
  for (let i = 0; i < count + leftCount; i++) {
    const left = i >= count;
    clientNumber += int(rng, 1, 9);
    plans.push(planYouth(gen, left, todayIso, today, clientNumber, slots));
  }

  const assessments: Assessment[] = [];
  for (let index = 0; index < plans.length; index++) {
    const plan = plans[index] as YouthPlan;
    const calendar = calendars[plan.location] as Review[];
    const reviews = calendar.filter(
      (review) => review.day >= plan.startDay && review.day <= plan.endDay,
    );
    if (reviews.length > 0) generateHistory(gen, plan, reviews, conditions, assessments);
    yield { done: index + 1, total: plans.length };
  }

  return { youths: plans.map((plan) => plan.youth), assessments };
}

/** Initials such as "A.B." or "J.v.d.M.": never a name. */
function makeInitials(gen: Generation): string {
  const { rng } = gen;
  const first = `${pick(rng, gen.firstLetters)}.`;
  const roll = rng.next();
  const second = roll < 0.2 ? `${pick(rng, gen.firstLetters)}.` : '';
  const prefix = roll > 0.72 ? pick(rng, gen.texts.initials.prefixes) : '';
  return `${first}${second}${prefix}${pick(rng, gen.surnameLetters)}.`;
}

function planYouth(
  gen: Generation,
  left: boolean,
  todayIso: IsoDate,
  today: number,
  clientNumber: number,
  slots: number[],
): YouthPlan {
  const { rng, texts, isoOf } = gen;
  const age = draw(rng, left ? LEFT_AGES : PLACED_AGES);
  const birthDay = birthDayFor(gen, todayIso, age);
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
  const site = texts.locations[location];
  const coordinator = pick(rng, site.coordinators);
  const municipality = draw(rng, gen.municipalities);
  const procesregieRoll = rng.next();
  const procesregie =
    procesregieRoll < 0.05
      ? undefined
      : procesregieRoll < 0.35
        ? texts.guardianship
        : gen.accessTeams.get(municipality);

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

  const id = uuid(gen.ids) as YouthId;
  const initials = makeInitials(gen);
  const hasClientNumber = rng.next() < 0.95;
  const notes = rng.next() < 0.08 ? pick(rng, texts.notes) : undefined;
  const mentor = pick(rng, texts.mentors);
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
    location: site.name,
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
function birthDayFor(gen: Generation, todayIso: IsoDate, age: number): number {
  const year = Number(todayIso.slice(0, 4)) - age;
  const monthDay = todayIso.slice(4) === '-02-29' ? '-02-28' : todayIso.slice(4);
  const anchor = dayOf(`${String(year).padStart(4, '0')}${monthDay}`);
  const birthDay = anchor - int(gen.rng, 0, 364);
  return ageOn(gen.isoOf(birthDay), todayIso) === age ? birthDay : anchor - 30;
}

function ownerName(gen: Generation, kind: OwnerKind, plan: YouthPlan): string {
  if (kind === 'coordinator') return plan.coordinator;
  if (kind === 'mentor') return plan.mentor;
  return gen.texts.owners[kind];
}

function generateHistory(
  gen: Generation,
  plan: YouthPlan,
  reviews: readonly Review[],
  conditions: readonly Condition[],
  out: Assessment[],
): void {
  const { rng, ids, isoOf } = gen;
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
        // The generator writes real birth dates only.
        floor = turnsAgeOn(youth.birthDate, fromAge) as IsoDate;
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
    const pattern = draw(rng, gen.patternTable(key, plan.age, plan.left));
    const startRed =
      key === 'treatment' ? 0.15 : key === 'transition18' && plan.age >= 17 ? 0.6 : 0.45;
    const levels = trajectory(rng, pattern, included.length, startRed, plan.left ? 0.45 : 0.3);
    const texts: DemoConditionTexts = key ? gen.texts.conditions[key] : gen.texts.generic;
    const owners = key ? OWNERS[key] : GENERIC_OWNERS;

    let previous: Level | undefined;
    let pair: DemoReasonAction | undefined;
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
          const kind = draw(rng, owners);
          owner = ownerName(gen, kind, plan);
          ownerRole = kind;
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
          if (previous !== 3) notApplicableText = pick(rng, gen.texts.notApplicable);
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
