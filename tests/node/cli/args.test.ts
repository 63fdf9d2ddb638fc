import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/node/cli/args';
import { UsageError } from '../../../src/node/cli/usage-error';

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads a check command with every option', () => {
    expect(
      parseCommandLine(['check', 'a.txt', 'dir', '--format', 'json', '--fail-on', 'major', '--source', 'fr,es', '--profile', 'desk.json', '--disable', 'exonym, calque', '-d', 'acronym']),
    ).toEqual({
      name: 'check',
      files: ['a.txt', 'dir'],
      format: 'json',
      failOn: 'major',
      engine: { sources: ['fr', 'es'], profileFiles: ['desk.json'], disabled: ['exonym', 'calque', 'acronym'] },
    });
  });

  it('defaults to text and no threshold', () => {
    expect(parseCommandLine(['check', 'a.txt'])).toEqual({
      name: 'check',
      files: ['a.txt'],
      format: 'text',
      engine: { sources: [], profileFiles: [], disabled: [] },
    });
  });

  it('reads help, version and rules', () => {
    expect(parseCommandLine(['--help'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['check', 'x', '-h'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['help'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ name: 'version' });
    expect(parseCommandLine(['rules', '--format', 'json'])).toMatchObject({ name: 'rules', format: 'json' });
  });

  it('refuses bad usage with a short message', () => {
    expect(usageError([])).toBe('no command given');
    expect(usageError(['check'])).toBe('check needs at least one FILE or folder');
    expect(usageError(['story.txt'])).toBe('unknown command "story.txt" (did you mean: copydesk check story.txt?)');
    expect(usageError(['check', 'a.txt', '--colour'])).toBe("Unknown option '--colour'");
    expect(usageError(['check', 'a.txt', '--format', 'xml'])).toBe('--format must be text or json (got "xml")');
    expect(usageError(['check', 'a.txt', '--fail-on', 'blocker'])).toBe('--fail-on must be minor, major or critical (got "blocker")');
    expect(usageError(['check', 'a.txt', '--format'])).toMatch(/^Option '-f, --format <value>' argument missing/);
    expect(usageError(['rules', 'extra'])).toBe('"rules" takes no arguments (got "extra")');
  });
});
