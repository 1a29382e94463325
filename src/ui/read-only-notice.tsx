import { t } from '@/i18n/dictionary';
import { Link, paths } from './router';

/** In place of a view that only writes (a form), where the person may not write. */
export function ReadOnlyNotice() {
  return (
    <section className="empty-state" aria-labelledby="read-only-title">
      <h1 id="read-only-title">{t.readOnly.title}</h1>
      <p>{t.readOnly.text}</p>
      <p>
        <Link to={paths.board()}>{t.youth.backToBoard}</Link>
      </p>
    </section>
  );
}
