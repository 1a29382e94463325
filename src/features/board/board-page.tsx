import { memo } from 'react';
import { toIsoDate } from '@/domain/dates';
import { t } from '@/i18n/dictionary';
import { Link, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { BoardGrid } from './board-grid';
import { BoardPrint } from './board-print';
import { BoardToolbar } from './board-toolbar';
import { useDemoLoader } from './demo-loader';
import { useBoardData } from './use-board-data';

const KeyboardHelp = memo(function KeyboardHelp() {
  return (
    <p className="keyboard-help no-print">
      {t.board.keysIntro}{' '}
      {t.board.keys.map(([keys, meaning]) => (
        <span key={meaning} className="key-hint">
          {keys.map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}{' '}
          {meaning}
        </span>
      ))}
    </p>
  );
});

export function BoardPage() {
  const today = toIsoDate(new Date());
  const data = useBoardData(today);
  const demo = useDemoLoader();

  if (data.loading) {
    return (
      <p role="status" className="muted">
        {t.board.loading}
      </p>
    );
  }

  if (data.youths.length === 0) {
    return (
      <section className="empty-state">
        <h1>{t.board.emptyTitle}</h1>
        <p>{t.board.emptyIntro}</p>
        <ol>
          {t.board.emptySteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="toolbar">
          <Link to={paths.youthNew()} className="button button-primary">
            {t.board.addYouth}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => void demo.start()}
            disabled={demo.busy}
          >
            {demo.busy ? t.board.demoLoading : t.board.loadDemo}
          </button>
        </p>
        <p className="muted">{t.board.demoNote}</p>
        {demo.dialog}
      </section>
    );
  }

  return (
    <section className="board-page" aria-labelledby="board-title">
      <div className="page-header">
        <h1 id="board-title">{t.board.title}</h1>
        <span className="toolbar no-print">
          <Link to={paths.youthNew()} className="button button-primary">
            {t.board.addYouth}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => void demo.start()}
            disabled={demo.busy}
          >
            {t.board.loadDemo}
          </button>
        </span>
      </div>
      <BoardToolbar youths={data.youths} shown={data.rows.length} />
      <KeyboardHelp />
      {data.rows.length === 0 ? (
        <p className="empty-filter">{t.board.noMatches}</p>
      ) : (
        <BoardGrid
          items={data.items}
          rows={data.rows}
          conditions={data.conditions}
          totals={data.totals}
          today={today}
          signals={data.signals}
        />
      )}
      <BoardPrint
        rows={data.rows}
        conditions={data.conditions}
        totals={data.totals}
        today={today}
      />
      <Legend />
      {demo.dialog}
    </section>
  );
}

const Legend = memo(function Legend() {
  return (
    <dl className="legend" aria-label={t.board.legendLabel}>
      {(['red', 'amber', 'green', 'notApplicable', 'unassessed'] as const).map((state) => (
        <div key={state} className="legend-item">
          <dt>
            <Stoplight state={state} />
          </dt>
          <dd>{t.lightLong[state]}</dd>
        </div>
      ))}
    </dl>
  );
});
