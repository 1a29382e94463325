import { daysBetween } from '@/domain/dates';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { useLeftYouths } from './use-youth-data';
import { Loading } from './youth-not-found';

const l = t.youth.left;

function newestFirst(a: Youth, b: Youth): number {
  const byDate = (b.leftOn ?? '').localeCompare(a.leftOn ?? '');
  return byDate || a.initials.localeCompare(b.initials, 'nl');
}

export function LeftListPage() {
  const youths = useLeftYouths();
  return (
    <section>
      <div className="page-header">
        <h1>{l.title}</h1>
        {youths && youths.length > 0 && <p className="muted">{l.count(youths.length)}</p>}
      </div>
      {!youths ? (
        <Loading />
      ) : youths.length === 0 ? (
        <div className="empty-state">
          <p>{l.empty}</p>
          <p className="muted">{l.emptyHint}</p>
        </div>
      ) : (
        <LeftTable youths={[...youths].sort(newestFirst)} />
      )}
    </section>
  );
}

function LeftTable({ youths }: { youths: Youth[] }) {
  return (
    <table className="simple">
      <thead>
        <tr>
          <th scope="col">{l.youth}</th>
          <th scope="col">{t.youth.fields.municipality}</th>
          <th scope="col">{t.youth.fields.location}</th>
          <th scope="col">{l.placedSince}</th>
          <th scope="col">{l.leftOn}</th>
          <th scope="col">{l.destination}</th>
          <th scope="col" className="youth-number">
            {l.daysPlaced}
          </th>
        </tr>
      </thead>
      <tbody>
        {youths.map((youth) => (
          <tr key={youth.id}>
            <th scope="row">
              <Link to={paths.youthDetail(youth.id)}>{youth.initials}</Link>
            </th>
            <td>{youth.municipality}</td>
            <td>{youth.location}</td>
            <td>{formatDate(youth.placementStart)}</td>
            <td>{formatDate(youth.leftOn)}</td>
            <td>{youth.actualDestination && t.perspective[youth.actualDestination]}</td>
            <td className="youth-number">
              {youth.leftOn && daysBetween(youth.placementStart, youth.leftOn)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
