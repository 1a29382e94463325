import { useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { t } from '@/i18n/dictionary';

/**
 * Registers the service worker (production build only) and, when a new version
 * is waiting, asks before switching: the switch reloads the page, which must
 * never happen by itself in the middle of a meeting.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState<Workbox>();
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, {
        scope: import.meta.env.BASE_URL,
      });
      workbox.addEventListener('waiting', () => setWaiting(workbox));
      workbox.register().catch((error: unknown) => console.error(error));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting || dismissed) return null;
  const update = () => {
    waiting.addEventListener('controlling', () => window.location.reload());
    waiting.messageSkipWaiting();
  };
  return (
    <section className="banner banner-info" aria-label={t.backup.app.updateAvailable}>
      <p>
        <strong>{t.backup.app.updateAvailable}</strong> {t.backup.app.updateExplain}
      </p>
      <div className="banner-actions">
        <button type="button" className="button button-primary" onClick={update}>
          {t.backup.app.updateNow}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t.backup.app.updateLater}
        </button>
      </div>
    </section>
  );
}
