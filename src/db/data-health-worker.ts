/// <reference lib="webworker" />
import { countBadRecords } from './data-health';
import { db } from './database';

/*
 * The start-up check off the main thread. Reading and checking the whole
 * history (a year of 1,000 young people is ~72,000 records) on the page's
 * thread delayed the board's light changes several-fold while it ran; here it
 * has a thread of its own and opens the same IndexedDB database.
 */
self.onmessage = () => {
  void countBadRecords()
    .then((count) => self.postMessage({ count }))
    .catch((error: unknown) => self.postMessage({ error: String(error) }))
    .finally(() => {
      db().close();
      self.close();
    });
};
