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
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.app.failed.reload}
        </button>
      </div>
    </section>
  );
}

/**
 * The last line, around the whole app: if even the shell cannot be drawn, the
 * person reads in Dutch that nothing is lost (the data is in this browser's
 * database, untouched) and can reload.
 */
export function RootBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={() => (
        <main className="app-failed" role="alert">
          <h1>{t.app.failed.rootTitle}</h1>
          <p>{t.app.failed.rootText}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.location.reload()}
          >
            {t.app.failed.reload}
          </button>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
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
