import { lazy, Suspense, type ComponentType } from 'react';
import { t } from '@/i18n/dictionary';
import { ErrorBoundary } from './error-boundary';

/**
 * A part of the shell that may appear after the board is drawn (a banner, the
 * update question), loaded on demand so it stays out of the first download
 * (scripts/check-bundle.mjs); the service worker precaches it for offline use.
 * Until it is there nothing is shown; if its code cannot be loaded, a short
 * Dutch line says so instead of the part.
 */
export function lazyPart(load: () => Promise<ComponentType>): ComponentType {
  const Part = lazy(async () => ({ default: await load() }));
  return function LazyPart() {
    return (
      <ErrorBoundary
        fallback={() => (
          <p className="banner banner-warning" role="alert">
            {t.app.failed.partNotLoaded}
          </p>
        )}
      >
        <Suspense fallback={null}>
          <Part />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
