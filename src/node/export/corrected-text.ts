import type { Story } from '../../core/corrections/story';

/**
 * The story as the editor left it, in the input's own plain-text layout
 * (headline, separator, paragraphs are just lines of currentText). Line ends
 * follow the input: an editor component may hand back LF where the file had
 * CRLF, and a desk system that sent CRLF expects CRLF back.
 */
export function correctedText(story: Pick<Story, 'sourceText' | 'currentText'>): string {
  const crlf = (story.sourceText.match(/\r\n/g) ?? []).length;
  const lf = (story.sourceText.match(/\n/g) ?? []).length;
  // Mostly CRLF (a stray LF in a CRLF file does not count against it).
  if (crlf > 0 && crlf * 2 >= lf) return story.currentText.replace(/\r?\n/g, '\r\n');
  return story.currentText;
}
