// How many of the machine's cores were busy while a measure was timed, from Linux's /proc/stat.
// On these two-core machines a floor that already keeps both cores busy leaves no idle core for
// the app's own work (generating the demo, summing totals): that work then adds to the wall time
// whatever the order it runs in. Elsewhere (no /proc/stat) it reads nothing.
import { readFileSync } from 'node:fs';
import os from 'node:os';

const sampleEveryMs = 50;
/** Shorter timings than this are left without a figure: too few samples to say. */
const shortestMs = 1_000;

/** @returns {{ busy: number, total: number } | null} the machine's jiffies since boot */
function readJiffies() {
  let text;
  try {
    text = readFileSync('/proc/stat', 'utf8');
  } catch {
    return null;
  }
  const fields = (text.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait: the core had nothing to run.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * @typedef {{ at: number, busy: number, total: number }} JiffiesSample the machine's busy and
 *   total jiffies since boot, read at `at` (ms)
 */

/**
 * Cores busy (0 to `cores`) between the first and the last sample taken from `from` to `to`;
 * null when fewer than two were taken or the counters did not move.
 * @param {readonly JiffiesSample[]} samples oldest first
 * @param {number} from
 * @param {number} to
 * @param {number} cores
 */
export function coresBusyBetween(samples, from, to, cores) {
  const inside = samples.filter((sample) => sample.at >= from && sample.at <= to);
  const first = inside[0];
  const last = inside.at(-1);
  if (first === undefined || last === undefined || last.total === first.total) return null;
  return ((last.busy - first.busy) / (last.total - first.total)) * cores;
}

export class CoresBusy {
  /** @type {JiffiesSample[]} */
  #samples = [];
  /** @type {ReturnType<typeof setInterval> | undefined} */
  #timer;

  start() {
    if (readJiffies() === null) return;
    const sample = () => {
      const jiffies = readJiffies();
      if (jiffies !== null) this.#samples.push({ at: performance.now(), ...jiffies });
    };
    sample();
    this.#timer = setInterval(sample, sampleEveryMs);
  }

  stop() {
    clearInterval(this.#timer);
  }

  /**
   * Cores busy (0 to the number of cores) over the `durationMs` that ended just now: a timing the
   * page has just returned. Null when not sampled or too short to say.
   * @param {number} durationMs
   */
  during(durationMs) {
    if (durationMs < shortestMs) return null;
    const now = performance.now();
    return coresBusyBetween(this.#samples, now - durationMs, now, os.cpus().length);
  }
}
