// In the page (pass to page.evaluate): open a view by its hash route and time it. Used by
// `npm run bench` and the developer aids in scripts/dev.

/**
 * Route change → the view's heading is new, no "…wordt geladen…"/"berekend…" status is
 * left in it → that frame painted. Opened from the board, as from the menu.
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
      // Checked in rAF: the next message comes once this frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    };
    location.hash = `#${route}`;
    requestAnimationFrame(check);
  });
}
