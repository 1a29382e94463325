import { lazy, Suspense } from 'react';
import { nameError, needsIdentity } from '@/domain/identity';
import { useIdentity } from './use-identity';

// Asked once per browser: its form loads only then, not with every start of the board.
const WelcomeForm = lazy(async () => ({ default: (await import('./welcome-form')).WelcomeForm }));

/**
 * First use: asks who works here and for which provider, or learns that this
 * is a municipality reading a share file (which goes straight to opening one).
 * It cannot be dismissed: after it, no record is written "door Onbekend".
 */
export function WelcomeDialog({ shareFilePath }: { shareFilePath: string }) {
  const settings = useIdentity();
  if (!settings || !needsIdentity(settings)) return null;
  return (
    <Suspense fallback={null}>
      <WelcomeForm
        shareFilePath={shareFilePath}
        initialName={nameError(settings.userName) ? '' : settings.userName}
        initialProvider={settings.providerName ?? ''}
        initialAudience={settings.audience}
      />
    </Suspense>
  );
}
