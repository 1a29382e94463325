import { useState, type FormEvent } from 'react';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import { runWrite } from './write';

type DialogFormOptions<Value, Errors extends object, Saved> = {
  /** Reads the form: `value` only when every field is valid, else the errors per field. */
  check: () => { value?: Value; errors: Partial<Errors> };
  write: (value: Value) => Promise<Saved>;
  /** After a write that succeeded (a falsy result counts as failed): close, say so. */
  onSaved?: (saved: NonNullable<Saved>) => void;
};

/**
 * The submit of a dialog's form: check; on errors show them and put the keyboard on the
 * first; else write (a failure shows the storage toast and keeps the dialog open), then
 * `onSaved`. Spread `ref` and `submit` on the <form>; `busy` goes to its DialogFooter.
 */
export function useDialogForm<Value, Errors extends object, Saved>({
  check,
  write,
  onSaved,
}: DialogFormOptions<Value, Errors, Saved>) {
  const [errors, setErrors] = useState<Partial<Errors>>({});
  const [busy, setBusy] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const result = check();
    setErrors(result.errors);
    if (result.value === undefined) {
      focusFirstInvalid();
      return;
    }
    const value = result.value;
    setBusy(true);
    const saved = await runWrite(() => write(value));
    setBusy(false);
    if (!saved) return;
    onSaved?.(saved);
  };

  return { ref, errors, busy, submit };
}
