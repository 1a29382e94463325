import { useCallback, useEffect, useState } from 'react';

export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'known'; persisted: boolean; usage?: number; quota?: number; refused: boolean };

async function readStatus(refused = false): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return { kind: 'unsupported' };
  const [persisted, estimate] = await Promise.all([
    storage.persisted(),
    storage.estimate ? storage.estimate() : Promise.resolve({} as StorageEstimate),
  ]);
  return {
    kind: 'known',
    persisted,
    usage: estimate.usage,
    quota: estimate.quota,
    refused: refused && !persisted,
  };
}

/** Whether the browser keeps our data under pressure, and how much room there is. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void readStatus().then((next) => {
      if (!cancelled) setStatus(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const requestPersistence = useCallback(async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setStatus(await readStatus(!granted));
  }, []);

  return { status, requestPersistence };
}

const SIZE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "3,2 MB", "1,5 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${SIZE.format(value)} ${units[unit]}`;
}

export function formatPercent(part: number, whole: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(
    whole > 0 ? part / whole : 0,
  );
}
