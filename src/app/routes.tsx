import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BoardPage } from '@/features/board/board-page';
import { PersonSwitcher } from '@/features/identity/person-switcher';
import { t } from '@/i18n/dictionary';
import { useCapability, WriteOnly, type Capability } from '@/ui/capability';
import { SectionBoundary } from '@/ui/error-boundary';
import { ReadOnlyNotice } from '@/ui/read-only-notice';
import { useRoute } from '@/ui/router';
import { RouteBoundary } from './route-boundary';
import { useRouteFocusAndTitle } from './route-focus';

/**
 * Every view but the board loads on demand, so the first download stays within
 * the bundle budget (scripts/check-bundle.mjs); the service worker precaches all
 * of them, so they open offline too.
 */
function page<Props extends object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): ComponentType<Props> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<Props> }));
}

const YouthNewPage = page(() => import('@/features/youth/youth-form-page'), 'YouthNewPage');
const YouthEditPage = page<{ id: string }>(
  () => import('@/features/youth/youth-form-page'),
  'YouthEditPage',
);
const YouthDetailPage = page<{ id: string }>(
  () => import('@/features/youth/youth-detail-page'),
  'YouthDetailPage',
);
const LeftListPage = page(() => import('@/features/youth/left-list-page'), 'LeftListPage');
const ConditionsPage = page(
  () => import('@/features/conditions/conditions-page'),
  'ConditionsPage',
);
const SettingsPage = page<{ children?: ReactNode }>(
  () => import('@/features/settings/settings-page'),
  'SettingsPage',
);
const SignalSettings = page(() => import('@/features/signals/signal-settings'), 'SignalSettings');
const MeetingSettings = page(
  () => import('@/features/meetings/meeting-settings'),
  'MeetingSettings',
);
const BackupSettings = page(() => import('@/features/backup/backup-settings'), 'BackupSettings');
const ReviewSettings = page(() => import('@/features/review/review-settings'), 'ReviewSettings');
const AttentionPage = page(() => import('@/features/signals/attention-page'), 'AttentionPage');
const ActionsPage = page(() => import('@/features/signals/actions-page'), 'ActionsPage');
const MeetingsPage = page(() => import('@/features/meetings/meetings-page'), 'MeetingsPage');
const MeetingPage = page<{ id: string }>(
  () => import('@/features/meetings/meeting-page'),
  'MeetingPage',
);
const MeetingModePage = page<{ id: string; personSwitcher?: ReactNode }>(
  () => import('@/features/meetings/meeting-mode-page'),
  'MeetingModePage',
);
const MeetingMinutesPage = page<{ id: string }>(
  () => import('@/features/meetings/meeting-minutes-page'),
  'MeetingMinutesPage',
);
const MunicipalitiesPage = page(
  () => import('@/features/review/municipalities-page'),
  'MunicipalitiesPage',
);
const MonthlyReportPage = page<{ municipality: string; month: string }>(
  () => import('@/features/review/monthly-report-page'),
  'MonthlyReportPage',
);
const RegionalPage = page(() => import('@/features/review/regional-page'), 'RegionalPage');
const DataPage = page<{ children?: ReactNode }>(
  () => import('@/features/backup/data-page'),
  'DataPage',
);
const CsvImportSection = page(
  () => import('@/features/exchange/csv-import-section'),
  'CsvImportSection',
);
const LightSheetImportSection = page(
  () => import('@/features/exchange/light-sheet-import-section'),
  'LightSheetImportSection',
);
const ShareSection = page(() => import('@/features/exchange/share-section'), 'ShareSection');

export function Routes() {
  const route = useRoute();
  useRouteFocusAndTitle(route);
  return (
    <RouteBoundary routeKey={JSON.stringify(route)}>
      <Suspense fallback={<Loading />}>
        <RouteView />
      </Suspense>
    </RouteBoundary>
  );
}

function Loading() {
  return (
    <p role="status" className="muted">
      {t.app.loadingView}
    </p>
  );
}

/** A view that only writes: itself where one may write, else why not (once the role is known). */
function writing(capability: Capability, view: ReactNode): ReactNode {
  if (capability.write) return view;
  return capability.readOnlyBecause ? <ReadOnlyNotice /> : <Loading />;
}

function RouteView() {
  const route = useRoute();
  const capability = useCapability();
  switch (route.name) {
    case 'board':
      return <BoardPage />;
    // Views that only write say so, instead of a form that cannot be saved.
    case 'youthNew':
      return writing(capability, <YouthNewPage />);
    case 'youthEdit':
      return writing(capability, <YouthEditPage key={route.id} id={route.id} />);
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
          {/* Every section below writes settings that are data (thresholds, cadence, names). */}
          <WriteOnly>
            <SignalSettings />
            <MeetingSettings />
            <ReviewSettings />
            <BackupSettings />
          </WriteOnly>
        </SettingsPage>
      );
    case 'attention':
      return <AttentionPage />;
    case 'actions':
      return <ActionsPage />;
    case 'meetings':
      return <MeetingsPage />;
    // Preparing and running a meeting write: read-only, the minutes are what is read.
    case 'meeting':
      return writing(capability, <MeetingPage key={route.id} id={route.id} />);
    case 'meetingMode':
      return writing(
        capability,
        <MeetingModePage key={route.id} id={route.id} personSwitcher={<PersonSwitcher />} />,
      );
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
      return (
        <DataPage>
          <WriteOnly>
            <SectionBoundary>
              <LightSheetImportSection />
            </SectionBoundary>
            <SectionBoundary>
              <CsvImportSection />
            </SectionBoundary>
          </WriteOnly>
          <SectionBoundary>
            <ShareSection />
          </SectionBoundary>
        </DataPage>
      );
    case 'notFound':
      return (
        <section>
          <h1>{t.app.notFound}</h1>
        </section>
      );
  }
}
