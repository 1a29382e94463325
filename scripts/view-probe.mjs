// In the page (pass to page.evaluate): open a view by its hash route and time it. Used by
// `npm run bench` and the developer aids in scripts/dev; the page needs installAfterFrame
// (paint-probe.mjs) as an init script.

/**
 * Route change → the view's heading is new, no "…wordt geladen…"/"berekend…" status is
 * left in it → that frame painted. Opened from the board, as from the menu.
 */
/**
 * @param {string} route
 * @returns {Promise<number>}
 */
export function viewProbe(route) {
  const ready = () =>
    document.querySelector('main h1:not([data-old])') &&
    ![...document.querySelectorAll('main [role=status]')].some((status) =>
      /…$/.test(status.textContent?.trim() ?? ''),
    );
  document.querySelector('main h1')?.setAttribute('data-old', '');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => reject(new Error(`${route} werd niet getoond`)), 120_000);
    const check = () => {
      if (!ready()) return requestAnimationFrame(check);
      clearTimeout(timer);
      // Checked in rAF: once this frame is painted (installAfterFrame, paint-probe.mjs).
      window.__afterFrame(() => resolve(performance.now() - start));
    };
    location.hash = `#${route}`;
    requestAnimationFrame(check);
  });
}
