import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/node/cli/progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => chunks.push(s) };
}

describe('createProgress', () => {
  it('stays silent for a few files', () => {
    const out = sink(false);
    const p = createProgress(out, 9);
    for (let i = 1; i <= 9; i++) p.update(i);
    expect(out.chunks).toEqual([]);
  });

  it('prints a line per tenth on a pipe', () => {
    const out = sink(false);
    const p = createProgress(out, 200);
    for (let i = 1; i <= 200; i++) p.update(i);
    expect(out.chunks).toHaveLength(9);
    expect(out.chunks[0]).toBe('checked 20/200\n');
    expect(out.chunks[8]).toBe('checked 180/200\n');
  });

  it('rewrites one line on a terminal, at most every 100 ms, and clears it', () => {
    const out = sink(true);
    let now = 1000;
    const p = createProgress(out, 40, () => now);
    p.update(1);
    now += 50;
    p.update(2);
    now += 60;
    p.update(3);
    p.update(40);
    p.clear();
    expect(out.chunks).toEqual(['\r\u001b[Kchecked 1/40', '\r\u001b[Kchecked 3/40', '\r\u001b[Kchecked 40/40', '\r\u001b[K']);
  });
});
