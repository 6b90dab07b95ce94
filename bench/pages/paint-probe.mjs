// How the bench knows that something is on screen, the same way on the bench page (which imports
// this) and in the built app (which gets `installPaintProbe` as an init script, since no bench
// code ships with it). A figure ends when the DOM shows the result and the frame holding it has
// been painted: a requestAnimationFrame callback runs just before the paint, and a task queued
// from it runs just after.

/**
 * @typedef {() => boolean} Ready
 * @typedef {{
 *   afterPaint: () => Promise<void>,
 *   whenPainted: (ready: Ready, timeoutMs?: number) => Promise<number>,
 *   armKeystroke: (ready: Ready, timeoutMs?: number) => void,
 *   keystrokeLatency: () => Promise<number>,
 *   whenQuiet: (atLeastMs: number, quietMs: number, capMs: number) => Promise<number>,
 * }} PaintProbe
 */

/** @returns {PaintProbe} */
export function installPaintProbe() {
  /** @returns {Promise<void>} */
  const afterPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
    });

  /**
   * performance.now() once `ready()` holds and the frame showing it has been painted. `ready` is
   * checked now and after every DOM change, so the moment it first holds is not missed.
   * @param {Ready} ready
   * @returns {Promise<number>}
   */
  const whenPainted = (ready, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      let done = false;
      const observer = new MutationObserver(() => {
        check();
      });
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        observer.disconnect();
        reject(
          new Error(`bench: not on screen after ${String(timeoutMs)} ms: ${ready.toString()}`),
        );
      }, timeoutMs);
      function check() {
        if (done || !ready()) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        void afterPaint().then(() => {
          resolve(performance.now());
        });
      }
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      check();
    });

  /** @type {Promise<number> | undefined} */
  let keystroke;

  return {
    afterPaint,
    whenPainted,
    /**
     * Waits for the next key pressed (by the runner, through the browser's input pipeline): its
     * latency runs from the key event's own timestamp to the painted frame where `ready()` holds.
     * @param {Ready} ready
     */
    armKeystroke(ready, timeoutMs = 30_000) {
      keystroke = new Promise((resolve, reject) => {
        document.addEventListener(
          'keydown',
          (event) => {
            const pressedAt = event.timeStamp;
            whenPainted(ready, timeoutMs).then((paintedAt) => {
              resolve(paintedAt - pressedAt);
            }, reject);
          },
          { once: true, capture: true },
        );
      });
    },
    keystrokeLatency() {
      if (keystroke === undefined) return Promise.reject(new Error('bench: no keystroke armed'));
      return keystroke;
    },
    /**
     * Resolves (with the ms waited) once the main thread has run no long task (over 50 ms) for
     * `quietMs`, and not before `atLeastMs`; gives up waiting at `capMs`.
     */
    whenQuiet(atLeastMs, quietMs, capMs) {
      return new Promise((resolve) => {
        const start = performance.now();
        let busyUntil = start;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            busyUntil = Math.max(busyUntil, entry.startTime + entry.duration);
          }
        });
        observer.observe({ type: 'longtask' });
        const check = () => {
          const now = performance.now();
          const settled = now - start >= atLeastMs && now - busyUntil >= quietMs;
          if (settled || now - start >= capMs) {
            observer.disconnect();
            resolve(now - start);
            return;
          }
          setTimeout(check, 100);
        };
        check();
      });
    },
  };
}
