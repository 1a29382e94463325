import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore, type ReactNode } from 'react';
import { activeReview, subscribeReview } from '@/db/review-database';
import { getSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { SectionBoundary } from '@/ui/error-boundary';
import { formatDateTime } from '@/ui/format';
import { DataHealthSection } from './data-health-section';
import { EraseSection } from './erase-section';
import { useBackupDownload } from './use-backup-download';
import { RestoreSection } from './restore-section';
import { RetentionSection } from './retention-section';

function ExportSection() {
  const settings = useLiveQuery(getSettings, []);
  const { busy, download: run } = useBackupDownload();
  const inReview = Boolean(useSyncExternalStore(subscribeReview, activeReview));
  if (inReview)
    return (
      <section className="form-card" aria-labelledby="export-title">
        <h2 id="export-title">{t.backup.export.title}</h2>
        <p>{t.backup.export.inReview}</p>
      </section>
    );

  return (
    <section className="form-card" aria-labelledby="export-title">
      <h2 id="export-title">{t.backup.export.title}</h2>
      <p>{t.backup.export.text}</p>
      {settings && (
        <p>
          {settings.lastBackupAt
            ? t.backup.export.last(formatDateTime(settings.lastBackupAt))
            : t.backup.export.never}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void run()}
        >
          {busy ? t.backup.export.busy : t.backup.export.button}
        </button>
      </div>
    </section>
  );
}

/**
 * #/gegevens: backup, restore, erasure and retention. Other features' data
 * tools (import, share files) are passed in by the app and shown below.
 */
export function DataPage({ children }: { children?: ReactNode }) {
  return (
    <section className="data-page">
      <h1>{t.backup.page.title}</h1>
      <p className="data-intro">{t.backup.page.intro}</p>
      {/* Each section fails on its own: a record one cannot show must not hide restore or repair. */}
      <SectionBoundary>
        <DataHealthSection />
      </SectionBoundary>
      <SectionBoundary>
        <ExportSection />
      </SectionBoundary>
      <SectionBoundary>
        <RestoreSection />
      </SectionBoundary>
      <SectionBoundary>
        <EraseSection />
      </SectionBoundary>
      <SectionBoundary>
        <RetentionSection />
      </SectionBoundary>
      {children}
    </section>
  );
}
