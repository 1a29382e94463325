import type { LightState } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { Stoplight } from '@/ui/stoplight';

/** Stoplight plus the Dutch colour word, so the colour never stands alone. */
export function LightLabel({
  state,
  automatic = false,
}: {
  state: LightState;
  automatic?: boolean;
}) {
  return (
    <span className="youth-light">
      <Stoplight state={state} />
      <span>{automatic ? t.automaticNotApplicable : t.light[state]}</span>
    </span>
  );
}

/** A dash for the eye, words for a screen reader. */
export function NotFilledIn() {
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">{t.youth.notFilledIn}</span>
    </>
  );
}

/** A field the share file does not carry: said in words, so it does not look left empty. */
export function NotShared() {
  return <span className="muted">{t.youth.notShared}</span>;
}
