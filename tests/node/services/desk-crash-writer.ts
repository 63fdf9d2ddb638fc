/**
 * Run as a child process by durability.test.ts: opens a desk on the data
 * folder given, records a story and a correction through the desk (as the UI
 * would), prints their ids once the promise has resolved, then kills itself
 * with SIGKILL without closing anything, as a crash or a power cut would.
 */
import { createDesk } from '../../../src/node/services/create-desk';
import { acceptPekin, AFTER_PEKIN, STORY_TEXT } from './desk-fixture-data';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: desk-crash-writer <data folder>');
const desk = createDesk({ dataDir, shell: 'web', version: 'crash' });
const story = await desk.openText('crash.txt', STORY_TEXT);
const correction = await desk.recordCorrection(acceptPekin(story), AFTER_PEKIN);
process.stdout.write(`${JSON.stringify({ storyId: story.id, correctionId: correction.id })}\n`, () => {
  process.kill(process.pid, 'SIGKILL');
});
