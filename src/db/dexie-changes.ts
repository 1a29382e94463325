import { Dexie, RangeSet, rangesOverlap, type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * The one place that reads Dexie's change notices ("storagemutated"). Their
 * shape is Dexie's own and not documented as stable: parts keyed
 * `idb://<database>/<table>/` (primary keys written) and `…/:dels` (primary
 * keys deleted), interval trees of keys that arrive as plain objects when
 * another tab sent them, and an `all` part meaning "anything may have changed"
 * (a page back from the back-forward cache). `dexie-changes.test.ts` writes
 * through Dexie and checks exactly that: a Dexie upgrade that changes it fails
 * there, not silently on the board.
 */

declare const isKeyRange: unique symbol;
/** A range of primary keys, to test changes against (what it is inside is Dexie's). */
export type KeyRange = IntervalTree & { readonly [isKeyRange]: true };

export function keyRange(lower: unknown, upper: unknown): KeyRange {
  return new RangeSet(lower as never, upper as never) as unknown as KeyRange;
}

/** What one commit (here or in another tab) may have changed in one table. */
export type TableChange = {
  /** Every record may have changed: the table was cleared or Dexie did not narrow it down. */
  readonly everything: boolean;
  /** Whether a record with a primary key in `range` may have been written or deleted. */
  touches(range: KeyRange): boolean;
};

const EVERYTHING: TableChange = { everything: true, touches: () => true };

function changeOf(parts: ObservabilitySet, part: string): TableChange | undefined {
  // `all` is a range set today; any value that is there means everything.
  if ((parts as { all?: unknown }).all) return EVERYTHING;
  const changed = [parts[part], parts[`${part}:dels`]].filter(Boolean) as IntervalTree[];
  if (changed.length === 0) return undefined;
  return {
    everything: false,
    touches: (range) => changed.some((tree) => rangesOverlap(tree, range)),
  };
}

/**
 * Calls `listener` after each commit that may have changed `table` of
 * `database`, in this tab or another one; returns how to stop. Called while
 * Dexie finishes the commit: start any reading outside it (a microtask).
 */
export function onTableChanged(
  database: Dexie,
  table: string,
  listener: (change: TableChange) => void,
): () => void {
  const part = `idb://${database.name}/${table}/`;
  const onMutated = (parts: ObservabilitySet) => {
    const change = changeOf(parts, part);
    if (change) listener(change);
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
