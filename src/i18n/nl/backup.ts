import { plural } from './numbers';

/**
 * The backup words the shell needs on every view (the update prompt, the
 * backup reminder and its download, the data-health banner). The Gegevens
 * page's words are `tb` (i18n/backup.ts), loaded with that page.
 */
export const backup = {
  export: {
    title: 'Back-up maken',
    text: 'Eén bestand met alles: jongeren, randvoorwaarden, de volledige stoplichtgeschiedenis, overleggen, verzoeken, controles na uitstroom en instellingen.',
    button: 'Back-up downloaden',
    busy: 'Back-up wordt gemaakt…',
    done: (fileName: string) => `Back-up gedownload: ${fileName}`,
    failed:
      'De back-up kon niet worden gemaakt. Er is niets gewijzigd. Probeer het opnieuw of herlaad de pagina.',
    notRecorded:
      'Let op: de back-up is opgeslagen, maar het moment ervan kon niet worden bijgehouden (de opslag in deze browser is vol). De herinnering blijft daarom staan.',
    inReview:
      'In een inzage kun je geen back-up maken: dit is een alleen-lezen kopie van de gegevens van een zorgaanbieder. Sluit de inzage om een back-up van je eigen bord te maken.',
    badData:
      'De back-up kon niet worden gemaakt: er staan gegevens in deze browser die niet kloppen. Herstel of verwijder ze eerst bij ‘Gegevens die niet kloppen’ bovenaan deze pagina.',
    last: (when: string) => `Laatste back-up: ${when}.`,
    never: 'Er is op dit apparaat nog nooit een back-up gemaakt.',
  },
  reminder: {
    never: 'Er is nog geen back-up gemaakt van dit bord.',
    old: (days: number) => `De laatste back-up is ${plural(days, 'dag', 'dagen')} oud.`,
    advice: 'Als deze browser zijn gegevens verliest, is alleen een back-up nog over.',
    button: 'Nu back-up maken',
    later: 'Later',
    label: 'Herinnering back-up',
  },
  app: {
    updateAvailable: 'Er is een nieuwe versie van het Uitstroombord.',
    updateExplain:
      'Bijwerken herlaadt de pagina; er gaat niets verloren. Midden in een overleg kun je ook later bijwerken.',
    updateNow: 'Nu bijwerken',
    updateLater: 'Later',
    offlineReady: 'Het Uitstroombord werkt nu ook zonder internet.',
    blocked:
      'Het Uitstroombord wordt bijgewerkt, maar is nog open in een ander tabblad of venster. Sluit de andere tabbladen met het Uitstroombord; daarna gaat het hier vanzelf verder.',
    closedByOtherTab:
      'Het Uitstroombord is in een ander tabblad bijgewerkt. Herlaad deze pagina om verder te werken; er is niets verloren gegaan.',
    reload: 'Pagina herladen',
  },
  /** The banner on every view when stored data breaks the value rules (the list is on Gegevens). */
  healthBanner: {
    banner:
      'Er staan gegevens in deze browser die niet kloppen. Bekijk en herstel ze op de pagina Gegevens.',
    toData: 'Naar Gegevens',
    bannerLabel: 'Gegevens die niet kloppen',
  },
};
