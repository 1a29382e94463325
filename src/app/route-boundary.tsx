import type { ReactNode } from 'react';
import { t } from '@/i18n/dictionary';
import { ErrorBoundary } from '@/ui/error-boundary';
import { Link, paths } from '@/ui/router';

/** What a view that failed to render says: what happened, try again, or go where data is repaired. */
export function RouteErrorFallback({ retry }: { retry: () => void }) {
  return (
    <section className="route-failed" role="alert" aria-labelledby="route-failed-title">
      <h1 id="route-failed-title">{t.app.failed.title}</h1>
      <p>{t.app.failed.text}</p>
      <p>{t.app.failed.advice}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={retry}>
          {t.app.failed.retry}
        </button>
        <Link to={paths.data()} className="button">
          {t.app.failed.toData}
        </Link>
      </div>
    </section>
  );
}

/**
 * One boundary around the current route, inside the shell: a view that throws
 * on data it cannot show leaves the header and menu working, so Gegevens is
 * always one click away. It resets when the route changes.
 */
export function RouteBoundary({ routeKey, children }: { routeKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKey={routeKey} fallback={(retry) => <RouteErrorFallback retry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}
