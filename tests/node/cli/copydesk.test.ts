// End to end: builds dist/cli/copydesk.mjs once and runs it as a user would.
// The rules are still being written, so nothing here depends on which rules
// fire: every issue found must be consistent with the file, whatever fires.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MQM_CATEGORIES, SEVERITIES, severityRank, type Severity } from '../../../src/core/model/finding';
import { CLEAN, GARBLED } from '../fixtures';
import { deskProfile } from './desk-profile';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'dist/cli/copydesk.mjs');
const BUILD = join(ROOT, 'scripts/build-cli.mjs');

interface Issue {
  start: number;
  end: number;
  text: string;
  rule: string;
  category: string;
  severity: Severity;
  message: string;
  suggestions: string[];
}
interface FileEntry {
  path: string;
  encoding?: string;
  language?: string;
  words?: number;
  error?: string;
  issues: Issue[];
}
interface Report {
  version: number;
  files: FileEntry[];
}

let dir: string;
/** What each fixture decodes to, for checking offsets. */
const decoded = new Map<string, string>();

function run(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const reports = new Map<string, { code: number | null; stdout: string; stderr: string; report: Report }>();

/** `check ARGS --format json`, run once per argument list: each run compiles the rule data anew. */
function json(args: string[]) {
  const key = args.join('\0');
  let result = reports.get(key);
  if (!result) {
    const r = run(['check', ...args, '--format', 'json']);
    result = { ...r, report: JSON.parse(r.stdout) as Report };
    reports.set(key, result);
  }
  return result;
}

function fixture(name: string, text: string, bytes: Buffer = Buffer.from(text, 'utf8')) {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  decoded.set(name, text);
}

/** 1-based line and UTF-16 column of an offset, counted here independently of the CLI. */
function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  const lines = before.split('\n');
  const lastBreak = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return [lines.length, offset - lastBreak];
}

const anyIssueAtLeast = (report: Report, severity: Severity) =>
  report.files.some((f) => f.issues.some((i) => severityRank(i.severity) >= severityRank(severity)));

beforeAll(() => {
  execFileSync(process.execPath, [BUILD], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  fixture('garbled.txt', GARBLED);
  fixture('clean.txt', CLEAN);
  const crlf = GARBLED.replace(/\n/g, '\r\n');
  fixture('crlf-bom.txt', crlf, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
  fixture('utf16.txt', GARBLED, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GARBLED, 'utf16le')]));
  fixture('empty.txt', '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  fixture('queue/b.txt', CLEAN);
  fixture('queue/a.txt', GARBLED);
  fixture('queue/later/c.txt', GARBLED);
  writeFileSync(join(dir, 'queue/notes.md'), 'not copy');
  writeFileSync(join(dir, 'desk.json'), JSON.stringify(deskProfile()));
  const bad = deskProfile();
  bad.calques[0]!.severity = 'severe';
  writeFileSync(join(dir, 'bad-profile.json'), JSON.stringify(bad));
  for (let i = 0; i < 12; i++) fixture(`many/${String(i).padStart(2, '0')}.txt`, CLEAN);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each run starts a process that compiles all the rule data, on a machine busy with other tests.
describe('copydesk CLI', { timeout: 120_000 }, () => {
  it('prints its version and help', () => {
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('copydesk check FILE...');
    expect(help.stdout).toContain('--fail-on minor|major|critical');
  });

  it('starts quickly', () => {
    const t0 = performance.now();
    expect(run(['--version']).code).toBe(0);
    // The goal is 300 ms; leave room for a loaded test machine.
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('lists rules as text and JSON', () => {
    const r = run(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as { version: number; rules: { id: string; description: string }[] };
    expect(listed.version).toBe(1);
    for (const rule of listed.rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(0);
    }
    const text = run(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').filter((l) => l !== '')).toHaveLength(listed.rules.length);
  });

  it('writes the JSON report in its stable shape, every issue text being its slice of the decoded file', () => {
    const names = ['garbled.txt', 'clean.txt', 'crlf-bom.txt', 'utf16.txt', 'empty.txt'];
    const { code, report, stderr } = json(names);
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual(['version', 'files']);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual(names);
    const rules = new Set((JSON.parse(run(['rules', '--format', 'json']).stdout) as { rules: { id: string }[] }).rules.map((r) => r.id));
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(['path', 'encoding', 'language', 'words', 'issues']);
      const text = decoded.get(file.path)!;
      for (const issue of file.issues) {
        expect(Object.keys(issue)).toEqual(['start', 'end', 'text', 'rule', 'category', 'severity', 'message', 'suggestions']);
        expect(Number.isInteger(issue.start) && issue.start >= 0 && issue.start <= issue.end && issue.end <= text.length).toBe(true);
        expect(issue.text).toBe(text.slice(issue.start, issue.end));
        expect(rules.has(issue.rule)).toBe(true);
        expect(MQM_CATEGORIES).toContain(issue.category);
        expect(SEVERITIES).toContain(issue.severity);
        expect(Array.isArray(issue.suggestions)).toBe(true);
      }
    }
    const byName = new Map(report.files.map((f) => [f.path, f]));
    expect(byName.get('crlf-bom.txt')!.encoding).toBe('utf-8');
    expect(byName.get('utf16.txt')!.encoding).toBe('utf-16le');
    expect(byName.get('garbled.txt')!.language).toBe('eng');
    expect(byName.get('garbled.txt')!.words).toBeGreaterThan(60);
    expect(byName.get('empty.txt')!.words).toBe(0);
    expect(stderr).toContain('empty.txt: warning: empty file');
    expect(stderr).toMatch(/checked 5 files: /);
    // The same story finds the same issues whatever the encoding, shifted by nothing (BOM dropped).
    const plain = byName.get('garbled.txt')!.issues;
    expect(byName.get('utf16.txt')!.issues).toEqual(plain);
    expect(byName.get('crlf-bom.txt')!.issues.map((i) => i.text)).toEqual(plain.map((i) => i.text));
  });

  it('writes text as path:line:col severity rule message, consistent with the JSON', () => {
    for (const name of ['garbled.txt', 'crlf-bom.txt']) {
      const text = decoded.get(name)!;
      const { report } = json([name]);
      const r = run(['check', name]);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n').filter((l) => l !== '');
      const issues = report.files[0]!.issues;
      expect(lines).toHaveLength(issues.length);
      issues.forEach((issue, i) => {
        const [line, col] = lineCol(text, issue.start);
        expect(lines[i]!.startsWith(`${name}:${line}:${col} ${issue.severity} ${issue.rule} ${issue.message.replace(/\s/g, ' ')}`)).toBe(true);
        if (issue.suggestions.length > 0) expect(lines[i]).toContain(` -> ${JSON.stringify(issue.suggestions[0])}`);
      });
      expect(r.stdout).not.toContain('\u001b[');
      expect(r.stderr).toMatch(/^checked 1 file: (no issues|\d+ issues? \(.+\))\n$/);
    }
  });

  it('colours text output when FORCE_COLOR is set, and not with NO_COLOR', () => {
    const forced = run(['check', 'garbled.txt'], { FORCE_COLOR: '1' });
    const plain = run(['check', 'garbled.txt'], { NO_COLOR: '1' });
    expect(forced.code).toBe(0);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    if (plain.stdout !== '') expect(forced.stdout).toContain('\u001b[');
  });

  it('checks the other files when one cannot be read, and exits 2 naming it', () => {
    const { code, report, stderr } = json(['garbled.txt', 'binary.txt', 'missing.txt', 'clean.txt']);
    expect(code).toBe(2);
    expect(report.files.map((f) => f.path)).toEqual(['garbled.txt', 'binary.txt', 'missing.txt', 'clean.txt']);
    expect(report.files[1]).toEqual({ path: 'binary.txt', error: 'binary file (NUL byte at offset 4)', issues: [] });
    expect(report.files[2]).toEqual({ path: 'missing.txt', error: 'no such file (moved or deleted?)', issues: [] });
    expect(report.files[3]!.words).toBeGreaterThan(20);
    expect(stderr).toContain('binary.txt: error: binary file (NUL byte at offset 4)');
    expect(stderr).toContain('missing.txt: error: no such file');
    expect(stderr).toContain('2 files could not be read');
    expect(run(['check', 'missing.txt']).code).toBe(2);
  });

  it('exits 1 exactly when --fail-on is met', () => {
    const { report } = json(['garbled.txt']);
    for (const severity of SEVERITIES) {
      const r = run(['check', 'garbled.txt', '--fail-on', severity]);
      expect(r.code, `--fail-on ${severity}`).toBe(anyIssueAtLeast(report, severity) ? 1 : 0);
    }
    expect(run(['check', 'garbled.txt']).code).toBe(0);
  });

  it('keeps only the named built-in profiles with --source', () => {
    const fr = json(['garbled.txt', '--source', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.report.files[0]!.issues.every((i) => i.text === GARBLED.slice(i.start, i.end))).toBe(true);
    const r = run(['check', 'garbled.txt', '--source', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--source: no built-in profile "de" (there are: fr, es)');
  });

  it('adds a desk profile, and refuses a bad one with the validator message', () => {
    const good = json(['garbled.txt', '--profile', 'desk.json']);
    expect(good.code).toBe(0);
    expect(good.report.files).toHaveLength(1);
    const bad = run(['check', 'garbled.txt', '--profile', 'bad-profile.json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('copydesk: --profile bad-profile.json: calques[0].severity must be minor, major or critical (got "severe")');
    const missing = run(['check', 'garbled.txt', '--profile', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--profile nowhere.json: no such file');
  });

  it('walks a folder for *.txt files in name order', () => {
    const { code, report } = json(['queue']);
    expect(code).toBe(0);
    expect(report.files.map((f) => f.path)).toEqual([join('queue', 'a.txt'), join('queue', 'b.txt'), join('queue', 'later', 'c.txt')]);
  });

  it('refuses a folder without text files and bad usage with exit 2', () => {
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    const none = run(['check', 'nothing']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('nothing: warning: no .txt files in this folder');
    expect(none.stderr).toContain('copydesk: no files to check');
    for (const args of [[], ['check'], ['frobnicate'], ['check', 'clean.txt', '--format', 'xml'], ['check', 'clean.txt', '--nope'], ['check', 'clean.txt', '--disable', 'no-such-rule']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^copydesk: .+\nRun "copydesk --help" for usage\.\n$/);
    }
  });

  it('leaves out a disabled rule', () => {
    const { report } = json(['garbled.txt']);
    const first = report.files[0]!.issues[0];
    if (!first) return; // No rule fires yet on this text: nothing to disable.
    const without = json(['garbled.txt', '--disable', first.rule]);
    expect(without.code).toBe(0);
    expect(without.report.files[0]!.issues.some((i) => i.rule === first.rule)).toBe(false);
  });

  it('reports progress on stderr for many files', () => {
    const r = run(['check', 'many']);
    expect(r.code).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('checked ') && l.includes('/'));
    expect(progress).toEqual(['checked 2/12', 'checked 4/12', 'checked 6/12', 'checked 8/12', 'checked 10/12']);
  });
});

describe('build-cli --if-stale', { timeout: 120_000 }, () => {
  it('is quiet and leaves a fresh bundle alone, and rebuilds a stale one', () => {
    // Newer than any source, even one being edited right now.
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(CLI, future, future);
    const before = statSync(CLI).mtimeMs;
    const fresh = spawnSync(process.execPath, [BUILD, '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
    expect(fresh.status).toBe(0);
    expect(fresh.stdout + fresh.stderr).toBe('');
    expect(statSync(CLI).mtimeMs).toBe(before);
    // Make the bundle older than every source.
    utimesSync(CLI, new Date(0), new Date(0));
    const stale = spawnSync(process.execPath, [BUILD, '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
    expect(stale.status).toBe(0);
    expect(stale.stdout + stale.stderr).toBe('');
    expect(statSync(CLI).mtimeMs).toBeGreaterThan(Date.now() - 600_000);
    expect(statSync(CLI).mtimeMs).toBeLessThan(before);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
