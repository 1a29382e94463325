/**
 * Where the app lands after a big change of view (a share file opened): the
 * next page's main heading, at the top of the page, not wherever the previous
 * page was scrolled to. The app remounts in between, so the wish is kept here.
 */
let pending = false;

export function requestLanding(): void {
  pending = true;
}

/** A ref callback for a page's main heading (give it tabIndex -1): takes a pending landing. */
export function landHere(element: HTMLElement | null): void {
  if (!element || !pending) return;
  pending = false;
  window.scrollTo(0, 0);
  element.focus({ preventScroll: true });
}

/** Focuses an element of the page being navigated to, once it is drawn (at most a second). */
export function focusWhenShown(id: string, triesLeft = 60): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    element.scrollIntoView({ block: 'center' });
  } else if (triesLeft > 0) requestAnimationFrame(() => focusWhenShown(id, triesLeft - 1));
}

/** The share file chooser on the Gegevens page (exchange feature), where a municipality starts. */
export const SHARE_FILE_INPUT_ID = 'share-open-file';
