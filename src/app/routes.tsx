import { BackupSettings } from '@/features/backup/backup-settings';
import { DataPage } from '@/features/backup/data-page';
import { BoardPage } from '@/features/board/board-page';
import { ConditionsPage } from '@/features/conditions/conditions-page';
import { MeetingMinutesPage } from '@/features/meetings/meeting-minutes-page';
import { MeetingModePage } from '@/features/meetings/meeting-mode-page';
import { MeetingPage } from '@/features/meetings/meeting-page';
import { MeetingSettings } from '@/features/meetings/meeting-settings';
import { MeetingsPage } from '@/features/meetings/meetings-page';
import { MonthlyReportPage } from '@/features/review/monthly-report-page';
import { MunicipalitiesPage } from '@/features/review/municipalities-page';
import { RegionalPage } from '@/features/review/regional-page';
import { SettingsPage } from '@/features/settings/settings-page';
import { ActionsPage } from '@/features/signals/actions-page';
import { AttentionPage } from '@/features/signals/attention-page';
import { SignalSettings } from '@/features/signals/signal-settings';
import { LeftListPage } from '@/features/youth/left-list-page';
import { YouthDetailPage } from '@/features/youth/youth-detail-page';
import { YouthEditPage, YouthNewPage } from '@/features/youth/youth-form-page';
import { t } from '@/i18n/dictionary';
import { useRoute } from '@/ui/router';

export function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'board':
      return <BoardPage />;
    case 'youthNew':
      return <YouthNewPage />;
    case 'youthEdit':
      return <YouthEditPage key={route.id} id={route.id} />;
    case 'youthDetail':
      return <YouthDetailPage key={route.id} id={route.id} />;
    case 'left':
      return <LeftListPage />;
    case 'conditions':
      return <ConditionsPage />;
    case 'settings':
      // Each feature owns its settings section; the app puts them on one page.
      return (
        <SettingsPage>
          <SignalSettings />
          <MeetingSettings />
          <BackupSettings />
        </SettingsPage>
      );
    case 'attention':
      return <AttentionPage />;
    case 'actions':
      return <ActionsPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'meetingMode':
      return <MeetingModePage key={route.id} id={route.id} />;
    case 'meetingMinutes':
      return <MeetingMinutesPage key={route.id} id={route.id} />;
    case 'municipalities':
      return <MunicipalitiesPage />;
    case 'monthlyReport':
      return (
        <MonthlyReportPage
          key={`${route.municipality}/${route.month}`}
          municipality={route.municipality}
          month={route.month}
        />
      );
    case 'regional':
      return <RegionalPage />;
    case 'data':
      return <DataPage />;
    case 'notFound':
      return (
        <section>
          <h1>{t.app.notFound}</h1>
        </section>
      );
  }
}
