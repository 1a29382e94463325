import { useState } from 'react';
import { undoOutflow } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { WriteOnly } from '@/ui/capability';
import { formatDate } from '@/ui/format';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { ConditionLights } from './condition-lights';
import { EscalationsSection } from './escalations-section';
import { LightHistory } from './light-history';
import { OutflowDialog } from './outflow-dialog';
import { OutflowFollowUp, ReviewStatus } from './review-status';
import { useConditions, useCurrentLights, useHistory, useYouth } from './use-youth-data';
import { YouthFacts } from './youth-facts';
import { Loading, YouthNotFound } from './youth-not-found';

export function YouthDetailPage({ id }: { id: string }) {
  const youth = useYouth(id);
  if (youth === undefined) return <Loading />;
  if (youth === null) return <YouthNotFound />;
  return <YouthDetail youth={youth} />;
}

function YouthDetail({ youth }: { youth: Youth }) {
  const conditions = useConditions();
  const history = useHistory(youth.id);
  const current = useCurrentLights(youth.id);
  const today = toIsoDate(new Date());
  const placed = youth.status === 'placed';
  const withHistory = new Set<string>(history?.map((entry) => entry.conditionId));
  const shownConditions = (conditions ?? []).filter(
    (condition) => !condition.retired || withHistory.has(condition.id),
  );

  return (
    <article className="youth-detail">
      <p className="no-print">
        <Link to={placed ? paths.board() : paths.left()}>
          <span aria-hidden="true">← </span>
          {placed ? t.youth.backToBoard : t.youth.backToLeft}
        </Link>
      </p>
      <DetailHeader youth={youth} />
      <section className="card" aria-labelledby="youth-details-title">
        <h2 id="youth-details-title" className="visually-hidden">
          {t.youth.detail.details}
        </h2>
        <YouthFacts youth={youth} today={today} />
      </section>
      {placed && conditions && <ReviewStatus youth={youth} conditions={conditions} today={today} />}
      {!placed && <OutflowFollowUp youth={youth} today={today} />}
      {conditions && <EscalationsSection youth={youth} conditions={conditions} today={today} />}
      <section aria-labelledby="youth-lights-title">
        <h2 id="youth-lights-title">{t.youth.lights.title}</h2>
        {conditions && current && (
          <ConditionLights
            youth={youth}
            conditions={shownConditions}
            current={current}
            today={today}
          />
        )}
      </section>
      <section aria-labelledby="youth-history-title">
        <h2 id="youth-history-title">{t.youth.history.title}</h2>
        {history && conditions && <LightHistory history={history} conditions={conditions} />}
      </section>
    </article>
  );
}

function DetailHeader({ youth }: { youth: Youth }) {
  const [outflowOpen, setOutflowOpen] = useState(false);
  const showToast = useUiStore((state) => state.showToast);
  const placed = youth.status === 'placed';

  const putBack = async () => {
    const back = await runWrite(() => undoOutflow(youth.id));
    if (back) showToast({ message: t.youth.detail.backOnBoard(back.initials) });
  };

  return (
    <>
      <div className="page-header">
        <h1>{youth.initials}</h1>
        <WriteOnly>
          <div className="youth-actions no-print">
            <Link to={paths.youthEdit(youth.id)} className="button">
              {t.actions.edit}
            </Link>
            {/* One button element for both states, so focus stays put after either action. */}
            <button
              type="button"
              className="button"
              onClick={placed ? () => setOutflowOpen(true) : () => void putBack()}
            >
              {placed ? t.youth.detail.registerOutflow : t.youth.detail.undoOutflow}
            </button>
          </div>
        </WriteOnly>
      </div>
      {!placed && (
        <p className="youth-status">
          {t.youth.detail.leftStatus(
            formatDate(youth.leftOn),
            youth.actualDestination ? t.perspective[youth.actualDestination] : '?',
          )}
        </p>
      )}
      <WriteOnly>
        <OutflowDialog youth={youth} open={outflowOpen} onClose={() => setOutflowOpen(false)} />
      </WriteOnly>
    </>
  );
}
