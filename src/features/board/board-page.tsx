import { memo, useEffect } from 'react';
import { toIsoDate } from '@/domain/dates';
import { t } from '@/i18n/dictionary';
import { useCapability, WriteOnly } from '@/ui/capability';
import { focusWhenShown, landHere, SHARE_FILE_INPUT_ID } from '@/ui/landing';
import { Link, navigate, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { BoardExport } from './board-export';
import { BoardGrid } from './board-grid';
import { BoardPrint } from './board-print';
import { BoardToolbar } from './board-toolbar';
import { useDemoLoader } from './demo-loader';
import { useBoardData } from './use-board-data';

const KeyboardHelp = memo(function KeyboardHelp({ canWrite }: { canWrite: boolean }) {
  return (
    <p className="keyboard-help no-print">
      {t.board.keysIntro}{' '}
      {(canWrite ? t.board.keys : t.board.keysReadOnly).map(([keys, meaning]) => (
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

/** Where a municipality starts: the share file chooser on the Gegevens page. */
function openShareChooser() {
  navigate(paths.data());
  focusWhenShown(SHARE_FILE_INPUT_ID);
}

// A municipality's device opens on the share file chooser once per start, not on every visit.
let municipalityLanded = false;

export function BoardPage() {
  const today = toIsoDate(new Date());
  const data = useBoardData(today);
  const capability = useCapability();
  const canWrite = capability.write;
  const demo = useDemoLoader(canWrite);

  if (data.loading) {
    return (
      <p role="status" className="muted">
        {t.board.loading}
      </p>
    );
  }

  if (data.youths.length === 0) {
    if (capability.readOnlyBecause === 'municipality') return <MunicipalityStart />;
    if (capability.readOnlyBecause === 'review') {
      return (
        <section className="empty-state">
          <h1 ref={landHere} tabIndex={-1}>
            {t.board.title}
          </h1>
          <p>{t.board.reviewEmpty}</p>
        </section>
      );
    }
    return (
      <section className="empty-state">
        <h1 ref={landHere} tabIndex={-1}>
          {t.board.emptyTitle}
        </h1>
        <p>{t.board.emptyIntro}</p>
        <ol>
          {t.board.emptySteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <WriteOnly>
          <p className="toolbar">
            <Link to={paths.youthNew()} className="button button-primary">
              {t.board.addYouth}
            </Link>
            {/* Not disabled while busy: the keyboard stays on it; a second press does nothing. */}
            <button
              type="button"
              className="button"
              onClick={() => void demo.start()}
              aria-disabled={demo.busy}
            >
              {demo.busy ? t.board.demoLoading : t.board.loadDemo}
            </button>
          </p>
          {demo.progressView}
          <p className="muted">{t.board.demoNote}</p>
        </WriteOnly>
        {demo.dialog}
      </section>
    );
  }

  return (
    <section className="board-page" aria-labelledby="board-title">
      <div className="page-header">
        <h1 id="board-title" ref={landHere} tabIndex={-1}>
          {t.board.title}
        </h1>
        {/* "Demobord laden" only on an empty board; over real data it lives on Gegevens, behind a backup. */}
        <WriteOnly>
          <span className="toolbar no-print">
            <Link to={paths.youthNew()} className="button button-primary">
              {t.board.addYouth}
            </Link>
          </span>
        </WriteOnly>
      </div>
      <BoardToolbar youths={data.youths} shown={data.rows.length} />
      <KeyboardHelp canWrite={canWrite} />
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
      {canWrite && <BoardExport rows={data.rows} conditions={data.conditions} today={today} />}
      <Legend />
      {demo.dialog}
    </section>
  );
}

/** A municipality's device without a share file open: it has no board of its own. */
function MunicipalityStart() {
  useEffect(() => {
    if (municipalityLanded) return;
    municipalityLanded = true;
    openShareChooser();
  }, []);
  return (
    <section className="empty-state">
      <h1 ref={landHere} tabIndex={-1}>
        {t.board.municipalityEmptyTitle}
      </h1>
      <p>{t.board.municipalityEmptyIntro}</p>
      <p className="toolbar">
        <Link
          to={paths.data()}
          className="button button-primary"
          onClick={(event) => {
            event.preventDefault();
            openShareChooser();
          }}
        >
          {t.board.openShare}
        </Link>
      </p>
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
