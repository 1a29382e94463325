export const settings = {
  title: 'Instellingen',
  saved: 'Instellingen opgeslagen.',
  userTitle: 'Wie werkt er op dit apparaat?',
  userName: 'Jouw naam',
  userNameHint: 'Komt bij elke wijziging in de geschiedenis te staan ("door wie").',
  conditionsTitle: 'Randvoorwaarden',
  conditionsText: 'Namen, volgorde en de betekenis van rood, oranje en groen per randvoorwaarde.',
  conditionsLink: 'Randvoorwaarden beheren',
  readOnlyText:
    'Dit is een alleen-lezen inzage: de drempels, de overlegritmes en de andere instellingen zijn die van de zorgaanbieder en kun je hier niet wijzigen.',
  deviceTitle: 'Dit apparaat',
  municipalityDevice:
    'Dit apparaat is ingesteld voor een gemeente: je opent hier deelbestanden van een zorgaanbieder en kunt niets wijzigen.',
  notMunicipality: 'Dit apparaat is van een zorgaanbieder',
  storageTitle: 'Waar staan de gegevens?',
  storageText:
    'Alle gegevens staan alleen in deze browser op dit apparaat (IndexedDB). Er gaat niets naar een server. Wie de browsergegevens wist, wist ook het bord.',
};
