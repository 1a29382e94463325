import { lazy, Suspense, useState } from 'react';
import { needsIdentity } from '@/domain/identity';
import { t } from '@/i18n/dictionary';
import { useIdentity } from './use-identity';

const w = t.identity;
// Opened now and then: the dialog loads on first use, not with every start of the board.
const SwitchDialog = lazy(async () => ({
  default: (await import('./switch-dialog')).SwitchDialog,
}));

/** "Anna de Boer" → "AB": what fits in the header beside the menu. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return picked.map((word) => word[0]!.toLocaleUpperCase('nl')).join('');
}

/**
 * Who the next changes are stamped with, and a way to switch on a shared
 * laptop. `compact` (the app header, beside the full menu) shows the person's
 * initials in a ring, with the full sentence for screen readers and on hover.
 */
export function PersonSwitcher({ compact = false }: { compact?: boolean }) {
  const settings = useIdentity();
  const [open, setOpen] = useState(false);
  if (!settings || needsIdentity(settings) || settings.audience === 'municipality') return null;
  return (
    <div className="person-switcher">
      <button
        type="button"
        className={
          compact ? 'person-button person-button-compact' : 'button button-small person-button'
        }
        aria-haspopup="dialog"
        title={`${w.currentPerson(settings.userName)} · ${w.switchPerson}`}
        onClick={() => setOpen(true)}
      >
        {compact ? (
          <>
            <span className="person-initials" aria-hidden="true">
              {initialsOf(settings.userName)}
            </span>
            <span className="visually-hidden">{w.currentPerson(settings.userName)}</span>
          </>
        ) : (
          w.currentPerson(settings.userName)
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SwitchDialog
            current={settings.userName}
            recent={settings.recentUserNames ?? [settings.userName]}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
