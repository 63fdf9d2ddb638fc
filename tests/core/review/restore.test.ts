import { describe, expect, it } from 'vitest';
import type { CorrectionInput } from '../../../src/core/corrections/correction';
import { restoreFromLog } from '../../../src/core/review/restore';
import { MT, stored } from './fixtures';

const base = { storyId: 's1', category: 'accuracy/untranslated', severity: 'major', editor: 'JD', timeSpentMs: 0 } as const;
const dismissPresident: CorrectionInput = { ...base, kind: 'dismiss', start: 31, end: 43, originalText: 'le président', newText: 'le président', rule: 'untranslated', dismissScope: 'occurrence' };
const acceptBeijing: CorrectionInput = { ...base, kind: 'accept', start: 5, end: 10, originalText: 'Pékin', newText: 'Beijing', rule: 'exonym', suggestionIndex: 0 };

describe('restoreFromLog', () => {
  it('replays the log and carries dismissals through the corrections after them', () => {
    const d = stored(dismissPresident);
    const r = restoreFromLog(MT, MT, [d, stored(acceptBeijing)]);
    expect(r.recordedText).toBe(MT.replace('Pékin', 'Beijing'));
    expect(r.dismissedOccurrences).toEqual([{ rule: 'untranslated', start: 33, end: 45, correctionId: d.id }]);
  });

  it('skips undone corrections and keeps rule dismissals', () => {
    const rule = stored({ ...dismissPresident, dismissScope: 'rule' });
    const r = restoreFromLog(MT, MT, [stored(acceptBeijing, { undone: true }), rule]);
    expect(r.recordedText).toBe(MT);
    expect(r.dismissedRules).toEqual([{ rule: 'untranslated', correctionId: rule.id }]);
  });

  it('trusts the saved text when the log does not replay', () => {
    const r = restoreFromLog(MT, 'edited elsewhere', [stored({ ...acceptBeijing, originalText: 'Paris' })]);
    expect(r.recordedText).toBe('edited elsewhere');
  });
});
