import { PERSON_NAME_MAX, type NameError } from '@/domain/identity';

export const identity = {
  welcomeTitle: 'Welkom bij het Uitstroombord',
  welcomeIntro:
    'Wat je hier vastlegt, krijgt je naam mee. Zo vertelt de geschiedenis later wie wat heeft gedaan en waarom.',
  audienceLegend: 'Hoe gebruik je het bord?',
  audience: {
    provider: 'Ik werk bij de zorgaanbieder (zorgcoördinator, casusregisseur, teamleider)',
    municipality:
      'Ik ben van de gemeente en open een deelbestand van een zorgaanbieder (alleen lezen)',
  },
  userName: 'Je naam',
  userNameHint:
    'Zoals je collega’s je kennen, bijvoorbeeld "Anna de Boer". Komt bij elke wijziging te staan.',
  providerName: 'Naam van de zorgaanbieder',
  providerNameHint: 'Staat boven elke afdruk, elk rapport en elk deelbestand.',
  start: 'Aan de slag',
  openShare: 'Deelbestand openen',
  municipalityNote:
    'Je leest alleen wat de zorgaanbieder met je deelt. Je kunt niets wijzigen en er gaat niets terug.',
  errors: {
    required: 'Vul dit veld in.',
    tooLong: `Dit is te lang (hoogstens ${PERSON_NAME_MAX} tekens).`,
    placeholder: '"Onbekend" is geen naam. Vul in hoe je collega’s je kennen.',
    system: '"Uitstroombord" is de naam van deze app, niet van een persoon of zorgaanbieder.',
  } satisfies Record<NameError, string>,
  chooseAudience: 'Kies hoe je het bord gebruikt.',

  // Header: who is working now
  currentPerson: (name: string) => `Je werkt als ${name}`,
  switchPerson: 'Wissel van persoon',
  switchTitle: 'Wie werkt er nu?',
  switchIntro:
    'Op een gedeelde laptop in het overleg: kies wie nu wijzigingen doet. Elke wijziging krijgt die naam mee.',
  recentLegend: 'Eerder op dit apparaat',
  otherPerson: 'Iemand anders',
  switchTo: 'Wisselen',
  switched: (name: string) => `Je werkt nu als ${name}.`,
};
