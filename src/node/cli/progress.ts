import type { OutStream } from './io';

/** Below this many files a run is quick enough to need no progress. */
const MIN_FILES = 10;
/** On a terminal, redraw at most this often. */
const REDRAW_MS = 100;

export interface Progress {
  /** Called after each file. */
  update(done: number): void;
  /** Removes the progress line (on a terminal) so that other output starts on a clean line. */
  clear(): void;
}

/**
 * "checked 40/200" on stderr: one line rewritten in place on a terminal, and
 * on a pipe or log one line per tenth of the run.
 */
export function createProgress(stream: OutStream, total: number, now: () => number = Date.now): Progress {
  if (total < MIN_FILES) return { update() {}, clear() {} };
  if (stream.isTTY) {
    let shown = false;
    let last = 0;
    return {
      update(done) {
        const t = now();
        if (done < total && t - last < REDRAW_MS) return;
        last = t;
        stream.write(`\r\u001b[Kchecked ${done}/${total}`);
        shown = true;
      },
      clear() {
        if (shown) stream.write('\r\u001b[K');
        shown = false;
      },
    };
  }
  const step = Math.ceil(total / 10);
  return {
    update(done) {
      if (done % step === 0 && done < total) stream.write(`checked ${done}/${total}\n`);
    },
    clear() {},
  };
}
