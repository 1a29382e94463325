import { useEffect, useState } from 'react';
import { t } from '@/i18n/dictionary';
import { Link, paths, useRoute } from '@/ui/router';

/**
 * Counts the bad records in a worker, so reading the whole history never
 * delays a key on the board; where there are no workers (tests), on this
 * thread, a page at a time. Undefined when the check could not run.
 */
async function countInBackground(): Promise<number | undefined> {
  if (typeof Worker === 'undefined') {
    // Loaded on demand: the rules stay out of the first download.
    const { countBadRecords } = await import('@/db/data-health');
    return countBadRecords().catch((error: unknown) => {
      console.warn(error);
      return undefined;
    });
  }
  return new Promise((resolve) => {
    // A path, not an import: Vite bundles the worker with what it needs.
    const worker = new Worker(new URL('../../db/data-health-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<{ count?: number; error?: string }>) => {
      if (event.data.error) console.warn(event.data.error);
      resolve(event.data.count);
      worker.terminate();
    };
    worker.onerror = (event) => {
      console.warn(event.message);
      resolve(undefined);
      worker.terminate();
    };
    worker.postMessage('count');
  });
}

/**
 * The start-up check's result outside Gegevens: a banner that points there.
 * It runs once the first view had its turn (it reads every table), and again
 * after leaving Gegevens, where records may just have been repaired.
 */
export function DataHealthBanner() {
  const [found, setFound] = useState(0);
  const onData = useRoute().name === 'data';
  useEffect(() => {
    if (onData) return;
    let cancelled = false;
    const run = () => {
      void countInBackground().then((count) => {
        if (!cancelled && count !== undefined) setFound(count);
      });
    };
    const timer = window.setTimeout(run, 1_000);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [onData]);
  if (found === 0 || onData) return null;
  return (
    <section className="banner banner-warning" aria-label={t.backup.healthBanner.bannerLabel}>
      <p>{t.backup.healthBanner.banner}</p>
      <div className="banner-actions">
        <Link className="button button-primary" to={paths.data()}>
          {t.backup.healthBanner.toData}
        </Link>
      </div>
    </section>
  );
}
