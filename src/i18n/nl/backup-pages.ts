import type { BackupErrorCode, BackupErrorDetail, BackupTable } from '@/domain/backup-types';
import { byCount, formatCount, plural } from './numbers';
import { problemOf, tableLabels, where } from './record-place';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

const NOTHING_CHANGED = 'Er is niets gewijzigd.';

/** The words of the Gegevens page's backup, restore, repair and erasure sections. */
export const backupPages = {
  page: {
    title: 'Gegevens',
    intro:
      'Alle gegevens staan alleen in deze browser op dit apparaat. Maak regelmatig een back-up en bewaar die op een veilige plek (bijvoorbeeld de beveiligde netwerkschijf van je organisatie): het bestand bevat gegevens over jongeren.',
    loading: 'Gegevenspagina wordt geladen…',
  },
  tables: tableLabels,
  restore: {
    title: 'Back-up terugzetten',
    text: 'Kies een back-upbestand. Het hele bestand wordt eerst gecontroleerd; daarna zie je wat er gaat gebeuren en kies je of het de huidige gegevens vervangt of ermee wordt samengevoegd.',
    file: 'Back-upbestand',
    fileHint:
      'Een .json.gz-bestand dat met ‘Back-up downloaden’ is gemaakt; oudere .json-back-ups kunnen ook (maximaal 500 MB).',
    checking: 'Bestand wordt gecontroleerd…',
    fileInfo: (createdAt: string, appVersion: string) =>
      `Back-up van ${createdAt}, gemaakt met Uitstroombord ${appVersion}. Het controlegetal klopt: het bestand is niet beschadigd geraakt. (Het controlegetal zegt niet wie het bestand heeft gemaakt of bewerkt.)`,
    migrated:
      'Deze back-up is met een oudere versie gemaakt en wordt bij het terugzetten bijgewerkt.',
    planTitle: 'Wat er gaat gebeuren',
    planCaption: 'Aantal gegevens per soort',
    column: {
      table: 'Soort',
      inFile: 'In bestand',
      current: 'Nu op dit apparaat',
      added: 'Nieuw bij samenvoegen',
      updated: 'Bijgewerkt bij samenvoegen',
    },
    mode: 'Hoe terugzetten?',
    replace: 'Vervangen: alle huidige gegevens worden vervangen door de back-up',
    merge:
      'Samenvoegen op id: wat nieuw is komt erbij, bij dubbele gegevens wint de nieuwste wijziging; de stoplichtgeschiedenis wordt aangevuld',
    replaceWarning:
      'Let op: alles wat nu op dit apparaat staat en niet in de back-up zit, verdwijnt. Maak eerst een back-up van de huidige stand als je twijfelt.',
    confirmReplace: 'Alles vervangen',
    confirmMerge: 'Samenvoegen',
    cancel: 'Annuleren',
    busy: 'Back-up wordt teruggezet…',
    progressLabel: 'Voortgang van het terugzetten',
    progress: (written: number, total: number) =>
      total === 0
        ? 'Voorbereiden…'
        : `${formatCount(written)} van ${plural(total, 'gegeven', 'gegevens', formatCount)} geschreven (${Math.floor((written / total) * 100)}%). Sluit dit tabblad niet; wordt het terugzetten onderbroken, dan blijft alles zoals het was.`,
    done: 'De back-up is teruggezet.',
    writeFailed: (reason: string) => `Terugzetten is mislukt: ${reason}`,
  },
  errors: {
    tooLarge: `Dit bestand is groter dan 500 MB, of wordt dat bij het uitpakken, en is daarom niet gelezen. Een back-up van het Uitstroombord is veel kleiner; kies het juiste bestand. ${NOTHING_CHANGED}`,
    empty: `Dit bestand is leeg. ${NOTHING_CHANGED}`,
    notJson: `Dit bestand is geen leesbare back-up: het is beschadigd of afgebroken (bijvoorbeeld een half gedownload bestand). ${NOTHING_CHANGED}`,
    foreign: `Dit is geen back-up van het Uitstroombord. Kies een bestand dat met ‘Back-up downloaden’ is gemaakt. ${NOTHING_CHANGED}`,
    newerFormat: `Deze back-up is gemaakt met een nieuwere versie van het Uitstroombord. Werk de app eerst bij (herlaad de pagina) en probeer het opnieuw. ${NOTHING_CHANGED}`,
    unsupportedFormat: `Deze back-up heeft een onbekende of te oude opmaak en kan niet worden gelezen. ${NOTHING_CHANGED}`,
    checksum: `Het controlegetal klopt niet: het bestand is beschadigd of na het maken veranderd. ${NOTHING_CHANGED}`,
    invalid: (detail: BackupErrorDetail) => {
      const place = where(detail);
      return `Dit bestand kan niet worden teruggezet: het bevat iets wat het Uitstroombord zelf nooit schrijft${place ? `. ${capitalise(place)} ${problemOf(detail)}` : ''}. ${NOTHING_CHANGED}`;
    },
    duplicateId: (detail: BackupErrorDetail) =>
      `Het bestand is beschadigd: ${detail.table ? `in ‘${tableLabels[detail.table]}’ ` : ''}komt hetzelfde id twee keer voor (${detail.id ?? '?'}). ${NOTHING_CHANGED}`,
    unreadable: `Het bestand kon niet worden gelezen. ${NOTHING_CHANGED}`,
  } satisfies Record<
    BackupErrorCode | 'unreadable',
    string | ((detail: BackupErrorDetail) => string)
  >,
  health: {
    title: 'Gegevens die niet kloppen',
    found: (count: number) =>
      `Er ${byCount(count, 'staat', 'staan')} ${plural(count, 'gegeven', 'gegevens')} in deze browser ${byCount(count, 'dat niet klopt', 'die niet kloppen')}. Het Uitstroombord kan ${byCount(count, 'het', 'ze')} niet goed tonen; een back-up ervan kan niet worden teruggezet.`,
    advice:
      'Herstel of verwijder ze hieronder. Herstellen vervangt wat niet te lezen is door een lege of neutrale waarde, laat een verwijzing naar iets dat niet bestaat weg en haalt velden weg die het Uitstroombord niet kent; een stoplicht houdt zijn plek in de geschiedenis. Wat zo niet te herstellen is (een antwoord op een escalatie zonder antwoord of uitkomst, een stoplicht van een jongere die niet bestaat), kun je alleen verwijderen. Een jongere pas je aan in het formulier of verwijder je volledig.',
    show: 'Toon de gegevens die niet kloppen',
    hide: 'Verberg de lijst',
    caption: 'Gegevens die niet kloppen',
    column: { table: 'Soort', record: 'Gegeven', field: 'Veld', problem: 'Probleem', act: 'Doen' },
    record: (position: number, id: string | undefined, initials: string | undefined) =>
      [`nr. ${position}`, initials ? `jongere ${initials}` : '', id ? `id ${id}` : '']
        .filter(Boolean)
        .join(', '),
    problem: { invalid: 'ongeldig', missing: 'ontbreekt', unknown: 'onbekend veld' },
    reference: 'ongeldig: verwijst naar iets dat niet bestaat',
    stuck: (table: BackupTable) =>
      table === 'conditions'
        ? 'Kan hier niet worden hersteld of verwijderd: er verwijzen stoplichten of escalaties naar deze randvoorwaarde. Verwijder die eerst (ze staan ook in deze lijst), of zet een back-up terug.'
        : 'Kan hier niet worden hersteld of verwijderd. Zet een back-up terug van voordat dit gegeven ontstond.',
    repair: 'Herstellen',
    remove: 'Verwijderen',
    edit: 'Aanpassen',
    repaired: 'Hersteld.',
    removed: 'Verwijderd.',
  },
  demo: {
    title: 'Demobord',
    text: 'Een bord met verzonnen jongeren en stoplichten, om het Uitstroombord te leren kennen of uit te proberen.',
    emptyText:
      'Er staan nog geen jongeren in het Uitstroombord, dus het demobord vervangt niets: het zet er verzonnen jongeren met hun stoplichten op. De randvoorwaarden en instellingen blijven zoals ze zijn.',
    replaceText: (count: number) =>
      `Er ${byCount(count, 'staat', 'staan')} nu ${plural(count, 'jongere', 'jongeren')} in het Uitstroombord. Het demobord vervangt alle jongeren met hun stoplichten, verzoeken, controles na uitstroom en escalaties door verzonnen gegevens. De overleggen blijven, zonder agenda; de randvoorwaarden en instellingen blijven staan. Dit kan niet ongedaan worden gemaakt.`,
    backupFirst:
      'Maak eerst een back-up: daarmee kun je de huidige gegevens later terugzetten (Back-up terugzetten, hierboven).',
    backupButton: 'Eerst een back-up maken',
  },
  erase: {
    title: 'Een jongere volledig verwijderen',
    text: 'Verwijdert de jongere met de hele geschiedenis: alle stoplichten, verzoeken, controles na uitstroom, escalaties en de plek op agenda’s van overleggen. Dit kan niet ongedaan worden gemaakt (alleen met een eerder gemaakte back-up).',
    choose: 'Jongere',
    chooseEmpty: 'Kies een jongere…',
    placed: 'geplaatst',
    left: (date: string) => `uitgestroomd ${date}`,
    button: 'Verwijderen…',
    dialogTitle: (initials: string) => `${initials} volledig verwijderen`,
    willRemove: 'Dit wordt verwijderd:',
    counts: (counts: {
      assessments: number;
      reviewRequests: number;
      outflowChecks: number;
      escalations: number;
      meetings: number;
    }) => [
      'de gegevens van de jongere',
      `${plural(counts.assessments, 'stoplichtbeoordeling', 'stoplichtbeoordelingen')} (de hele geschiedenis)`,
      plural(counts.reviewRequests, 'verzoek om herbeoordeling', 'verzoeken om herbeoordeling'),
      plural(counts.outflowChecks, 'controle na uitstroom', 'controles na uitstroom'),
      `${plural(counts.escalations, 'escalatie', 'escalaties')} met de antwoorden`,
      `de plek op de agenda van ${plural(counts.meetings, 'overleg', 'overleggen')}`,
    ],
    typeInitials: (initials: string) => `Typ de initialen ${initials} om te bevestigen`,
    mismatch: 'De initialen komen niet overeen.',
    confirm: 'Definitief verwijderen',
    done: (initials: string) => `${initials} en de hele geschiedenis zijn verwijderd.`,
    none: 'Er staan geen jongeren in het Uitstroombord.',
  },
  retention: {
    title: 'Bewaartermijn',
    text: (months: number) =>
      `Jongeren die meer dan ${plural(months, 'maand', 'maanden')} geleden zijn uitgestroomd. Bewaar gegevens niet langer dan nodig; de termijn stel je in bij Instellingen.`,
    none: (months: number) =>
      `Er zijn geen jongeren die meer dan ${plural(months, 'maand', 'maanden')} geleden zijn uitgestroomd.`,
    caption: 'Jongeren voorbij de bewaartermijn',
    column: { initials: 'Jongere', municipality: 'Gemeente', leftOn: 'Uitgestroomd op' },
    button: (count: number) => `Deze ${plural(count, 'jongere', 'jongeren')} verwijderen…`,
    dialogTitle: 'Jongeren voorbij de bewaartermijn verwijderen',
    warning: (count: number) =>
      `Let op: ${plural(count, 'jongere wordt', 'jongeren worden')} met hun hele geschiedenis definitief verwijderd. Dit kan niet ongedaan worden gemaakt. Maak eerst een back-up als de gegevens elders nog nodig zijn.`,
    confirmLabel: (count: number) => `Typ ${count} om te bevestigen`,
    mismatch: 'Het aantal komt niet overeen.',
    confirm: 'Definitief verwijderen',
    done: (count: number) => `${plural(count, 'jongere is', 'jongeren zijn')} verwijderd.`,
  },
  settings: {
    title: 'Opslag en back-up',
    storage: 'Opslag in deze browser',
    persistent:
      'Vaste opslag staat aan: de browser ruimt deze gegevens niet vanzelf op als de schijf vol raakt.',
    notPersistent:
      'Vaste opslag staat uit: de browser mag de gegevens opruimen als de schijf vol raakt of de site lang niet gebruikt wordt.',
    refusedAdvice:
      'De browser heeft vaste opslag geweigerd. Installeer het Uitstroombord als app (menu van de browser → ‘Installeren’) of zet er een bladwijzer voor, en maak vaker een back-up.',
    askPersist: 'Vaste opslag aanvragen',
    unsupported: 'Deze browser laat niet zien hoeveel opslag er is. Maak regelmatig een back-up.',
    usage: (used: string, quota: string, percent: string) =>
      `In gebruik: ${used} van ${quota} beschikbaar (${percent}).`,
    reminderDays: 'Herinner aan een back-up na (dagen)',
    reminderHint: 'Er verschijnt een melding als de laatste back-up ouder is.',
    retentionMonths: 'Bewaartermijn na uitstroom (maanden)',
    retentionHint: 'Daarna staan jongeren op de pagina Gegevens klaar om te verwijderen.',
    wholeNumber: (min: number, max: number) => `Vul een heel getal in van ${min} tot ${max}.`,
    saved: 'Instellingen voor opslag en back-up opgeslagen.',
    dataLink: 'Naar back-up, terugzetten en verwijderen',
  },
};
