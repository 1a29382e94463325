/**
 * The words of the inzage banner, drawn on every view while a share file is
 * open: the one part of the exchange words the first download needs (the
 * rest, `tx` in i18n/exchange.ts, loads with the Gegevens page).
 */
export const reviewBanner = {
  label: 'Alleen-lezen inzage',
  text: (asOf: string, municipality: string) =>
    `Alleen lezen — stand per ${asOf}, gemeente ${municipality}`,
  birthMonth: 'Geboortedatums zijn afgerond op de maand.',
  close: 'Inzage sluiten',
  remove: 'Inzage verwijderen',
  closed: 'Inzage gesloten. Je ziet weer je eigen gegevens.',
  removed: 'Inzage verwijderd. Je eigen gegevens zijn niet veranderd.',
};
