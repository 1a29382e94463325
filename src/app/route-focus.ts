import { useEffect, useRef } from 'react';
import { t } from '@/i18n/dictionary';
import type { Route } from '@/ui/router';

// Every view has a title: a view added to Route without one fails the typecheck.
const TITLES: Record<Route['name'], string> = t.pageTitle;

/** "Aandacht – Uitstroombord": the name the browser tab, history and a screen reader give. */
export function pageTitle(route: Route): string {
  return `${TITLES[route.name]} – ${t.appName}`;
}

/** Not inside a view React keeps hidden (style display: none) while the next one loads. */
function isShown(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement)
    if (node.style.display === 'none' || node.hidden) return false;
  return true;
}

/** Only where nothing else took the keyboard: the page itself, or the menu link just used. */
function focusIsFree(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || Boolean(active.closest('header, nav'));
}

/**
 * After a route change: set the page title, and put focus on the new view's
 * heading, so a screen-reader user hears where they are and Tab continues
 * from the top of the view. A view that focuses something itself (a form's
 * first field, the share file chooser) keeps it. Views load on demand, so the
 * heading is looked for for up to two seconds.
 */
export function useRouteFocusAndTitle(route: Route): void {
  const key = JSON.stringify(route);
  const first = useRef(true);
  useEffect(() => {
    document.title = pageTitle(route);
    // The first view of a visit keeps the browser's own start (the skip link is the first Tab stop).
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    let focused: HTMLElement | undefined;
    const deadline = performance.now() + 2000;
    const look = () => {
      // While a view loads, React keeps the previous one hidden (display: none) in the page.
      const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find(isShown);
      const active = document.activeElement;
      // A view's "loading" heading can be replaced by its real one: follow it while the focus is ours.
      const mayTake = focused
        ? active === focused || active === document.body || !active
        : focusIsFree();
      if (heading && heading !== active && mayTake) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        if (document.activeElement === heading) {
          if (!focused) window.scrollTo({ top: 0 });
          focused = heading;
        }
      }
      if (performance.now() < deadline) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
    // The route's content is what matters, not the object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
