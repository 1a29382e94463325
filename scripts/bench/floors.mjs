// Floors: what the same work costs in this page without our code (bare
// IndexedDB, the DOM changed by hand), so a figure can be read against what this
// browser on this machine allows. They run in the page (page.evaluate or as init
// scripts): each must be self-contained; what they share is on `window.__idb`.

/**
 * In the page, as an init script (as installAfterFrame): the bare IndexedDB steps the
 * floors below share, on `window.__idb`. Functions passed to page.evaluate must be
 * self-contained, so what they share lives here.
 */
export function installIdbHelpers() {
  /** @type {BenchIdb['result']} */
  const result = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  /** @type {BenchIdb['open']} */
  const open = (name, version, upgrade) => {
    const request = indexedDB.open(name, version);
    if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
    return result(request);
  };
  /** @type {BenchIdb['done']} */
  const done = (transaction) =>
    new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  // A store's key path and indexes, read from the app's database (not copied from the code).
  /** @type {BenchIdb['shapeOf']} */
  const shapeOf = (store) => ({
    keyPath: store.keyPath,
    indexes: [...store.indexNames].map((name) => {
      const index = store.index(name);
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }),
  });
  // A new scratch database `bench-<what>-…` with a store per shape; `drop` deletes it.
  /** @type {BenchIdb['scratch']} */
  const scratch = async (what, shapes) => {
    const name = `bench-${what}-${Date.now()}`;
    const database = await open(name, 1, (created) => {
      for (const [store, shape] of Object.entries(shapes)) {
        const made = created.createObjectStore(store, { keyPath: shape.keyPath });
        for (const index of shape.indexes) made.createIndex(index.name, index.keyPath, index);
      }
    });
    const drop = () => {
      database.close();
      indexedDB.deleteDatabase(name);
    };
    return { database, drop };
  };
  window.__idb = { result, open, done, shapeOf, scratch };
}

/**
 * Cold start's floor: open the app's database and read the board's tables, then
 * every assessment, with the bare IndexedDB API.
 * @param {string[]} tables
 */
export function floorProbe(tables) {
  /**
   * @param {IDBDatabase} database
   * @param {string[]} names
   * @returns {Promise<Record<string, number>>}
   */
  const readAll = (database, names) =>
    new Promise((resolve, reject) => {
      const transaction = database.transaction(names, 'readonly');
      /** @type {Record<string, number>} */
      const counts = {};
      for (const name of names) {
        const request = transaction.objectStore(name).getAll();
        request.onsuccess = () => (counts[name] = request.result.length);
      }
      transaction.oncomplete = () => resolve(counts);
      transaction.onerror = () => reject(transaction.error);
    });
  return (async () => {
    const start = performance.now();
    const database = await window.__idb.open('uitstroombord');
    const opened = performance.now();
    const boardCounts = await readAll(database, tables);
    const boardDone = performance.now();
    const historyCounts = await readAll(database, ['assessments']);
    const historyDone = performance.now();
    database.close();
    return {
      openMs: opened - start,
      boardMs: boardDone - start,
      assessmentsMs: historyDone - boardDone,
      counts: { ...boardCounts, ...historyCounts },
    };
  })();
}

/**
 * The write floor for a restore: every assessment of the app's database added
 * with the bare IndexedDB API, in one transaction, into a scratch database with
 * the same object store and indexes (read from the app's database, not copied
 * from the code). Restore writes these records plus the other, small tables.
 */
export function writeFloorProbe() {
  const { open, result, done, shapeOf, scratch } = window.__idb;
  return (async () => {
    const app = await open('uitstroombord');
    const source = app.transaction('assessments', 'readonly').objectStore('assessments');
    const shape = shapeOf(source);
    const records = await result(source.getAll());
    app.close();
    const { database, drop } = await scratch('write-floor', { assessments: shape });
    const start = performance.now();
    const write = database.transaction('assessments', 'readwrite');
    const store = write.objectStore('assessments');
    for (const record of records) store.add(record);
    await done(write);
    const ms = performance.now() - start;
    drop();
    return { ms, records: records.length, indexes: shape.indexes.length };
  })();
}

/** How many records the app's database holds in all its tables: what a restore writes. */
export function recordCount() {
  return (async () => {
    const database = await window.__idb.open('uitstroombord');
    const names = [...database.objectStoreNames];
    const transaction = database.transaction(names, 'readonly');
    const counts = names.map((name) => window.__idb.result(transaction.objectStore(name).count()));
    const total = (await Promise.all(counts)).reduce((sum, count) => sum + count, 0);
    database.close();
    return total;
  })();
}

/**
 * What IndexedDB costs per record, whatever the record: 20,000 records holding
 * only a key, added in one transaction to a store without indexes. Restoring N
 * records can not be faster than N times this, with any code; the bench uses it
 * to say how far a restore is from what this browser on this machine allows.
 */
export function recordFloorProbe() {
  const COUNT = 20_000;
  return (async () => {
    const { database, drop } = await window.__idb.scratch('record-floor', {
      records: { keyPath: 'id', indexes: [] },
    });
    const start = performance.now();
    const write = database.transaction('records', 'readwrite');
    const store = write.objectStore('records');
    for (let index = 0; index < COUNT; index++) store.add({ id: String(index).padStart(6, '0') });
    await window.__idb.done(write);
    const ms = performance.now() - start;
    drop();
    return { usPerRecord: (ms * 1000) / COUNT };
  })();
}

/**
 * The floor for a light change in this page: what it costs without React, Dexie
 * or any of our code. A colour key on a board cell is caught before the app sees
 * it; the bare IndexedDB API then does the least a correct write needs (read the
 * cell's current light, add an assessment, put the new current light, in one
 * read-write transaction) in a scratch database with the app's stores, indexes
 * and current lights, and once that commits the cell's DOM is changed by hand
 * as the app would change it. `lightProbe` then times it as it times the app.
 * The page is reloaded afterwards: the cells no longer match React's.
 */
export function installLightFloor() {
  const { open, result, done, shapeOf, scratch } = window.__idb;
  /** @type {Record<string, [colour: string, letter: string, word: string]>} */
  const STATES = {
    r: ['red', 'R', 'rood'],
    o: ['amber', 'O', 'oranje'],
    g: ['green', 'G', 'groen'],
  };
  return (async () => {
    const app = await open('uitstroombord');
    const read = app.transaction(['assessments', 'currentLights'], 'readonly');
    const shapes = {
      assessments: shapeOf(read.objectStore('assessments')),
      currentLights: shapeOf(read.objectStore('currentLights')),
    };
    const lights = await result(read.objectStore('currentLights').getAll());
    app.close();
    // Kept open for the key presses; deleted with the others after the page reloads.
    const { database: scratchDb } = await scratch('light-floor', shapes);
    const fill = scratchDb.transaction('currentLights', 'readwrite');
    for (const light of lights) fill.objectStore('currentLights').put(light);
    await done(fill);
    const sample = lights[0];
    let written = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        const state = STATES[event.key];
        const button = /** @type {HTMLElement} */ (event.target);
        if (!state || !button.matches?.('[role=grid] button[aria-label]')) return;
        // Listeners on the document itself (the probe's) still run; the app's, further down, do not.
        event.stopPropagation();
        event.preventDefault();
        const [colour, letter, word] = state;
        const at = new Date().toISOString();
        const id = `floor-${(written += 1)}`;
        const record = { ...sample, id, colour, assessedAt: at, createdAt: at, updatedAt: at };
        const transaction = scratchDb.transaction(['assessments', 'currentLights'], 'readwrite');
        const current = transaction.objectStore('currentLights');
        current.get([sample.youthId, sample.conditionId]).onsuccess = () => {
          transaction.objectStore('assessments').add(record);
          current.put(record);
        };
        transaction.oncomplete = () => {
          const label = /** @type {string} */ (button.getAttribute('aria-label'));
          /** @type {HTMLElement} */ (button.closest('td')).className = `cell-${colour}`;
          button.title = `${word} sinds vandaag`;
          const light = /** @type {HTMLElement} */ (button.querySelector('.light'));
          light.className = `light light-${colour} light-normal`;
          light.textContent = letter;
          const age = button.querySelector('.cell-age');
          if (age) age.textContent = 'vandaag';
          button.setAttribute('aria-label', `${label.slice(0, label.lastIndexOf(': '))}: ${word}`);
        };
      },
      { capture: true },
    );
  })();
}

/**
 * The floor for a filter keystroke in this page: the same changes to the page
 * that the app's own keystrokes made, done by hand without React. The board's
 * table is copied (the app's own stays in the page, hidden and untouched). A
 * character typed into the search box is still typed, but the app does not see
 * it; the copy then gets the rows, row count and totals that the app showed
 * after the same keystroke (`boardSnapshot`), as a keyed list does it: rows that
 * stay keep their element, the others are removed or added. What is left is what
 * the browser needs for those changes. Timed from the key to the painted frame.
 * @param {import('./probes.mjs').BoardSnapshot[]} frames
 */
export function installFilterFloor(frames) {
  const original = /** @type {HTMLElement} */ (document.querySelector('.board-scroll'));
  const copy = /** @type {HTMLElement} */ (original.cloneNode(true));
  copy.dataset.floor = 'true';
  original.after(copy);
  original.style.display = 'none';
  const body = /** @type {HTMLElement} */ (copy.querySelector('tbody'));
  // A row's key: its young person's link, the first link in the row.
  const keyOf = (/** @type {Element} */ row) => row.querySelector('a')?.getAttribute('href');
  const keyOfHtml = (/** @type {string} */ html) =>
    /href="([^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  const template = document.createElement('template');
  const parse = (/** @type {string} */ html) => {
    template.innerHTML = html;
    return /** @type {Element} */ (template.content.firstElementChild);
  };
  const rowCount = /** @type {HTMLElement} */ (document.querySelector('.row-count'));
  const totals = [...copy.querySelectorAll('thead .total')].map((total) => total.lastChild);
  const totalsLabel = copy.querySelector('thead .totals-row th');
  let typed = 0;
  let keyed = false;
  const isSearch = (/** @type {Event} */ event) =>
    /** @type {Element} */ (event.target).matches?.('input[type=search]');
  document.addEventListener(
    'keydown',
    (event) => {
      if (isSearch(event)) keyed = true;
    },
    { capture: true },
  );
  document.addEventListener(
    'input',
    (event) => {
      if (!isSearch(event)) return;
      // Listeners on the document itself (the probe's) still run; the app's, further down, do not.
      event.stopPropagation();
      // Only typed keys count, as the app's snapshots do: not the emptying before and after.
      if (!keyed) return;
      keyed = false;
      const frame = /** @type {import('./probes.mjs').BoardSnapshot} */ (
        frames[typed % frames.length]
      );
      typed += 1;
      /** @type {Set<string | null | undefined>} */
      const wanted = new Set(frame.rows.map(keyOfHtml));
      /** @type {Map<string | null | undefined, Element>} */
      const kept = new Map();
      for (const row of body.querySelectorAll('tr:not(.spacer)')) {
        if (wanted.has(keyOf(row))) kept.set(keyOf(row), row);
        else row.remove();
      }
      const last = body.lastElementChild;
      const bottom = last?.classList.contains('spacer') ? /** @type {HTMLElement} */ (last) : null;
      let next = body.firstElementChild;
      if (next && next !== bottom && next.classList.contains('spacer'))
        next = next.nextElementSibling;
      for (const html of frame.rows) {
        const key = keyOfHtml(html);
        if (next && next !== bottom && keyOf(next) === key) {
          next = next.nextElementSibling;
          continue;
        }
        body.insertBefore(kept.get(key) ?? parse(html), next);
      }
      if (bottom && frame.bottom) bottom.style.height = frame.bottom;
      rowCount.textContent = frame.count;
      if (totalsLabel) totalsLabel.textContent = frame.label;
      totals.forEach((text, index) => {
        if (text && frame.totals[index] !== undefined) text.nodeValue = frame.totals[index];
      });
    },
    { capture: true },
  );
}
