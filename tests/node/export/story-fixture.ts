import type { Correction } from '../../../src/core/corrections/correction';
import type { Story } from '../../../src/core/corrections/story';

/** A story and its log, written for these tests: one accept, one edit, one dismissal and one undone accept. */
export const MT = 'Rockets fired at the embassy\n\n-----\n\nThree rockets were fired on friday at the the US embassy near the Tigre River.\n';
export const CORRECTED = 'Rockets fired at the embassy\n\n-----\n\nThree rockets were fired on Friday at the US embassy near the Tigris River.\n';

export function makeStory(overrides: Partial<Story> = {}): Story {
  return {
    id: 'story-1',
    path: '/wire/embassy.txt',
    name: 'embassy.txt',
    encoding: 'utf-8',
    status: 'in-review',
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:05:00.000Z',
    reviewMs: 185_000,
    cursor: 0,
    sourceText: MT,
    currentText: CORRECTED,
    ...overrides,
  };
}

function correction(fields: Partial<Correction> & Pick<Correction, 'id' | 'kind' | 'start' | 'end' | 'originalText' | 'newText'>): Correction {
  return {
    storyId: 'story-1',
    category: 'fluency/spelling',
    severity: 'minor',
    editor: 'JD',
    createdAt: '2024-05-01T10:01:00.000Z',
    timeSpentMs: 1200,
    undone: false,
    ...fields,
  };
}

export function makeLog(): Correction[] {
  return [
    correction({ id: 'c1', kind: 'accept', start: 65, end: 71, originalText: 'friday', newText: 'Friday', rule: 'capitalization', suggestionIndex: 0, category: 'fluency/spelling' }),
    correction({ id: 'c2', kind: 'edit', start: 75, end: 83, originalText: 'the the ', newText: 'the ', category: 'fluency/grammar', severity: 'minor' }),
    correction({ id: 'c3', kind: 'accept', start: 99, end: 104, originalText: 'Tigre', newText: 'Tigris', rule: 'exonym', suggestionIndex: 0, category: 'accuracy/untranslated', severity: 'major' }),
    correction({ id: 'c4', kind: 'dismiss', start: 0, end: 7, originalText: 'Rockets', newText: 'Rockets', rule: 'calque', dismissScope: 'occurrence', category: 'style/awkward' }),
    correction({ id: 'c5', kind: 'accept', start: 0, end: 7, originalText: 'Rockets', newText: 'Missiles', rule: 'calque', suggestionIndex: 1, category: 'style/awkward', undone: true }),
  ];
}
