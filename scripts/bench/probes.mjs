// In-page probes. Each installs its observers, returns, and leaves the result
// promise on window.__bench, so Playwright's own input drives the action. Time
// runs from the input event's timeStamp (so waiting for a busy main thread
// counts) to the end of the first frame painted after the DOM changed.
// They run in the page (page.evaluate): each must be self-contained.

/**
 * Key down → a light's label changed → that frame painted. The light is the
 * focused board cell, or in meeting mode (`condition` given) that condition's
 * light in the lights panel. Returns the light's label before the key.
 * @param {string} [condition]
 */
export function lightProbe(condition) {
  const focused = document.activeElement;
  const root = condition ? document.querySelector('.meeting-lights') : focused;
  const label = () =>
    condition
      ? root?.querySelector(`button[aria-label^="${condition}: "]`)?.getAttribute('aria-label')
      : root?.getAttribute('aria-label');
  if (!condition && !focused?.matches('[role=grid] button[aria-label]')) {
    throw new Error(`Geen stoplicht gefocust: ${focused?.outerHTML.slice(0, 120)}`);
  }
  const before = label();
  if (!before) throw new Error(`Geen stoplicht ${condition} in de vergadermodus`);
  // Once the next frame is painted (see paint-probe.mjs).
  const afterPaint = (/** @type {() => void} */ done) =>
    requestAnimationFrame(() => window.__afterFrame(done));
  window.__bench = new Promise((resolve, reject) => {
    let start = 0;
    document.addEventListener('keydown', (event) => (start = event.timeStamp), {
      capture: true,
      once: true,
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Geen verandering van ${before}`));
    }, 20_000);
    const observer = new MutationObserver(() => {
      if (label() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint(() => resolve(performance.now() - start));
    });
    observer.observe(
      /** @type {Element} */ (root),
      condition
        ? { attributes: true, subtree: true, childList: true }
        : { attributes: true, attributeFilter: ['aria-label'] },
    );
  });
  return before;
}

/**
 * Key down in the search box → the grid's rows (or the row count) changed →
 * painted. `rows`: the table body to watch (the floor's copy, see installFilterFloor).
 */
export function filterProbe(rows = '[role=grid] tbody') {
  const targets = /** @type {Element[]} */ (
    [document.querySelector(rows), document.querySelector('.row-count')].filter(Boolean)
  );
  if (targets.length === 0) throw new Error('Geen bord gevonden');
  const before = document.querySelector('.row-count')?.textContent;
  // Once the next frame is painted (see paint-probe.mjs).
  const afterPaint = (/** @type {() => void} */ done) =>
    requestAnimationFrame(() => window.__afterFrame(done));
  window.__bench = new Promise((resolve, reject) => {
    let start = 0;
    document.addEventListener('keydown', (event) => (start = event.timeStamp), {
      capture: true,
      once: true,
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Bord veranderde niet na de toetsaanslag'));
    }, 20_000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      afterPaint(() => resolve(performance.now() - start));
    });
    for (const target of targets) {
      observer.observe(target, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    }
  });
  return before;
}

/**
 * @typedef {{ rows: string[]; bottom: string | undefined; count: string; label: string;
 *   totals: (string | null | undefined)[] }} BoardSnapshot
 */

/**
 * In the page: the board as a filter keystroke left it, for `installFilterFloor`.
 * @returns {BoardSnapshot}
 */
export function boardSnapshot() {
  const grid = /** @type {HTMLElement} */ (document.querySelector('[role=grid]'));
  const body = /** @type {HTMLElement} */ (grid.querySelector('tbody'));
  const last = body.lastElementChild;
  return {
    rows: [...body.querySelectorAll('tr:not(.spacer)')].map((row) => row.outerHTML),
    bottom: last?.classList.contains('spacer')
      ? /** @type {HTMLElement} */ (last).style.height
      : undefined,
    count: document.querySelector('.row-count')?.textContent ?? '',
    label: grid.querySelector('thead .totals-row th')?.textContent ?? '',
    totals: [...grid.querySelectorAll('thead .total')].map((total) => total.lastChild?.nodeValue),
  };
}

/** Click → the detail page's history section holds its content → painted. */
export function detailProbe() {
  const historyShown = () => {
    for (const section of document.querySelectorAll('section[aria-labelledby]')) {
      const heading = document.getElementById(
        /** @type {string} */ (section.getAttribute('aria-labelledby')),
      );
      if (heading && /Geschiedenis/.test(heading.textContent ?? '')) {
        return section.children.length > 1;
      }
    }
    return false;
  };
  // Once the next frame is painted (see paint-probe.mjs).
  const afterPaint = (/** @type {() => void} */ done) =>
    requestAnimationFrame(() => window.__afterFrame(done));
  window.__bench = new Promise((resolve, reject) => {
    let start = 0;
    document.addEventListener('click', (event) => (start = event.timeStamp), {
      capture: true,
      once: true,
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Geschiedenis verscheen niet'));
    }, 20_000);
    const observer = new MutationObserver(() => {
      if (!start || !historyShown()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
