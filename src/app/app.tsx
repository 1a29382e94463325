import './no-eval';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { db } from '@/db/database';
import { activeReview, subscribeReview } from '@/db/review-database';
import { BackupReminder } from '@/features/backup/backup-reminder';
import { DataHealthBanner } from '@/features/backup/data-health-banner';
import { UpdatePrompt } from '@/features/backup/update-prompt';
import { ReviewModeBanner } from '@/features/exchange/review-mode-banner';
import { useIdentity } from '@/features/identity/use-identity';
import { WelcomeDialog } from '@/features/identity/welcome-dialog';
import { t } from '@/i18n/dictionary';
import { CapabilityProvider, type Capability } from '@/ui/capability';
import { paths } from '@/ui/router';
import { Toaster } from '@/ui/toaster';
import { Routes } from './routes';
import { Shell } from './shell';
import type { Starting, StartResult } from './start';

export function App({ starting }: { starting: Starting }) {
  const [start, setStart] = useState<StartResult | 'starting'>('starting');
  const review = useSyncExternalStore(subscribeReview, activeReview);
  // An external store, so a block between the first render and subscribing is not missed.
  const blocked = useSyncExternalStore(starting.onBlocked, starting.blocked);
  const [closedByOtherTab, setClosedByOtherTab] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void starting.result.then((result) => {
      if (!cancelled) setStart(result);
    });
    // A newer version opened in another tab: this tab's connection closes, so say so.
    const onVersionChange = () => setClosedByOtherTab(true);
    db().on('versionchange', onVersionChange);
    return () => {
      cancelled = true;
      db().on('versionchange').unsubscribe(onVersionChange);
    };
  }, [starting]);

  if (start === 'starting') {
    return (
      <>
        <p className="app-loading" role="status">
          {t.app.starting}
        </p>
        {blocked && (
          <p className="banner banner-warning" role="alert">
            {t.backup.app.blocked}
          </p>
        )}
      </>
    );
  }
  if (start.kind === 'failed') {
    return (
      <main className="app-failed">
        <h1>{t.appName}</h1>
        <p role="alert">{start.message}</p>
      </main>
    );
  }
  // Opening or closing a read-only review remounts everything, so every live query reads the new database.
  return (
    <div className="app-root" key={review?.databaseName ?? 'own'}>
      <RoleCapability reviewOpen={Boolean(review)}>
        <ReviewModeBanner />
        <Shell readOnly={Boolean(review)}>
          {closedByOtherTab && (
            <div className="banner banner-warning" role="alert">
              <p>{t.backup.app.closedByOtherTab}</p>
              <div className="banner-actions">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => window.location.reload()}
                >
                  {t.backup.app.reload}
                </button>
              </div>
            </div>
          )}
          <UpdatePrompt />
          {!review && <BackupReminder />}
          {!review && <DataHealthBanner />}
          <Routes />
          {/* A database closed by another tab's upgrade cannot save the answer: the banner above says to reload. */}
          {!review && !closedByOtherTab && <WelcomeDialog shareFilePath={paths.data()} />}
          <Toaster />
        </Shell>
      </RoleCapability>
    </div>
  );
}

const PROVIDER: Capability = { write: true };
const REVIEW: Capability = { write: false, readOnlyBecause: 'review' };
const MUNICIPALITY: Capability = { write: false, readOnlyBecause: 'municipality' };

/**
 * The one place that decides what may be drawn: an open inzage and a
 * municipality's device never see a control that writes (ui/capability.tsx).
 */
function RoleCapability({ reviewOpen, children }: { reviewOpen: boolean; children: ReactNode }) {
  const identity = useIdentity();
  // Until the role is read (a few ms), nothing that writes is offered.
  const capability = reviewOpen
    ? REVIEW
    : identity === undefined || identity.audience === 'municipality'
      ? MUNICIPALITY
      : PROVIDER;
  return <CapabilityProvider value={capability}>{children}</CapabilityProvider>;
}
