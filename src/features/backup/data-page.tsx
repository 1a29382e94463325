import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { getSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { useCapability, WriteOnly } from '@/ui/capability';
import { SectionBoundary } from '@/ui/error-boundary';
import { formatDateTime } from '@/ui/format';
import { DataHealthSection } from './data-health-section';
import { DemoSection } from './demo-section';
import { EraseSection } from './erase-section';
import { useBackupDownload } from './use-backup-download';
import { RestoreSection } from './restore-section';
import { RetentionSection } from './retention-section';
import { tb } from '@/i18n/backup';

function ExportSection() {
  const settings = useLiveQuery(getSettings, []);
  const { busy, download: run } = useBackupDownload();
  const capability = useCapability();
  // A municipality's device has no data of its own to back up.
  if (capability.readOnlyBecause === 'municipality') return null;
  if (capability.readOnlyBecause === 'review')
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
      <h1>{tb.page.title}</h1>
      <p className="data-intro">{tb.page.intro}</p>
      {/* Each section fails on its own: a record one cannot show must not hide restore or repair. */}
      {/* Repair, restore, erasure and retention write: read-only they are not drawn at all. */}
      <WriteOnly>
        <SectionBoundary>
          <DataHealthSection />
        </SectionBoundary>
      </WriteOnly>
      <SectionBoundary>
        <ExportSection />
      </SectionBoundary>
      <WriteOnly>
        <SectionBoundary>
          <RestoreSection />
        </SectionBoundary>
        <SectionBoundary>
          <EraseSection />
        </SectionBoundary>
        <SectionBoundary>
          <RetentionSection />
        </SectionBoundary>
        <SectionBoundary>
          <DemoSection />
        </SectionBoundary>
      </WriteOnly>
      {children}
    </section>
  );
}
