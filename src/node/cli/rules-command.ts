import type { EngineOptions, OutputFormat } from './args';
import { paint, useColor } from './color';
import { buildAnalyzer } from './engine';
import type { CliIo } from './io';

/** `copydesk rules`: every rule id with its one-line description. */
export async function runRules(options: { format: OutputFormat; engine: EngineOptions }, io: CliIo): Promise<number> {
  const analyzer = await buildAnalyzer(options.engine);
  const rules = analyzer.rules.map((r) => ({ id: r.id, description: r.description }));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ version: 1, rules }, null, 2)}\n`);
    return 0;
  }
  if (rules.length === 0) {
    io.stderr.write('no rules are loaded\n');
    return 0;
  }
  const p = paint(useColor(io.stdout, io.env));
  const width = Math.max(...rules.map((r) => r.id.length));
  io.stdout.write(rules.map((r) => `${p.bold(r.id.padEnd(width))}  ${r.description}\n`).join(''));
  return 0;
}
