import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardRow } from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { Condition, Youth } from '@/domain/types';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import { freshDatabase } from '@/testing/test-database';
import { makeYouthFields } from '@/testing/factories';
import { cellsFrom, latestCells, useBoardRows, useLiveBucket } from './use-board-rows';

const TODAY = '2026-11-26';
let database: UitstroombordDatabase;
let youth: Youth;
let conditions: Condition[];

beforeEach(async () => {
  database = await freshDatabase();
  youth = await addYouth(makeYouthFields({ initials: 'K.L.', birthDate: '2009-04-12' }));
  conditions = activeConditions(await listConditions());
});
afterEach(() => database.close());

async function loadedRow(): Promise<BoardRow> {
  const { result } = renderHook(() => useBoardRows([youth], conditions, TODAY));
  await waitFor(() => expect(result.current?.rows).toHaveLength(1));
  return result.current!.rows[0]!;
}

describe('rows a render behind IndexedDB', () => {
  it('give the light just written to a key press, before the board has re-rendered', async () => {
    const row = await loadedRow();
    const housing = conditions[0]!;
    expect(row.cells[0]?.state).toBe('unassessed');

    await setLight(youth.id, housing.id, { colour: 'red', reason: 'Geen kamer' });

    // The committed light reaches the live buckets at once; the row object is the old one.
    expect(row.cells[0]?.state).toBe('unassessed');
    const latest = latestCells(row, conditions, TODAY);
    expect(latest[0]?.state).toBe('red');
    expect(latest[0]?.assessment?.reason).toBe('Geen kamer');
    // The other cells are built the same way as the board builds them.
    expect(latest.slice(1)).toEqual(row.cells.slice(1));
  });

  it("reuse the row's own cells while its bucket has not changed", async () => {
    const row = await loadedRow();
    expect(latestCells(row, conditions, TODAY)).toBe(row.cells);
    expect(cellsFrom(row, undefined, conditions, TODAY)).toBe(row.cells);
  });

  it('repaint a row from its live bucket as soon as a light is written', async () => {
    const row = await loadedRow();
    const housing = conditions[0]!;
    function Cell() {
      const bucket = useLiveBucket(youth.id);
      // The same stale row throughout: only the row's subscription can show the change.
      return <p>{cellsFrom(row, bucket, conditions, TODAY)[0]?.state}</p>;
    }
    render(<Cell />);
    expect(screen.getByText('unassessed')).toBeInTheDocument();
    await act(() => setLight(youth.id, housing.id, { colour: 'green' }));
    expect(await screen.findByText('green')).toBeInTheDocument();
  });
});
