/**
 * Is a key pressed here meant as text? In a field, an editable element or an
 * open dialog, a letter is typed, not a shortcut (toasts, meeting mode).
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    Boolean(target.closest('dialog'))
  );
}
