import { createAnalyzer, type Analyzer } from '../../src/core/analyze';
import type { Finding } from '../../src/core/model/finding';

/** Runs the engine on a text, off the keystroke path where it can. */
export interface AnalysisRunner {
  analyze(text: string): Promise<readonly Finding[]>;
  dispose(): void;
}

interface WorkerReply {
  readonly id: number;
  readonly findings?: readonly Finding[];
  readonly error?: string;
}

/**
 * On the page's own thread, in the next idle moment: for tests and for shells
 * that refuse workers. About 1-2 ms per 600 words once the analyzer is built.
 */
export function createInlineRunner(): AnalysisRunner {
  let analyzer: Analyzer | undefined;
  return {
    analyze: (text) =>
      new Promise((resolve, reject) => {
        const run = () => {
          try {
            analyzer ??= createAnalyzer();
            resolve(analyzer.analyze(text).findings);
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        };
        if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 200 });
        else setTimeout(run, 0);
      }),
    dispose: () => undefined,
  };
}

/**
 * In a worker, so that a 10,000-word story (about 90 ms of analysis) never
 * stalls typing. Falls back to the inline runner if the worker cannot start
 * (a file:// page in some shells) or dies.
 */
export function createWorkerRunner(): AnalysisRunner {
  const fallback = createInlineRunner();
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fallback;
  }
  let serial = 0;
  const waiting = new Map<number, { text: string; resolve: (f: readonly Finding[]) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const w = waiting.get(e.data.id);
    if (w === undefined) return;
    waiting.delete(e.data.id);
    if (e.data.findings !== undefined) w.resolve(e.data.findings);
    else w.reject(new Error(e.data.error ?? 'analysis failed'));
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) fallback.analyze(w.text).then(w.resolve, w.reject);
    waiting.clear();
  };
  return {
    analyze(text) {
      if (worker === null) return fallback.analyze(text);
      const id = ++serial;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { text, resolve, reject });
        w.postMessage({ id, text });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

export function createAnalysisRunner(): AnalysisRunner {
  return typeof Worker === 'function' ? createWorkerRunner() : createInlineRunner();
}
