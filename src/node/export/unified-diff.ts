import { createTwoFilesPatch } from 'diff';

/** Past this, a diff of two unrelated texts is not worth the wait; the patch says so instead. */
const DIFF_TIMEOUT_MS = 5000;

/**
 * Unified diff of the MT as opened against the corrected text, in the form
 * patch(1) and code review tools read. Names are the story's base name under
 * mt/ and corrected/ (like git's a/ and b/).
 */
export function unifiedDiff(baseName: string, mtText: string, corrected: string): string {
  const patch = createTwoFilesPatch(`mt/${baseName}.txt`, `corrected/${baseName}.txt`, mtText, corrected, 'machine translation', 'corrected', {
    context: 3,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (patch !== undefined) return patch;
  return `# Copydesk: the texts differ too much to diff within ${DIFF_TIMEOUT_MS / 1000} s; compare the files instead.\n`;
}
