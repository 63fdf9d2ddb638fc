import { createAnalyzer } from '../../src/core/analyze';

// The engine in a worker: text in, findings out, tagged with the request id.
const analyzer = createAnalyzer();
// Typed by hand: the worker lib's globals clash with the DOM lib this project compiles with.
interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; text: string }>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  try {
    scope.postMessage({ id: e.data.id, findings: analyzer.analyze(e.data.text).findings });
  } catch (err) {
    scope.postMessage({ id: e.data.id, error: err instanceof Error ? err.message : String(err) });
  }
};
