import type { CsvColumn, CsvDelimiter, CsvEncoding } from '@/domain/csv';
import type { YouthErrorCode } from '@/domain/youth';
import type { ShareErrorDetail } from '@/domain/share';
import { problemOf, where } from './record-place';
import { plural } from './numbers';

export const exchange = {
  csv: {
    title: 'Jongeren importeren uit een spreadsheet',
    intro:
      'Zet jongeren in één keer op het bord vanuit een spreadsheet (CSV). Begin met het sjabloon: de kopregel noemt de kolommen, daarna één jongere per rij.',
    template: 'Sjabloon downloaden',
    templateFileName: 'uitstroombord-sjabloon-jongeren.csv',
    /** The example row of the template, as a coordinator would type it in Excel. */
    templateExample: {
      initials: 'A.B.',
      clientNumber: '12345',
      birthDate: '12-4-2009',
      municipality: 'Zwolle',
      location: 'De Linde',
      placementType: 'Leefgroep',
      placementStart: '1-9-2025',
      plannedEnd: '1-9-2026',
      perspective: 'Begeleid wonen',
      coordinator: 'J. de Vries',
      procesregie: 'Wijkteam Zwolle-Zuid',
      notes: '',
    } satisfies Record<CsvColumn, string>,
    file: 'CSV-bestand',
    fileHint:
      'Puntkomma of komma als scheidingsteken, UTF-8 of Windows-1252 (zoals Excel opslaat), datums als 1-3-2010, 01-03-2010 of 2010-03-01. Hoogstens 5 MB.',
    reading: 'Bestand wordt gelezen…',
    tooLarge:
      'Dit bestand is groter dan 5 MB en is niet gelezen. Splits het in kleinere bestanden of verwijder overbodige kolommen.',
    empty:
      'Dit bestand bevat geen rijen met jongeren. Gebruik het sjabloon: eerst de kopregel, daarna één jongere per rij.',
    missingColumns: (columns: string[]) =>
      `Deze kolommen ontbreken: ${columns.join(', ')}. Gebruik de kopregel van het sjabloon.`,
    unreadable: 'Dit bestand kon niet gelezen worden. Er is niets geïmporteerd.',
    summary: (total: number, valid: number, delimiter: string, encoding: string) =>
      `${plural(total, 'rij', 'rijen')} gelezen (${delimiter}, ${encoding}): ${valid} in orde, ${total - valid} met fouten.`,
    ignoredColumns: (headers: string[]) =>
      `Deze kolommen worden niet geïmporteerd: ${headers.join(', ')}.`,
    delimiter: { ';': 'puntkomma', ',': 'komma' } satisfies Record<CsvDelimiter, string>,
    encoding: { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' } satisfies Record<
      CsvEncoding,
      string
    >,
    /** Column names in messages: the headers of the template. */
    columns: {
      initials: 'initialen',
      clientNumber: 'cliëntnummer',
      birthDate: 'geboortedatum',
      municipality: 'gemeente',
      location: 'locatie',
      placementType: 'soort plaatsing',
      placementStart: 'geplaatst sinds',
      plannedEnd: 'geplande einddatum',
      perspective: 'perspectief',
      coordinator: 'zorgcoördinator',
      procesregie: 'procesregie',
      notes: 'notities',
    } satisfies Record<CsvColumn, string>,
    problem: {
      required: 'ontbreekt',
      invalidDate: 'is geen geldige datum',
      inFuture: 'ligt in de toekomst',
      beforeStart: 'ligt vóór de start van de plaatsing',
      beforeBirth: 'ligt vóór de geboortedatum',
      implausibleAge: 'geeft een leeftijd boven 27 jaar',
      tooLong: 'is te lang',
      looksLikeFullName:
        'lijkt een volledige naam; gebruik initialen (zoals A.B.) of één woord als schuilnaam (zoals Mo)',
      unknownOption: 'is geen bekende keuze',
    } satisfies Record<YouthErrorCode, string>,
    rowError: (row: number, column: string, value: string, problem: string) =>
      value ? `Rij ${row}: ${column} '${value}' ${problem}` : `Rij ${row}: ${column} ${problem}`,
    duplicateOnBoard: (row: number, initials: string) =>
      `Rij ${row}: ${initials} staat al op het bord (zelfde cliëntnummer, of zelfde initialen, geboortedatum en gemeente)`,
    duplicateInFile: (row: number, initials: string) =>
      `Rij ${row}: ${initials} staat al eerder in dit bestand`,
    errorsTitle: 'Fouten per rij',
    moreErrors: (count: number) => `… en nog ${plural(count, 'fout', 'fouten')}.`,
    previewTitle: 'Voorbeeld',
    previewRow: 'Rij',
    previewStatus: 'Controle',
    statusOk: 'In orde',
    statusError: 'Fout',
    moreRows: (count: number) => `… en nog ${plural(count, 'rij', 'rijen')}.`,
    skipInvalid: 'Sla ongeldige rijen over',
    importButton: (count: number) => `${plural(count, 'jongere', 'jongeren')} importeren`,
    blocked: (invalid: number) =>
      `Er is niets geïmporteerd: ${plural(invalid, 'rij heeft', 'rijen hebben')} fouten. Verbeter het bestand en kies het opnieuw, of kies ‘Sla ongeldige rijen over’.`,
    nothingValid: 'Er is geen enkele rij in orde; er valt niets te importeren.',
    imported: (count: number) =>
      `${plural(count, 'jongere', 'jongeren')} geïmporteerd en op het bord gezet.`,
    notInReview: 'Importeren kan niet in een alleen-lezen inzage. Sluit eerst de inzage.',
  },
  share: {
    title: 'Deelbestand voor een gemeente',
    intro:
      'Maak een bestand voor de accountmanager van één gemeente: alleen de jongeren van die gemeente, met zo min mogelijk gegevens. De gemeente opent het in het Uitstroombord als alleen-lezen inzage.',
    what: 'Gaat mee: initialen, geboortemaand (of -datum), gemeente, locatie, soort plaatsing, start en geplande einde, perspectief, procesregie, de randvoorwaarden en de stoplichtgeschiedenis met de rol van de actiehouder en de streefdatum, en de escalaties met hun antwoorden.',
    notShared:
      'Gaat niet mee: cliëntnummer, zorgcoördinator, notities, namen van actiehouders, wie een stoplicht heeft gezet en jongeren van andere gemeenten. Reden en actie alleen als je dat hieronder aanvinkt.',
    municipality: 'Gemeente',
    noMunicipalities: 'Er staan nog geen jongeren op het bord.',
    birthMonthOnly: 'Alleen geboortemaand delen, niet de volledige geboortedatum',
    includeLeft: 'Ook jongeren die de afgelopen 3 maanden zijn uitgestroomd',
    reasonAndAction: 'Reden en actie delen',
    reasonAndActionHint:
      'Reden en actie zijn vrije tekst en kunnen namen bevatten: controleer ze eerst. Zonder vinkje leest de gemeente „niet gedeeld”.',
    passphraseTitle: 'Wachtwoord',
    passphraseIntro:
      'Het bestand wordt altijd versleuteld. Geef het wachtwoord op een andere manier door dan het bestand, bijvoorbeeld telefonisch.',
    useProposal: 'Voorgesteld wachtwoord gebruiken',
    useOwn: 'Zelf een wachtwoord kiezen',
    proposal: 'Voorgesteld wachtwoord',
    proposalHint: 'Kopieer of noteer het nu: het wordt nergens bewaard.',
    copy: 'Kopiëren',
    copied: 'Wachtwoord gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer het wachtwoord en kopieer het zelf.',
    newProposal: 'Ander voorstel',
    passphrase: 'Wachtwoord',
    passphraseHint: 'Minstens 12 tekens.',
    passphraseRepeat: 'Herhaal het wachtwoord',
    passphraseTooShort: 'Gebruik minstens 12 tekens. Er is geen deelbestand gemaakt.',
    passphraseMismatch: 'De wachtwoorden zijn niet gelijk. Er is geen deelbestand gemaakt.',
    usedPassphrase: 'Wachtwoord van dit bestand',
    create: 'Deelbestand maken',
    creating: 'Bezig met maken…',
    created: (municipality: string, count: number, withTexts: boolean) =>
      `Deelbestand voor ${municipality} gemaakt met ${plural(count, 'jongere', 'jongeren')}, versleuteld, ${withTexts ? 'met' : 'zonder'} reden en actie.`,
    fileName: (municipality: string, date: string) =>
      `uitstroombord-deelbestand-${municipality
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}-${date}.json`,
    /** Stands in for every "by whom" in a share file. */
    actorLabel: 'zorgaanbieder',
    notInReview: 'Vanuit een inzage kan geen nieuw deelbestand gemaakt worden.',
  },
  open: {
    title: 'Deelbestand openen (inzage)',
    intro:
      'Open een deelbestand van een zorgaanbieder. Het wordt apart van je eigen gegevens bewaard en kan alleen gelezen worden: het bord, de aandachtspunten en het gemeenteoverzicht werken, wijzigen kan niet.',
    file: 'Deelbestand',
    passphrase: 'Wachtwoord van het deelbestand',
    needsPassphrase: 'Dit bestand is versleuteld. Vul het wachtwoord in en kies Openen.',
    open: 'Openen',
    opening: 'Bezig met openen…',
    chooseFile: 'Kies eerst een deelbestand.',
    tooLarge: 'Dit bestand is te groot voor een deelbestand. Er is niets geopend.',
    errors: {
      notJson:
        'Dit is geen deelbestand van het Uitstroombord: het bestand is onleesbaar of afgebroken. Er is niets geopend.',
      foreign: 'Dit is geen deelbestand van het Uitstroombord. Er is niets geopend.',
      version:
        'Dit deelbestand is gemaakt met een nieuwere versie van het Uitstroombord. Werk de app bij en probeer het opnieuw.',
      invalid: 'Dit deelbestand is beschadigd of onvolledig. Er is niets geopend.',
      /** The same places and words as a refused backup: table, record and field. */
      invalidAt: (detail: ShareErrorDetail) => {
        const place = where(detail);
        return `Dit deelbestand is beschadigd of onvolledig${place ? `: ${place} ${problemOf(detail)}` : ''}. Er is niets geopend.`;
      },
      wrongPassphrase: 'Wachtwoord klopt niet of het bestand is beschadigd',
    },
    kept: 'Bewaarde inzagen',
    keptItem: (municipality: string, asOf: string, count: number) =>
      `Gemeente ${municipality}, stand per ${asOf} (${plural(count, 'jongere', 'jongeren')})`,
    current: 'nu geopend',
    openKept: 'Openen',
    remove: 'Verwijderen',
    removeLabel: (municipality: string, asOf: string) =>
      `Inzage ${municipality}, stand per ${asOf} verwijderen`,
    openLabel: (municipality: string, asOf: string) =>
      `Inzage ${municipality}, stand per ${asOf} openen`,
    gone: 'Deze inzage bestaat niet meer in deze browser.',
  },
};
