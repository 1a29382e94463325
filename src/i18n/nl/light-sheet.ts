import { byCount, plural } from './numbers';

const NOTHING_WRITTEN = 'Er is niets geïmporteerd.';

/** Moving in from the team's own spreadsheet of lights, and the board back as a sheet. */
export const lightSheet = {
  title: 'Stoplichten importeren uit een spreadsheet',
  intro:
    'Heeft je team de stoplichten tot nu toe in Excel of LibreOffice bijgehouden? Importeer die bladen: één rij per jongere, één kolom per randvoorwaarde met rood, oranje, groen of n.v.t. (of R/O/G/N). Heb je een blad per maand, kies ze dan allemaal: elke maand komt in de geschiedenis.',
  template: 'Sjabloon met stoplichten downloaden',
  templateFileName: 'uitstroombord-sjabloon-stoplichten.csv',
  templateExample: {
    initials: 'A.B.',
    birthDate: '14-3-2008',
    municipality: 'Zwolle',
    light: 'oranje',
    remark: 'Aangemeld bij begeleid wonen',
  },
  remarkHeader: (condition: string) => `Toelichting ${condition}`,
  files: 'Bladen (CSV, een of meer)',
  filesHint:
    'Sla elk blad op als CSV (puntkomma of komma, UTF-8 of Windows-1252). Een kolom per randvoorwaarde; een kolom "Toelichting …" wordt de reden.',
  reading: 'Bladen lezen…',
  unreadable: (file: string) => `${file} kon niet worden gelezen. ${NOTHING_WRITTEN}`,
  tooLarge: (file: string) => `${file} is groter dan 5 MB. ${NOTHING_WRITTEN}`,
  empty: (file: string) => `${file} is leeg. ${NOTHING_WRITTEN}`,
  monthsTitle: 'Welke maand is elk blad?',
  monthLabel: (file: string) => `Maand van ${file}`,
  monthHint: 'jjjj-mm, bijvoorbeeld 2026-11',
  mappingTitle: 'Welke kolom is wat?',
  mappingIntro:
    'Het Uitstroombord stelt voor wat elke kolom is. Controleer het; verander wat niet klopt.',
  mappingColumn: 'Kolom',
  mappingExample: 'Voorbeeld',
  mappingRole: 'Is',
  roleLabel: (header: string) => `Kolom "${header}" is`,
  role: {
    ignore: 'niet importeren',
    remarks: 'toelichting bij elk rood of oranje licht in de rij',
    light: (condition: string) => `stoplicht: ${condition}`,
    remark: (condition: string) => `toelichting: ${condition}`,
  },
  roleGroups: {
    lights: 'Stoplicht',
    remarks: 'Toelichting (wordt de reden)',
    youth: 'Gegevens van de jongere',
  },
  scaleLabel: 'Cijfers in de stoplichtkolommen',
  scale: {
    none: 'geen cijfers',
    oneIsRed: '1 = rood, 2 = oranje, 3 = groen',
    oneIsGreen: '1 = groen, 2 = oranje, 3 = rood',
  },
  defaultsTitle: 'Voor nieuwe jongeren',
  defaultsIntro:
    'Jongeren die nog niet op het bord staan, krijgen wat het blad over hen zegt. Wat het blad niet heeft, vul je hier in.',
  defaultLocation: 'Locatie',
  defaultPlacementStart: 'Geplaatst sinds',
  defaultPlacementStartHint: 'Leeg: de eerste dag van de oudste maand.',
  previewTitle: 'Voorbeeld: de nieuwste maand zoals het bord hem toont',
  previewRow: 'Rij',
  previewWho: 'Jongere',
  previewStatus: 'Op het bord',
  statusNew: 'nieuw',
  statusExisting: (who: string) => `bestaand (${who})`,
  summary: (youths: number, added: number, lights: number, months: number) =>
    `${plural(youths, 'jongere', 'jongeren')} (${added} nieuw), ${plural(lights, 'stoplicht', 'stoplichten')} uit ${plural(months, 'maand', 'maanden')}.`,
  moreRows: (count: number) => `En nog ${plural(count, 'rij', 'rijen')}.`,
  problemsTitle: 'Dit moet eerst goed',
  moreProblems: (count: number) => `En nog ${plural(count, 'probleem', 'problemen')}.`,
  problem: {
    noInitials: 'Kies welke kolom de initialen heeft.',
    noLights: 'Kies minstens één kolom met een stoplicht.',
    duplicateRole: (header: string) =>
      `Kolom "${header}" is hetzelfde als een eerdere kolom; kies voor één van beide "niet importeren".`,
    monthTwice: (month: string, a: string, b: string) =>
      `${a} en ${b} zijn allebei ${month}; kies voor elk blad een andere maand.`,
    monthInvalid: (file: string, month: string) =>
      month
        ? `${file}: "${month}" is geen maand tot en met deze maand (jjjj-mm).`
        : `${file}: kies de maand van dit blad.`,
    rowTwice: (file: string, row: number, first: number) =>
      `${file}, rij ${row}: dezelfde jongere als rij ${first}.`,
    unknownValue: (file: string, row: number, header: string, value: string) =>
      `${file}, rij ${row}, kolom "${header}": "${value}" is geen stoplicht (rood, oranje, groen, n.v.t. of leeg).`,
    numberWithoutScale: (file: string, row: number, header: string, value: string) =>
      `${file}, rij ${row}, kolom "${header}": "${value}" is een cijfer; kies hierboven wat de cijfers betekenen.`,
    missingInitials: (file: string, row: number) => `${file}, rij ${row}: de initialen ontbreken.`,
    invalidBirthDate: (file: string, row: number, value: string) =>
      `${file}, rij ${row}: geboortedatum "${value}" is geen geldige datum.`,
    remarkWithoutLight: (file: string, row: number, header: string) =>
      `${file}, rij ${row}, kolom "${header}": een toelichting zonder stoplicht.`,
    reasonTooLong: (file: string, row: number, condition: string) =>
      `${file}, rij ${row}: de toelichting bij ${condition} is langer dan 5.000 tekens.`,
    newYouth: (file: string, row: number, field: string, problem: string) =>
      `${file}, rij ${row}: nieuwe jongere, ${field} ${problem}.`,
  },
  importButton: (lights: number) => `${plural(lights, 'stoplicht', 'stoplichten')} importeren`,
  blocked: (count: number) =>
    `Er ${byCount(count, 'is', 'zijn')} ${plural(count, 'probleem', 'problemen')} (zie hierboven). ${NOTHING_WRITTEN}`,
  imported: (lights: number, added: number) =>
    `${plural(lights, 'stoplicht', 'stoplichten')} geïmporteerd${added ? `, ${plural(added, 'nieuwe jongere', 'nieuwe jongeren')} op het bord` : ''}.`,
  export: {
    title: 'Bord als spreadsheet',
    intro: (count: number) =>
      `${plural(count, 'jongere', 'jongeren')} zoals het bord ze nu toont (met de filters die aan staan): per randvoorwaarde R, O, G of N en de datum van de beoordeling. Niet beoordeeld is een lege cel.`,
    columns: 'Extra kolommen over de jongere',
    columnsHint:
      'De initialen staan er altijd in. Kies alleen wat de ontvanger nodig heeft: het bestand bevat gegevens over jongeren.',
    dateHeader: (condition: string) => `${condition} datum`,
    download: 'CSV downloaden',
    fileName: (date: string) => `uitstroombord-${date}.csv`,
    downloaded: (count: number) => `${plural(count, 'jongere', 'jongeren')} in de CSV gezet.`,
  },
};
