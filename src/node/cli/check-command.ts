import { severityRank, type Severity } from '../../core/model/finding';
import { readTextFile } from '../import/read-text-file';
import type { OutputFormat, EngineOptions } from './args';
import { paint, useColor } from './color';
import { collectFiles } from './collect-files';
import { buildAnalyzer } from './engine';
import { emptyTally, formatIssue, formatSummary } from './format-text';
import type { CliIo } from './io';
import { lineIndex } from './line-index';
import { createProgress } from './progress';
import { toIssues, type FileReport, type JsonReport } from './report';
import { UsageError } from './usage-error';

export interface CheckOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly failOn?: Severity;
  readonly engine: EngineOptions;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * `copydesk check`: reads and analyzes each file in turn. A file that cannot be
 * read is reported on stderr (and in the JSON with an "error") and the others
 * are still checked. Exit status: 2 when any file could not be read or
 * checked, else 1 when --fail-on is met, else 0.
 */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const analyzer = await buildAnalyzer(options.engine);
  const { files, problems } = await collectFiles(options.files);
  const outPaint = paint(useColor(io.stdout, io.env));
  const errPaint = paint(useColor(io.stderr, io.env));
  const progress = createProgress(io.stderr, files.length);
  const tally = emptyTally();
  const reports: FileReport[] = [];
  const threshold = options.failOn === undefined ? Infinity : severityRank(options.failOn);
  let failOnMet = false;

  const note = (path: string, level: 'error' | 'warning', message: string) => {
    progress.clear();
    const label = level === 'error' ? errPaint.red('error') : errPaint.yellow('warning');
    io.stderr.write(`${path}: ${label}: ${message}\n`);
  };

  for (const problem of problems) {
    note(problem.path, problem.fatal ? 'error' : 'warning', problem.reason);
    if (problem.fatal) {
      reports.push({ path: problem.path, error: problem.reason, issues: [] });
      tally.unreadable++;
    }
  }
  if (files.length === 0) throw new UsageError('no files to check');

  for (const [index, path] of files.entries()) {
    const file = await readTextFile(path);
    if (!file.ok) {
      note(path, 'error', file.reason);
      reports.push({ path, error: file.reason, issues: [] });
      tally.unreadable++;
      progress.update(index + 1);
      continue;
    }
    for (const warning of file.warnings) note(path, 'warning', warning);
    let result;
    try {
      result = analyzer.analyze(file.text);
    } catch (err) {
      // A rule bug must not stop the run: report it against this file and go on.
      const reason = `analysis failed (${describe(err)})`;
      note(path, 'error', reason);
      reports.push({ path, error: reason, issues: [] });
      tally.unreadable++;
      progress.update(index + 1);
      continue;
    }
    const { issues, outOfRange } = toIssues(file.text, result.findings);
    for (const f of outOfRange) note(path, 'warning', `rule ${f.rule} reported a range outside the text (${f.start}-${f.end}); left out`);
    tally.files++;
    for (const issue of issues) {
      tally.bySeverity[issue.severity]++;
      if (severityRank(issue.severity) >= threshold) failOnMet = true;
    }
    if (options.format === 'text' && issues.length > 0) {
      const position = lineIndex(file.text);
      progress.clear();
      io.stdout.write(issues.map((issue) => `${formatIssue(path, issue, position(issue.start), outPaint)}\n`).join(''));
    }
    reports.push({ path, encoding: file.encoding, language: result.language, words: result.words, issues });
    progress.update(index + 1);
  }
  progress.clear();

  if (options.format === 'json') {
    const report: JsonReport = { version: 1, files: reports };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  }
  io.stderr.write(`${formatSummary(tally)}\n`);
  if (tally.unreadable > 0) return 2;
  return failOnMet ? 1 : 0;
}
