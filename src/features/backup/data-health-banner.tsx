import { useEffect, useState } from 'react';
import { t } from '@/i18n/dictionary';
import { Link, paths, useRoute } from '@/ui/router';

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
      // Loaded on demand: the rules stay out of the first download.
      import('@/db/data-health')
        .then(({ countBadRecords }) => countBadRecords())
        .then((count) => {
          if (!cancelled) setFound(count);
        })
        .catch((error: unknown) => console.warn(error));
    };
    const timer = window.setTimeout(run, 1_000);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [onData]);
  if (found === 0 || onData) return null;
  return (
    <section className="banner banner-warning" aria-label={t.backup.health.bannerLabel}>
      <p>{t.backup.health.banner}</p>
      <div className="banner-actions">
        <Link className="button button-primary" to={paths.data()}>
          {t.backup.health.toData}
        </Link>
      </div>
    </section>
  );
}
