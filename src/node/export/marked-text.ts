import { diffWordsWithSpace } from 'diff';
import { escapeHtml } from './escape-html';

/** A word diff of two unrelated long texts can take minutes; past this the report shows the text unmarked. */
const MARK_TIMEOUT_MS = 5000;

export interface MarkedText {
  /** HTML: the corrected text, with <ins> for what the editor added and <del> for what was taken out of the MT. */
  readonly html: string;
  /** False when the diff gave up (timeout): html is then the corrected text without marks. */
  readonly marked: boolean;
}

/** The corrected text with the changes from the MT marked, every piece escaped. */
export function markedTextHtml(mtText: string, corrected: string): MarkedText {
  const changes = diffWordsWithSpace(mtText, corrected, { timeout: MARK_TIMEOUT_MS });
  if (changes === undefined) return { html: escapeHtml(corrected), marked: false };
  const html = changes
    .map((change) => {
      const text = escapeHtml(change.value);
      if (change.added) return `<ins>${text}</ins>`;
      if (change.removed) return `<del>${text}</del>`;
      return text;
    })
    .join('');
  return { html, marked: true };
}
