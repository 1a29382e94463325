import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { findBadRecords, removeBadRecord, repairRecord, type BadRecord } from '@/db/data-health';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { tb } from '@/i18n/backup';

function isReference(found: BadRecord): boolean {
  return (
    found.problem === 'invalid' &&
    (found.field === 'youthId' ||
      found.field === 'conditionId' ||
      found.field === 'undoes' ||
      found.field === 'actionFrom' ||
      found.field === 'meetingId' ||
      /^agenda\.\d+\.youthId$/.test(found.field))
  );
}

function problemText(found: BadRecord): string {
  const h = tb.health;
  // A present id-shaped value that names nothing: say so rather than just "ongeldig".
  if (isReference(found) && found.field !== 'id') return h.reference;
  return h.problem[found.problem];
}

function BadRecordRow({ found }: { found: BadRecord }) {
  const h = tb.health;
  const showToast = useUiStore((state) => state.showToast);
  const [busy, setBusy] = useState(false);
  const act = async (what: 'repair' | 'remove') => {
    setBusy(true);
    const done = await runWrite(async () => {
      if (what === 'repair') await repairRecord(found.table, found.key);
      else await removeBadRecord(found.table, found.key);
      return true;
    });
    setBusy(false);
    if (done) showToast({ message: what === 'repair' ? h.repaired : h.removed });
  };
  const youthKey = typeof found.key === 'string' && found.field !== 'id' ? found.key : undefined;
  return (
    <tr>
      <th scope="row">{tb.tables[found.table]}</th>
      <td>{h.record(found.index + 1, found.id, found.label)}</td>
      <td>{found.field || '—'}</td>
      <td>{problemText(found)}</td>
      <td className="health-actions">
        {found.table === 'youths' && youthKey && (
          <Link className="button" to={paths.youthEdit(youthKey)}>
            {h.edit}
          </Link>
        )}
        {found.repairable && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act('repair')}
          >
            {h.repair}
          </button>
        )}
        {found.removable && (
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void act('remove')}
          >
            {h.remove}
          </button>
        )}
        {!found.repairable && !found.removable && !(found.table === 'youths' && youthKey) && (
          <span>{h.stuck(found.table)}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * Records the app cannot show (a future bug, a database edited by hand): the
 * start-up check lists them here, with a repair or removal for each, so the
 * way out is always on the page that is always reachable.
 */
export function DataHealthSection() {
  const found = useLiveQuery(findBadRecords, []);
  const [open, setOpen] = useState(false);
  const h = tb.health;
  if (!found || found.length === 0) return null;
  return (
    <section className="form-card health-section" aria-labelledby="health-title">
      <h2 id="health-title">{h.title}</h2>
      <p role="status">{h.found(found.length)}</p>
      <p>{h.advice}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? h.hide : h.show}
        </button>
      </div>
      {open && (
        <table className="simple">
          <caption>{h.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{h.column.table}</th>
              <th scope="col">{h.column.record}</th>
              <th scope="col">{h.column.field}</th>
              <th scope="col">{h.column.problem}</th>
              <th scope="col">{h.column.act}</th>
            </tr>
          </thead>
          <tbody>
            {found.map((item) => (
              <BadRecordRow key={`${item.table}/${item.index}/${String(item.key)}`} found={item} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
