import { ProfileError } from '../../core/profiles/validate';
import { parseCommandLine } from './args';
import { runCheck } from './check-command';
import { runCompare } from './compare-command';
import { HELP, VERSION } from './help';
import type { CliIo } from './io';
import { runRules } from './rules-command';
import { UsageError } from './usage-error';

/** Runs one command line and returns the exit status; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'rules':
        return await runRules(command, io);
      case 'check':
        return await runCheck(command, io);
      case 'compare':
        return await runCompare(command, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`copydesk: ${err.message}\nRun "copydesk --help" for usage.\n`);
      return 2;
    }
    if (err instanceof ProfileError) {
      // Only the built-in profiles get here (a desk's own is a UsageError): the installation is broken.
      io.stderr.write(`copydesk: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`copydesk: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
