import { describe, expect, it } from 'vitest';
import { exportFileName, safeBaseName } from '../../../src/node/export/file-names';

describe('safeBaseName', () => {
  it('drops the .txt extension and keeps readable names', () => {
    expect(safeBaseName('afp-baghdad-embassy-mt.txt')).toBe('afp-baghdad-embassy-mt');
    expect(safeBaseName('Président à Pékin')).toBe('Président à Pékin');
  });

  it('never lets a name leave the folder or use forbidden characters', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeBaseName('..')).toBe('story');
    expect(safeBaseName('a\\b/c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeBaseName('tab\there\u0000nul')).toBe('tab-here-nul');
    for (const hostile of ['../x', '/abs', 'C:\\win', 'a/../../b']) expect(safeBaseName(hostile)).not.toMatch(/[/\\]/);
  });

  it('avoids names Windows reserves, empty names and endless names', () => {
    expect(safeBaseName('CON')).toBe('_CON');
    expect(safeBaseName('nul.txt')).toBe('_nul');
    expect(safeBaseName('com1.draft')).toBe('_com1.draft');
    expect(safeBaseName('   ')).toBe('story');
    expect(safeBaseName('. hidden .')).toBe('hidden');
    expect(Array.from(safeBaseName('é'.repeat(300))).length).toBe(100);
  });

  it('names each format', () => {
    expect(exportFileName('story.txt', 'text')).toBe('story.corrected.txt');
    expect(exportFileName('story.txt', 'log-csv')).toBe('story.corrections.csv');
    expect(exportFileName('story.txt', 'log-json')).toBe('story.corrections.json');
    expect(exportFileName('story.txt', 'diff')).toBe('story.diff');
    expect(exportFileName('story.txt', 'report-html')).toBe('story.report.html');
  });
});
