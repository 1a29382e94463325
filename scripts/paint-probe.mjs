// In the page (pass to a context's addInitScript): `window.__afterFrame(done)`, called from a
// requestAnimationFrame callback, calls `done` once that frame is painted. Used by
// `npm run bench` and the developer aids in scripts/dev.

export function installAfterFrame() {
  // The frame's rendering (style, layout, paint) runs right after its rAF callbacks. A task
  // posted from rAF with priority user-blocking runs once that is done, ahead of tasks queued
  // earlier, such as React's deferred renders; a plain posted message would wait for those.
  window.__afterFrame = (done) => {
    if (globalThis.scheduler?.postTask) {
      void globalThis.scheduler.postTask(done, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  };
}
