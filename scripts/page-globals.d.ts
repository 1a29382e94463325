// What the scripts' in-page helpers (init scripts, page.evaluate) put on `window`,
// so `tsc -p tsconfig.scripts.json` checks the code that reads them.

/** The bare IndexedDB steps the bench's floors share (scripts/bench/floors.mjs). */
type BenchIdb = {
  result: <T>(request: IDBRequest<T>) => Promise<T>;
  open: (
    name: string,
    version?: number,
    upgrade?: (database: IDBDatabase) => void,
  ) => Promise<IDBDatabase>;
  done: (transaction: IDBTransaction) => Promise<unknown>;
  shapeOf: (store: IDBObjectStore) => BenchStoreShape;
  scratch: (
    what: string,
    shapes: Record<string, BenchStoreShape>,
  ) => Promise<{ database: IDBDatabase; drop: () => void }>;
};

type BenchStoreShape = {
  keyPath: string | string[] | null;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
};

interface Window {
  /** Calls `done` once the frame of the current requestAnimationFrame callback is painted. */
  __afterFrame: (done: () => void) => void;
  /** The running probe's measurement, in ms. */
  __bench: Promise<number>;
  __idb: BenchIdb;
  /** A cold start, from the start of the navigation (scripts/bench/bare-floor.mjs). */
  __cold?: { readyMs: number; rows: number; paintedMs: number };
  /** Developer aids (scripts/dev): their own in-page results. */
  __latency: { handled?: number } & Record<string, number | undefined>;
  __done: Promise<unknown>;
  __variant: HTMLStyleElement;
}

/** Chromium's Prioritized Task Scheduling API, not yet in TypeScript's DOM types. */
// eslint-disable-next-line no-var -- only `var` declares a property of globalThis
declare var scheduler:
  { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } | undefined;
