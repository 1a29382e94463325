import type { ConditionErrorCode } from '@/domain/conditions';
import type { LightColour } from '@/domain/types';

type CriterionColour = Exclude<LightColour, 'notApplicable'>;
const place = (position: number, total: number) => `plaats ${position} van ${total}`;

export const conditions = {
  title: 'Randvoorwaarden',
  intro:
    'Elke randvoorwaarde krijgt per jongere één stoplicht op het bord. Per kleur staat beschreven wanneer een situatie rood, oranje of groen is. Die tekst staat ook in het venster waarin het licht wordt gezet, zodat twee coördinatoren dezelfde situatie dezelfde kleur geven.',
  introHistory:
    'Een randvoorwaarde die al gebruikt is, kan buiten gebruik worden gesteld, maar nooit worden verwijderd: de geschiedenis blijft bewaard.',
  loading: 'Randvoorwaarden laden…',
  add: 'Randvoorwaarde toevoegen',

  activeHeading: 'In gebruik',
  activeIntro:
    'De volgorde hier is de volgorde op het bord. Verplaats een randvoorwaarde met de knoppen Omhoog en Omlaag, of sleep haar aan de sleepknop.',
  noneActive: 'Er is geen randvoorwaarde in gebruik, dus het bord heeft geen stoplichten.',
  appliesFrom: (age: number) => `vanaf ${age} jaar`,
  handle: (name: string) => `${name} verplaatsen`,
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  moveUpLabel: (name: string) => `${name} omhoog`,
  moveDownLabel: (name: string) => `${name} omlaag`,
  editLabel: (name: string) => `${name} bewerken`,
  retire: 'Buiten gebruik stellen',
  retireLabel: (name: string) => `${name} buiten gebruik stellen`,
  movedTo: (name: string, position: number, total: number) =>
    `${name} staat nu op ${place(position, total)}.`,

  retireDialog: {
    title: (name: string) => `${name} buiten gebruik stellen?`,
    body: (name: string) =>
      `${name} verdwijnt van het bord en uit nieuwe overzichten. Stoplichten die al zijn gezet, blijven bewaard in de geschiedenis van elke jongere.`,
    later: 'Weer in gebruik nemen kan altijd, onder ‘Buiten gebruik’ op deze pagina.',
    done: (name: string) => `${name} staat buiten gebruik.`,
  },

  retiredHeading: 'Buiten gebruik',
  retiredIntro: 'Deze randvoorwaarden staan niet op het bord. Hun geschiedenis blijft bewaard.',
  noneRetired: 'Er staan geen randvoorwaarden buiten gebruik.',
  restore: 'Weer in gebruik nemen',
  restoreLabel: (name: string) => `${name} weer in gebruik nemen`,
  restored: (name: string) => `${name} staat weer op het bord.`,

  form: {
    addTitle: 'Randvoorwaarde toevoegen',
    editTitle: (name: string) => `${name} bewerken`,
    name: 'Naam',
    nameHint: 'Kort: de naam staat boven de kolom op het bord. Hoogstens 40 tekens.',
    description: 'Omschrijving',
    descriptionHint: 'Wat houdt deze randvoorwaarde in? Eén zin is genoeg.',
    criteriaLegend: 'Wanneer is het licht rood, oranje of groen?',
    criteriaHint:
      'Beschrijf per kleur de situatie. Deze tekst staat in het venster waarin het licht wordt gezet.',
    criterionRequired: {
      red: 'Beschrijf wanneer het licht rood is.',
      amber: 'Beschrijf wanneer het licht oranje is.',
      green: 'Beschrijf wanneer het licht groen is.',
    } satisfies Record<CriterionColour, string>,
    appliesFromAge: 'Geldt vanaf leeftijd',
    appliesFromAgeHint:
      'In jaren, 0 tot en met 27. Leeg laten als de randvoorwaarde voor iedereen geldt. Is de jongere jonger, dan staat het licht op n.v.t., tenzij iemand het zelf zet.',
    ageInvalid: 'Vul een hele leeftijd in van 0 tot en met 27, of laat het veld leeg.',
    nameErrors: {
      required: 'Geef de randvoorwaarde een naam.',
      duplicate: 'Er is al een randvoorwaarde met deze naam.',
      tooLong: 'Maak de naam korter: hoogstens 40 tekens.',
    } satisfies Record<ConditionErrorCode, string>,
    duplicateRetired:
      'Er is al een randvoorwaarde met deze naam, onder ‘Buiten gebruik’. Neem die weer in gebruik, of kies een andere naam.',
    added: (name: string) => `${name} is toegevoegd, onderaan de lijst.`,
    saved: (name: string) => `${name} is opgeslagen.`,
  },

  /** Screen-reader texts for dragging with the keyboard (dnd-kit). */
  drag: {
    roleDescription: 'sleepknop',
    instructions:
      'Druk op spatie of Enter om de randvoorwaarde op te pakken. Verplaats haar met pijl omhoog en pijl omlaag. Druk nogmaals op spatie of Enter om haar neer te zetten, of op Escape om te annuleren.',
    pickedUp: (name: string, position: number, total: number) =>
      `${name} opgepakt, ${place(position, total)}.`,
    over: (name: string, position: number, total: number) =>
      `${name} naar ${place(position, total)}.`,
    notOver: (name: string) => `${name} staat niet boven de lijst.`,
    dropped: (name: string, position: number, total: number) =>
      `${name} neergezet op ${place(position, total)}.`,
    droppedOutside: (name: string) =>
      `${name} neergezet buiten de lijst; de volgorde blijft gelijk.`,
    cancelled: (name: string, position: number, total: number) =>
      `Verplaatsen geannuleerd. ${name} blijft op ${place(position, total)}.`,
  },
};
