/**
 * Texts longer than this (in UTF-16 units, about 80,000 words) skip the work
 * that runs on the window's own thread over the whole text: the comparison
 * with another story, the word diff of the Changes pane and post-edit
 * distance. A wire story is a few thousand characters; past this size it is
 * a whole feed pasted or opened by mistake, and a diff of it would freeze the
 * window for seconds. The analysis itself runs in a worker and has no limit.
 * The CLI (`copydesk compare`) and the exports have no such limit either.
 */
export const WINDOW_TEXT_LIMIT = 500_000;

export function tooLongForWindow(...texts: readonly string[]): boolean {
  return texts.some((t) => t.length > WINDOW_TEXT_LIMIT);
}
