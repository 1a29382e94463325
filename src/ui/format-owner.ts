import type { ActionOwnerRole } from '@/domain/types';
import { t } from '@/i18n/dictionary';

// Its own module: only the (lazily loaded) youth views need it, not the first page load.
/**
 * Who carries an action, as the provider reads it: "Mehmet K. (mentor)". The
 * role alone when there is no name, the name alone when it already says the
 * role ("Ouders"). An unknown role (damaged data) is left out, never thrown on.
 */
export function formatOwner(name: string | undefined, role: string | undefined): string {
  // Stored data can hold anything here (a restored file, a future bug): not a string is no name.
  const owner = typeof name === 'string' ? name.trim() : '';
  const label =
    typeof role === 'string' && Object.hasOwn(t.ownerRole, role)
      ? t.ownerRole[role as ActionOwnerRole]
      : '';
  if (!label) return owner;
  if (!owner) return label;
  return owner.toLocaleLowerCase('nl') === label.toLocaleLowerCase('nl')
    ? owner
    : `${owner} (${label})`;
}
