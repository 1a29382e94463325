// In the page (pass to page.evaluate): open a view by its hash route and time it. Used by
// `npm run bench` and the developer aids in scripts/dev; the page needs installAfterFrame
// (paint-probe.mjs) as an init script.

/**
 * Route change (as a menu link sets it) → the first painted frame with the view's content:
 * its heading is new and no "…wordt geladen…"/"berekend…" status stands for the page
 * itself (`content`); and → the first painted frame where no part of it says so any more
 * (`complete`). A part is a section with its own h2 heading, such as Gemeenten' trend, which
 * is read from the history after the other figures are shown. Opened from the board.
 * @param {string} route
 * @returns {Promise<{ content: number; complete: number }>}
 */
export function viewProbe(route) {
  const loading = () =>
    [...document.querySelectorAll('main [role=status]')].filter((status) =>
      /…$/.test(status.textContent?.trim() ?? ''),
    );
  /** A status inside a section headed by an h2 is that part's, not the page's. */
  const ofPart = (/** @type {Element} */ status) => {
    const section = status.closest('section[aria-labelledby]');
    const heading =
      section && document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    return heading?.tagName === 'H2';
  };
  const headed = () => document.querySelector('main h1:not([data-old])');
  document.querySelector('main h1')?.setAttribute('data-old', '');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    /** @type {number | undefined} */
    let content;
    const timer = setTimeout(() => reject(new Error(`${route} werd niet getoond`)), 120_000);
    const check = () => {
      if (!headed()) return requestAnimationFrame(check);
      const statuses = loading();
      const shown = content === undefined && statuses.every(ofPart);
      const done = statuses.length === 0;
      if (!shown && !done) return requestAnimationFrame(check);
      // Checked in rAF: once this frame is painted (installAfterFrame, paint-probe.mjs).
      window.__afterFrame(() => {
        const now = performance.now() - start;
        content ??= now;
        if (!done) return requestAnimationFrame(check);
        clearTimeout(timer);
        resolve({ content, complete: now });
      });
    };
    location.hash = `#${route}`;
    requestAnimationFrame(check);
  });
}
