// Loaded by index.html first, as an async module (it waits neither for the style sheet nor
// for parsing): starts the analyser's worker (and, for /#example, fetches the example) at
// once, while the rest of the page's modules are still loading. app.js takes them over;
// messages the worker sent before that are kept and replayed. Should app.js have started
// first (it then makes its own worker), this does nothing.

const events = [];
const keep = (event) => events.push(event);

if (!globalThis.newslens) {
  performance.mark('newslens:boot');
  const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  globalThis.NEWSLENS_BOOT = {
    example: location.hash === '#example'
      ? fetch('example.txt').then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.statusText}`))))
      : null,
    worker,
    /** Hands the worker over, once: replays what it sent so far to the new listeners. */
    takeWorker() {
      const w = this.worker;
      if (!w) return null;
      this.worker = null;
      w.removeEventListener('message', keep);
      w.removeEventListener('error', keep);
      setTimeout(() => {
        for (const e of events) {
          w.dispatchEvent(e.type === 'message' ? new MessageEvent('message', { data: e.data }) : new ErrorEvent('error', { message: e.message }));
        }
      });
      return w;
    },
  };
}
