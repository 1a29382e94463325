import { useEffect } from 'react';
import type { LightColour } from '@/domain/types';
import { COLOUR_KEYS } from '@/ui/colour-keys';
import { isTyping } from '@/ui/is-typing';

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a, summary'));
}

export type MeetingKeys = {
  /** False while a dialog (light editor, closing) has the keyboard. */
  active: boolean;
  /** The opening figures of a municipal review: no lights to select or set. */
  onSummary: boolean;
  /** A reader who may not write only moves and selects. */
  canWrite: boolean;
  conditionCount: number;
  selected: number;
  go: (by: number) => void;
  select: (index: number) => void;
  setColour: (colour: LightColour) => void;
  confirm: () => unknown;
  edit: () => void;
};

/**
 * The meeting room's keys (the legend is `tm.keys`): ←/→ move between young
 * people, 1–9 and ↑/↓ choose a light, R O G N set its colour, Enter opens the
 * light editor, B confirms the lights unchanged. Keys typed into a field or a
 * dialog, and with a modifier, are left alone.
 */
export function useMeetingKeys(keys: MeetingKeys): void {
  const { active, onSummary, canWrite, conditionCount, selected } = keys;
  const { go, select, setColour, confirm, edit } = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || !active) return;
      const key = event.key;
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown') go(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go(-1);
      // The summary page has no lights; a reader who may not write only moves and selects.
      else if (onSummary) handled = false;
      else if (key === 'ArrowDown') select(selected + 1);
      else if (key === 'ArrowUp') select(selected - 1);
      else if (/^[1-9]$/.test(key) && Number(key) <= conditionCount) select(Number(key) - 1);
      else if (!canWrite) handled = false;
      else if (COLOUR_KEYS[key.toLowerCase()]) setColour(COLOUR_KEYS[key.toLowerCase()]!);
      else if (key.toLowerCase() === 'b') void confirm();
      else if (key === 'Enter' && !isActivatable(event.target)) edit();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onSummary, canWrite, conditionCount, selected, go, select, setColour, confirm, edit]);
}
