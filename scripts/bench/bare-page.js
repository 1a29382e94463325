// The bare-page floor of `npm run bench` (see bare-floor.mjs), served as /bench-floor.js by
// /bench-floor.html from the bench's own build, precached by the app's service worker like
// every other built file. No framework, no Dexie, none of our code: from the start of the
// navigation it opens the app's database, reads the board's tables with the bare IndexedDB
// API and draws the rows the app draws in its first screen (initials, one light per active
// condition, the two date columns) with plain DOM and the app's own stylesheet. It marks
// `board-ready` as the app does; the bench times both to the frame painted after that mark.
// How many rows: `#rows=N` (the app's count on the same board); the hash is not part of the
// request, so the service worker serves this page from its precache.

const wanted = Number(new URLSearchParams(location.hash.slice(1)).get('rows') ?? 0);
const TABLES = ['youths', 'conditions', 'currentLights', 'settings'];
/** @type {Record<string, string>} */
const LETTER = { red: 'R', amber: 'O', green: 'G', notApplicable: '–', unassessed: '?' };
/** @type {Record<string, string>} */
const WORD = {
  red: 'rood',
  amber: 'oranje',
  green: 'groen',
  notApplicable: 'n.v.t.',
  unassessed: 'niet beoordeeld',
};

/**
 * @typedef {{ id: string; initials: string; municipality?: string; plannedEnd?: string;
 *   birthDate?: string }} Youth
 * @typedef {{ id: string; name: string; order: number; retired?: boolean }} Condition
 * @typedef {{ youthId: string; conditionId: string; colour: string }} Light
 */

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/**
 * @param {Youth[]} placed
 * @param {Condition[]} allConditions
 * @param {Light[]} lights
 */
function draw(placed, allConditions, lights) {
  const conditions = allConditions
    .filter((condition) => !condition.retired)
    .sort((a, b) => a.order - b.order);
  // The board's first screen: sorted by initials, as the app starts.
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const rows = [...placed].sort((a, b) => collator.compare(a.initials, b.initials));
  const shown = rows.slice(0, wanted);
  const ids = new Set(shown.map((youth) => youth.id));
  /** @type {Map<string, string>} */
  const colours = new Map();
  for (const light of lights) {
    if (ids.has(light.youthId)) colours.set(`${light.youthId} ${light.conditionId}`, light.colour);
  }

  const scroll = element('div', 'board-scroll');
  const table = element('table', 'board');
  table.setAttribute('role', 'grid');
  table.style.setProperty(
    '--row-height',
    `${matchMedia('(max-height: 820px)').matches ? 32 : 44}px`,
  );
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', 'col-youth', 'Jongere'));
  for (const condition of conditions)
    headRow.append(element('th', 'col-condition', condition.name));
  headRow.append(element('th', 'col-date', 'Einde gepland'), element('th', 'col-date', '18 op'));
  head.append(headRow);
  const body = element('tbody');
  for (const youth of shown) {
    const row = element('tr');
    const name = element('th', 'col-youth');
    const link = /** @type {HTMLAnchorElement} */ (element('a', 'youth-link', youth.initials));
    link.href = `#/jongere/${youth.id}`;
    name.append(link, element('span', 'youth-meta', youth.municipality ?? ''));
    row.append(name);
    for (const condition of conditions) {
      const state = colours.get(`${youth.id} ${condition.id}`) ?? 'unassessed';
      const cell = element('td', `cell-${state}`);
      const button = element('button', 'cell');
      button.setAttribute('aria-label', `${youth.initials} – ${condition.name}: ${WORD[state]}`);
      button.append(element('span', `light light-${state} light-normal`, LETTER[state]));
      cell.append(button);
      row.append(cell);
    }
    row.append(
      element('td', 'col-date', youth.plannedEnd ?? ''),
      element('td', 'col-date', youth.birthDate ?? ''),
    );
    body.append(row);
  }
  table.append(head, body);
  scroll.append(table);
  document.body.append(scroll);
  performance.mark('board-ready', { detail: { rows: shown.length, youths: placed.length } });
}

const opening = indexedDB.open('uitstroombord');
opening.onerror = () => performance.mark('board-failed', { detail: String(opening.error) });
opening.onsuccess = () => {
  const database = opening.result;
  const transaction = database.transaction(TABLES, 'readonly');
  // What the app reads for its board: the placed young people (by their status index), every
  // condition, every current light, the settings.
  const youths = transaction.objectStore('youths').index('status').getAll('placed');
  const conditions = transaction.objectStore('conditions').getAll();
  const lights = transaction.objectStore('currentLights').getAll();
  transaction.objectStore('settings').getAll();
  transaction.oncomplete = () => {
    database.close();
    draw(youths.result, conditions.result, lights.result);
  };
  transaction.onerror = () =>
    performance.mark('board-failed', { detail: String(transaction.error) });
};

export {};
