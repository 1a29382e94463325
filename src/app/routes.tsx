import { BoardPage } from '@/features/board/board-page';
import { ConditionsPage } from '@/features/conditions/conditions-page';
import { SettingsPage } from '@/features/settings/settings-page';
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
      return <SettingsPage />;
    case 'notFound':
      return (
        <section>
          <h1>{t.app.notFound}</h1>
        </section>
      );
  }
}
