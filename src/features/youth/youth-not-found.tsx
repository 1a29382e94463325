import { t } from '@/i18n/dictionary';
import { Link, paths } from '@/ui/router';

export function YouthNotFound() {
  return (
    <section>
      <h1>{t.youth.notFound}</h1>
      <p>{t.youth.notFoundHint}</p>
      <Link to={paths.board()}>{t.youth.backToBoard}</Link>
    </section>
  );
}

export function Loading() {
  return (
    <p className="muted" role="status">
      {t.youth.loading}
    </p>
  );
}
