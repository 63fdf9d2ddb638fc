import { version } from '../../../package.json';

export const VERSION: string = version;

export const HELP = `copydesk ${VERSION}: review machine-translated wire copy before it runs

Usage:
  copydesk check FILE... [options]   check text files (folders are searched for *.txt)
  copydesk rules [--format json]     list the rule ids and what each one finds
  copydesk compare A B [--format text|json] [--source-of a|b|none]
                                     set two stories side by side: names spelt differently,
                                     different dates and figures for one event, and the
                                     names, dates and figures only one of them gives
  copydesk --help | --version

Options:
  -f, --format text|json       output format (default: text)
      --fail-on minor|major|critical
                               exit with 1 when an issue at or above this severity is found
  -s, --source fr,es           use only these built-in source-language profiles
  -p, --profile FILE           add a desk's own profile (JSON; replaces a built-in one with the same id)
  -d, --disable RULE,...       leave these rules out (ids from "copydesk rules")
      --source-of a|b|none     compare: that file is the original (French or Spanish) and the
                               other its English translation: sentences are aligned, and
                               omitted sentences and changed figures, dates and names are
                               reported, with the original as "a" in the output; none: two
                               reports of one event. By default a French or Spanish file set
                               beside an English one is taken as the original
  -h, --help                   show this help
  -v, --version                show the version

Exit status: 0 checked; 1 --fail-on met; 2 bad usage, or a file could not be read
(check: the other files are still checked; compare: nothing is compared).
`;
