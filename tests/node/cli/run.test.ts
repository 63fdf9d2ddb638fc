// The check command in process, with stand-in rules that certainly fire, so
// that offsets, line:col, encodings, --fail-on and --disable are pinned down
// whatever the real rules find (see copydesk.test.ts for the built bundle).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Severity } from '../../../src/core/model/finding';
import type { RuleFactory } from '../../../src/core/rules/rule';
import { runCli } from '../../../src/node/cli/run';
import { GARBLED } from '../fixtures';

vi.mock('../../../src/core/rules/index', () => {
  const patterns: [string, RegExp, Severity][] = [
    ['stand-in-exonym', /Tigre River/g, 'major'],
    ['stand-in-double', /\bthe the\b/g, 'minor'],
    ['stand-in-stop', /attack\.\./g, 'critical'],
  ];
  const standIn: RuleFactory = () => ({
    family: 'stand-in',
    rules: patterns.map(([id]) => ({ id, description: `finds ${id}` })),
    run(ctx) {
      for (const [rule, re, severity] of patterns) {
        for (const m of ctx.article.text.matchAll(re)) {
          ctx.emit({ start: m.index, end: m.index + m[0].length, rule, category: 'style/awkward', severity, message: `found ${m[0]}`, suggestions: [m[0].toUpperCase()] });
        }
      }
    },
  });
  return { RULE_FACTORIES: [standIn] };
});

let dir: string;

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

const CRLF = GARBLED.replace(/\n/g, '\r\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-run-'));
  writeFileSync(join(dir, 'lf.txt'), GARBLED);
  writeFileSync(join(dir, 'crlf-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CRLF, 'utf8')]));
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CRLF, 'utf16le').swap16()]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runCli check, with stand-in rules', () => {
  it('reports offsets into the decoded text, the byte-order mark removed', async () => {
    const files = ['lf.txt', 'crlf-bom.txt', 'utf16be.txt'].map((f) => join(dir, f));
    const { code, stdout } = await cli(['check', ...files, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const texts = [GARBLED, CRLF, CRLF];
    report.files.forEach((file: { issues: { start: number; end: number; text: string; rule: string }[] }, i: number) => {
      expect(file.issues.map((x) => x.rule)).toEqual(['stand-in-double', 'stand-in-exonym', 'stand-in-stop']);
      for (const issue of file.issues) expect(issue.text).toBe(texts[i]!.slice(issue.start, issue.end));
    });
    expect(report.files[1].issues[0].start).toBe(CRLF.indexOf('the the'));
    expect(report.files.map((f: { encoding: string }) => f.encoding)).toEqual(['utf-8', 'utf-8', 'utf-16be']);
  });

  it('writes line:col with CRLF as one break', async () => {
    const lf = await cli(['check', join(dir, 'lf.txt')]);
    const crlf = await cli(['check', join(dir, 'crlf-bom.txt')]);
    const col = GARBLED.split('\n')[2]!.indexOf('the the') + 1;
    expect(lf.stdout.split('\n')[0]).toBe(`${join(dir, 'lf.txt')}:3:${col} minor stand-in-double found the the -> "THE THE"`);
    expect(crlf.stdout.split('\n')[0]).toBe(`${join(dir, 'crlf-bom.txt')}:3:${col} minor stand-in-double found the the -> "THE THE"`);
    expect(lf.stdout.split('\n')[2]).toMatch(/:5:\d+ critical stand-in-stop found attack\.\. -> "ATTACK\.\."$/);
    expect(lf.stderr).toBe('checked 1 file: 3 issues (1 critical, 1 major, 1 minor)\n');
  });

  it('exits 1 when --fail-on is met, and --disable takes a rule out of it', async () => {
    const file = join(dir, 'lf.txt');
    expect((await cli(['check', file, '--fail-on', 'critical'])).code).toBe(1);
    expect((await cli(['check', file, '--fail-on', 'minor'])).code).toBe(1);
    const without = await cli(['check', file, '--fail-on', 'critical', '--disable', 'stand-in-stop']);
    expect(without.code).toBe(0);
    expect(without.stdout).not.toContain('stand-in-stop');
    expect((await cli(['check', file, '--fail-on', 'major', '--disable', 'stand-in-stop,stand-in-exonym'])).code).toBe(0);
  });

  it('lists the rules', async () => {
    const { code, stdout } = await cli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toBe('stand-in-exonym  finds stand-in-exonym\nstand-in-double  finds stand-in-double\nstand-in-stop    finds stand-in-stop\n');
  });

  it('prefers exit 2 for an unreadable file over exit 1 for --fail-on', async () => {
    const { code } = await cli(['check', join(dir, 'lf.txt'), join(dir, 'absent.txt'), '--fail-on', 'minor']);
    expect(code).toBe(2);
  });
});
