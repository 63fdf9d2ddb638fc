import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/node/cli/args';
import { runCli } from '../../../src/node/cli/run';
import { UsageError } from '../../../src/node/cli/usage-error';

const root = join(__dirname, '../../..');
const MT = join(root, 'samples/afp-baghdad-embassy-mt.txt');
const NATIVE = join(root, 'samples/native-baghdad-embassy.txt');
const FR = join(root, 'tests/fixtures/compare/lyon-fire.fr.txt');
const EN = join(root, 'tests/fixtures/compare/lyon-fire.en.txt');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'copydesk-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copydesk compare', () => {
  it('parses its arguments', () => {
    expect(parseCommandLine(['compare', 'a.txt', 'b.txt', '--source-of', 'b', '-f', 'json'])).toEqual({ name: 'compare', a: 'a.txt', b: 'b.txt', format: 'json', sourceOf: 'b' });
    expect(() => parseCommandLine(['compare', 'a.txt'])).toThrow(UsageError);
    expect(() => parseCommandLine(['compare', 'a.txt', 'b.txt', '--source-of', 'c'])).toThrow(/--source-of must be a, b or none/);
  });

  it('writes the JSON report with exact slices', async () => {
    const { code, stdout, stderr } = await run(['compare', MT, NATIVE, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ version: 1, mode: 'comparable', a: MT, b: NATIVE });
    const kinds = report.discrepancies.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['name', 'date', 'number']));
    const { readFileSync } = await import('node:fs');
    const a = readFileSync(MT, 'utf8');
    const b = readFileSync(NATIVE, 'utf8');
    for (const d of report.discrepancies) {
      expect(a.slice(d.a.start, d.a.end)).toBe(d.a.text);
      if (d.b) expect(b.slice(d.b.start, d.b.end)).toBe(d.b.text);
    }
    for (const f of report.onlyA) expect(a.slice(f.start, f.end)).toBe(f.text);
    for (const f of report.onlyB) expect(b.slice(f.start, f.end)).toBe(f.text);
    expect(report.onlyA.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/^compared .* discrepancies/);
  });

  it('writes compiler-style lines with the counterpart location', async () => {
    const { code, stdout } = await run(['compare', MT, NATIVE]);
    expect(code).toBe(0);
    const line = stdout.split('\n').find((l) => l.includes(' name '))!;
    expect(line).toMatch(new RegExp(`^${MT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ name .*\\(${NATIVE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ “Mohammed Shia al-Sudani”\\)$`));
    expect(stdout).toMatch(/:\d+:\d+ only-a name “Hamas”/);
    expect(stdout).toMatch(/:\d+:\d+ only-b number “2,500”/);
  });

  it('takes a French file beside an English one as the original, whatever the order', async () => {
    const { code, stdout } = await run(['compare', EN, FR, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ mode: 'source', a: FR, b: EN });
    expect(report.discrepancies).toEqual([expect.objectContaining({ kind: 'omission', b: null })]);
    const forced = JSON.parse((await run(['compare', EN, FR, '--source-of', 'none', '--format', 'json'])).stdout);
    expect(forced.mode).toBe('comparable');
  });

  it('reads CRLF and BOM files, with offsets into the decoded text', async () => {
    const { readFileSync } = await import('node:fs');
    const a = readFileSync(MT, 'utf8').replace(/\n/g, '\r\n');
    const pa = join(dir, 'a-crlf.txt');
    writeFileSync(pa, `\ufeff${a}`);
    const report = JSON.parse((await run(['compare', pa, NATIVE, '--format', 'json'])).stdout);
    expect(report.discrepancies.length).toBeGreaterThan(0);
    for (const d of report.discrepancies) expect(a.slice(d.a.start, d.a.end)).toBe(d.a.text);
  });

  it('exits with 2 and names the file it cannot read', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, stderr, stdout } = await run(['compare', MT, missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${missing}: error: no such file`);
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
    const second = await run(['compare', binary, NATIVE]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(binary);
  });

  it('exits with 2 on bad usage', async () => {
    const { code, stderr } = await run(['compare', MT]);
    expect(code).toBe(2);
    expect(stderr).toContain('compare needs exactly two files');
  });

  it('documents compare and --source-of in the help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('copydesk compare A B');
    expect(stdout).toContain('--source-of');
  });
});
