import { LIGHT_LETTER } from '@/domain/light';
import type { LightState } from '@/domain/types';

/**
 * One light: colour plus shape plus letter, so it reads in black and white and
 * for colour-blind users (red square "R", amber diamond "O", green circle "G",
 * n.v.t. dash, niet beoordeeld dashed "?").
 */
export function Stoplight({
  state,
  size = 'normal',
}: {
  state: LightState;
  size?: 'normal' | 'large';
}) {
  return (
    <span className={`light light-${state} light-${size}`} aria-hidden="true">
      {LIGHT_LETTER[state]}
    </span>
  );
}
