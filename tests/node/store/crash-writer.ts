/**
 * Run as a child process by open-store.test.ts: records a story and a
 * correction, reports their ids on stdout, then kills itself with SIGKILL,
 * without closing the store, as a crash or a power cut would.
 */
import { openStore } from '../../../src/node/store/open-store';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer <database file>');
const store = openStore(file);
const story = store.addStory({ name: 'crash.txt', sourceText: 'Le président a dit à Pékin.', encoding: 'utf-8' });
const correction = store.recordCorrection(
  {
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
  },
  { currentText: 'Le président a dit à Beijing.' },
);
process.stdout.write(`${JSON.stringify({ storyId: story.id, correctionId: correction.id })}\n`, () => {
  process.kill(process.pid, 'SIGKILL');
});
