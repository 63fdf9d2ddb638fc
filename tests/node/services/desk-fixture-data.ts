import type { CorrectionInput } from '../../../src/core/corrections/correction';
import type { Story } from '../../../src/core/corrections/story';

// Test data shared by the desk tests and the crash-writer child process (which cannot import vitest).

export const STORY_TEXT = 'Le président a dit à Pékin.';

/** An accepted suggestion replacing "Pékin" in STORY_TEXT. */
export function acceptPekin(story: Pick<Story, 'id'>, extra: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    storyId: story.id,
    kind: 'accept',
    start: 21,
    end: 26,
    originalText: 'Pékin',
    newText: 'Beijing',
    rule: 'exonym',
    category: 'accuracy/untranslated',
    severity: 'major',
    suggestionIndex: 0,
    editor: 'JD',
    timeSpentMs: 900,
    ...extra,
  };
}

export const AFTER_PEKIN = 'Le président a dit à Beijing.';
