import './no-eval';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { db } from '@/db/database';
import { activeReview, subscribeReview, type ReviewSession } from '@/db/review-database';
import { ReviewModeBanner } from '@/features/exchange/review-mode-banner';
import { useIdentity } from '@/features/identity/use-identity';
import { WelcomeDialog } from '@/features/identity/welcome-dialog';
import { t } from '@/i18n/dictionary';
import { CapabilityProvider, WriteOnly, type Capability } from '@/ui/capability';
import { needsIdentity } from '@/domain/identity';
import { DataPrecisionProvider, type DataPrecision } from '@/ui/data-precision';
import { lazyPart } from '@/ui/lazy-part';
import { paths } from '@/ui/router';
import { Toaster } from '@/ui/toaster';
import { Routes } from './routes';
import { Shell } from './shell';
import type { Starting, StartResult } from './start';

// Banners that only ever appear after the board is drawn: loaded on demand, out of the first download.
const UpdatePrompt = lazyPart(
  async () => (await import('@/features/backup/update-prompt')).UpdatePrompt,
);
const BackupReminder = lazyPart(
  async () => (await import('@/features/backup/backup-reminder')).BackupReminder,
);
const DataHealthBanner = lazyPart(
  async () => (await import('@/features/backup/data-health-banner')).DataHealthBanner,
);

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
      <RoleCapability review={review}>
        <ReviewModeBanner />
        <Shell>
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
          {/* Both point at one's own data: not for an inzage or a municipality's device. */}
          <WriteOnly>
            <BackupReminder />
            <DataHealthBanner />
          </WriteOnly>
          <RoutesOnceIdentified asking={!review && !closedByOtherTab} />
          {/* A database closed by another tab's upgrade cannot save the answer: the banner above says to reload. */}
          {!review && !closedByOtherTab && <WelcomeDialog shareFilePath={paths.data()} />}
          <Toaster />
        </Shell>
      </RoleCapability>
    </div>
  );
}

/**
 * While the welcome question is open, no view is drawn behind it: nothing
 * there could be used yet, and a view drawn read-only first and then again
 * for the provider would move under the person's eyes (and under a test's
 * keys). Once answered, the view mounts and its heading takes the focus.
 * Only a known "not yet answered" hides the views: if the settings cannot be
 * read at all, the views still show (read-only), so Gegevens stays reachable.
 */
function RoutesOnceIdentified({ asking }: { asking: boolean }) {
  const identity = useIdentity();
  if (asking && identity && needsIdentity(identity)) return null;
  return <Routes />;
}

const PROVIDER: Capability = { write: true };
const REVIEW: Capability = { write: false, readOnlyBecause: 'review' };
const MUNICIPALITY: Capability = { write: false, readOnlyBecause: 'municipality' };
/** The role is not read yet: nothing that writes, and no municipality's landing either. */
const UNDECIDED: Capability = { write: false };

/**
 * The one place that decides what may be drawn: an open inzage and a
 * municipality's device never see a control that writes (ui/capability.tsx).
 */
function RoleCapability({
  review,
  children,
}: {
  review: ReviewSession | undefined;
  children: ReactNode;
}) {
  const identity = useIdentity();
  const reviewOpen = Boolean(review);
  // Until the role is read (a few ms), and until the person has said who they
  // are (the welcome dialog, whose form may still be loading), nothing that
  // writes is offered: a click on it would write "door Onbekend" or be refused.
  const capability = reviewOpen
    ? REVIEW
    : identity === undefined || needsIdentity(identity)
      ? UNDECIDED
      : identity.audience === 'municipality'
        ? MUNICIPALITY
        : PROVIDER;
  // How exact the data is: a share file may round birth dates and leaves some fields out.
  const precision: DataPrecision = review
    ? review.birthDatePrecision === 'month'
      ? SHARED_MONTH
      : SHARED_DAY
    : OWN_DATA;
  return (
    <CapabilityProvider value={capability}>
      <DataPrecisionProvider value={precision}>{children}</DataPrecisionProvider>
    </CapabilityProvider>
  );
}

const OWN_DATA: DataPrecision = { birthDate: 'day', shared: false };
const SHARED_DAY: DataPrecision = { birthDate: 'day', shared: true };
const SHARED_MONTH: DataPrecision = { birthDate: 'month', shared: true };
