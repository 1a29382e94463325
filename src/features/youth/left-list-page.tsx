import { useLiveQuery } from 'dexie-react-hooks';
import { listOutflowChecks } from '@/db/outflow-check-repository';
import { toIsoDate } from '@/domain/dates';
import type { OutflowCheck } from '@/domain/follow-up-types';
import { leftListRows, type LeftFollowUp } from '@/domain/left-list';
import { FOLLOW_UP_MONTHS } from '@/domain/signals';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { useLeftYouths } from './use-youth-data';
import { Loading } from './youth-not-found';

const l = t.youth.left;

export function LeftListPage() {
  const youths = useLeftYouths();
  const checks = useLiveQuery(listOutflowChecks, []);
  return (
    <section>
      <div className="page-header">
        <h1>{l.title}</h1>
        {youths && youths.length > 0 && <p className="muted">{l.count(youths.length)}</p>}
      </div>
      {!youths || !checks ? (
        <Loading />
      ) : youths.length === 0 ? (
        <div className="empty-state">
          <p>{l.empty}</p>
          <p className="muted">{l.emptyHint}</p>
        </div>
      ) : (
        <LeftTable youths={youths} checks={checks} />
      )}
    </section>
  );
}

/** One follow-up answer as the list shows it: every question with its answer, or when it is due. */
function FollowUpAnswer({ followUp, today }: { followUp: LeftFollowUp; today: string }) {
  const { check, dueOn } = followUp;
  if (!check)
    return !dueOn ? (
      <span className="muted">{t.dates.invalid}</span>
    ) : (
      <span className="muted">
        {dueOn <= today ? l.followUpOpen(formatDate(dueOn)) : l.followUpLater(formatDate(dueOn))}
      </span>
    );
  const yesNo = (value: boolean) => (value ? l.yes : l.no);
  return (
    <ul className="follow-up-answer">
      {check.reached === false ? (
        <li>{l.followUpNotReached}</li>
      ) : (
        <>
          <li>{`${l.followUpReached}: ${l.yes}`}</li>
          <li>{`${l.followUpStill}: ${yesNo(check.stillInIntendedPlace)}`}</li>
          <li>{`${l.followUpBack}: ${yesNo(check.backInCare)}`}</li>
        </>
      )}
      <li className="muted">{l.followUpOn(formatDate(check.checkedOn))}</li>
    </ul>
  );
}

function LeftTable({ youths, checks }: { youths: Youth[]; checks: OutflowCheck[] }) {
  const today = toIsoDate(new Date());
  const rows = leftListRows(youths, checks);
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
          {FOLLOW_UP_MONTHS.map((months) => (
            <th key={months} scope="col">
              {l.followUp(months)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ youth, daysPlaced, followUps }) => (
          <tr key={youth.id}>
            <th scope="row">
              <Link to={paths.youthDetail(youth.id)}>{youth.initials}</Link>
            </th>
            <td>{youth.municipality}</td>
            <td>{youth.location}</td>
            <td>{formatDate(youth.placementStart)}</td>
            <td>{formatDate(youth.leftOn)}</td>
            <td>{youth.actualDestination && t.perspective[youth.actualDestination]}</td>
            <td className="youth-number">{daysPlaced ?? (youth.leftOn ? t.dates.invalid : '')}</td>
            {FOLLOW_UP_MONTHS.map((months) => {
              const followUp = followUps.find((item) => item.monthsAfter === months);
              return (
                <td key={months}>
                  {followUp && <FollowUpAnswer followUp={followUp} today={today} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
