import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../../core/model/finding';
import { parseCompareArgs, type CompareCommand } from './compare-args';
import { UsageError } from './usage-error';

export type OutputFormat = 'text' | 'json';

export interface EngineOptions {
  /** Built-in profile ids to keep (--source); empty keeps them all. */
  readonly sources: readonly string[];
  /** Paths of a desk's own profile files (--profile). */
  readonly profileFiles: readonly string[];
  /** Rule ids to leave out (--disable). */
  readonly disabled: readonly string[];
}

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | { readonly name: 'rules'; readonly format: OutputFormat; readonly engine: EngineOptions }
  | {
      readonly name: 'check';
      readonly files: readonly string[];
      readonly format: OutputFormat;
      readonly failOn?: Severity;
      readonly engine: EngineOptions;
    }
  | CompareCommand;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  source: { type: 'string', short: 's', multiple: true },
  profile: { type: 'string', short: 'p', multiple: true },
  disable: { type: 'string', short: 'd', multiple: true },
  'source-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** "--source fr,es" and "--source fr --source es" both give ["fr", "es"]. */
function commaList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json (got "${value}")`);
}

function parseFailOn(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`--fail-on must be ${SEVERITIES.slice(0, -1).join(', ')} or ${SEVERITIES.at(-1)} (got "${value}")`);
}

/** parseArgs explains its errors at length; keep the first sentence. */
function shortParseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('. ')[0]!.replace(/\.$/, '');
}

/** Reads the command line (without "node" and the script) into a Command; throws UsageError. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(shortParseError(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'help') return { name: 'help' };
  const format = parseFormat(values.format);
  const engine: EngineOptions = {
    sources: commaList(values.source),
    profileFiles: values.profile ?? [],
    disabled: commaList(values.disable),
  };
  if (command === 'rules') {
    if (rest.length > 0) throw new UsageError(`"rules" takes no arguments (got "${rest[0]}")`);
    return { name: 'rules', format, engine };
  }
  if (command === 'check') {
    if (rest.length === 0) throw new UsageError('check needs at least one FILE or folder');
    const failOn = parseFailOn(values['fail-on']);
    return { name: 'check', files: rest, format, engine, ...(failOn ? { failOn } : {}) };
  }
  if (command === 'compare') return parseCompareArgs(rest, format, values['source-of']);
  throw new UsageError(`unknown command "${command}" (did you mean: copydesk check ${command}?)`);
}
