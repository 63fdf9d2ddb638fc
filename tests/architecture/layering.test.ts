import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The ESLint rule reports bad layering while editing; this test keeps the
// guarantee even if someone silences lint: data flows one way
// (core <- node <- electron, core <- renderer), see DESIGN.md.
const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  try {
    statSync(abs);
  } catch {
    return [];
  }
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(abs, f));
}

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) specs.push((m[1] ?? m[2])!);
  return specs;
}

function violations(dir: string, forbidden: RegExp): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden.test(spec))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

const NODE_BUILTIN = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|http$|https$|net$|url$|util$|stream$|worker_threads$|zlib$|events$)/;

describe('layering', () => {
  it('keeps src/core pure: no Node, Electron, React, editor or database imports, no outer layers', () => {
    const bad = new RegExp(`${NODE_BUILTIN.source}|^(electron|react|react-dom|better-sqlite3|codemirror|@codemirror/)|/(node|electron|renderer)/`);
    expect(violations('src/core', bad)).toEqual([]);
  });

  it('keeps src/node free of Electron and UI code', () => {
    expect(violations('src/node', /^(electron|react|react-dom)$|\/(electron|renderer)\//)).toEqual([]);
  });

  it('lets the renderer reach the back end only through the API contract', () => {
    expect(violations('renderer', new RegExp(`${NODE_BUILTIN.source}|^(electron|better-sqlite3)$|/src/node/|/electron/`))).toEqual([]);
  });

  it('finds the imports it checks (the scanner itself works)', () => {
    expect(importsOf(join(root, 'src/core/analyze.ts'))).toContain('./article/article');
  });
});
