import type { ExportFormat } from '../../core/api/contract';

/** What each export format is called on disk, after the story's base name. */
export const EXPORT_SUFFIXES: Readonly<Record<ExportFormat, string>> = {
  text: '.corrected.txt',
  'log-csv': '.corrections.csv',
  'log-json': '.corrections.json',
  diff: '.diff',
  'report-html': '.report.html',
};

/** Names Windows will not create in any folder, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Path separators, characters Windows forbids in names, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;
const MAX_BASE_LENGTH = 100;

/**
 * A file name made from a story name, safe on every desktop system: no path
 * separators (so a name like "../../x" cannot leave the export folder), no
 * forbidden or control characters, no reserved device names, no leading or
 * trailing dots and spaces, at most 100 characters.
 */
export function safeBaseName(storyName: string): string {
  let base = storyName.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' ');
  base = base.replace(/\.(txt|text)$/i, '');
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  base = Array.from(base).slice(0, MAX_BASE_LENGTH).join('').replace(/[.\s]+$/, '');
  if (base === '' || /^-+$/.test(base)) base = 'story';
  if (RESERVED.test(base)) base = `_${base}`;
  return base;
}

export function exportFileName(storyName: string, format: ExportFormat): string {
  return `${safeBaseName(storyName)}${EXPORT_SUFFIXES[format]}`;
}
