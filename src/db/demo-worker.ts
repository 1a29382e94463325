/// <reference lib="webworker" />
import { db } from './database';
import { runDemoRequest, type DemoRequest } from './demo-repository';

/*
 * Generating and writing the demo board off the page's thread: a first visit
 * with `?demo` answered no key for ~0.5 s while a board of 60 was made up and
 * cloned into IndexedDB. The commit reaches the page's live queries through
 * Dexie's broadcast, as another tab's would.
 */
self.onmessage = (event: MessageEvent<DemoRequest>) => {
  void runDemoRequest(event.data, (message) => self.postMessage(message)).finally(() => {
    db().close();
    self.close();
  });
};
