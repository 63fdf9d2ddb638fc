import { describe, expect, it } from 'vitest';
import { exonymRule } from '../../../src/core/rules/exonym';
import { runRule } from './run-rule';

/** Flagged text and first suggestion of each finding. */
function fixes(text: string): [string, string][] {
  return runRule(exonymRule, text).map((f) => [f.text, f.suggestions[0]!]);
}

describe('exonym: source place words before an unlisted name', () => {
  it.each([
    ['The plant would stand on the shore of lac Balkhach, officials said.', 'lac Balkhach', 'Lake Balkhach'],
    ['Fishing boats were seized in the mer d’Azov on Monday.', 'mer d’Azov', 'Sea of Azov'],
    ['Rescuers searched the río Paraná for a second day.', 'río Paraná', 'Paraná River'],
    ['The ferry sank off isla Margarita in the Caribbean.', 'isla Margarita', 'Margarita Island'],
    ['Climbers were stranded on mont Elgon overnight.', 'mont Elgon', 'Mount Elgon'],
    ['Ships waited in the golfe de Gabès for the storm to pass.', 'golfe de Gabès', 'Gulf of Gabès'],
  ])('flags %s', (text, passage, fix) => {
    expect(fixes(text)).toEqual([[passage, fix]]);
    expect(runRule(exonymRule, text)[0]).toMatchObject({ rule: 'exonym', category: 'accuracy/mistranslation', severity: 'major' });
  });

  it('leaves a listed name to the table and its English name', () => {
    expect(fixes('The lac Tchad is shrinking fast.')).toEqual([['lac Tchad', 'Lake Chad']]);
  });

  it.each([
    'Tourists crowded Lago Maggiore and Mont Blanc in August.',
    'The strikes could mar Biden’s visit to the region.',
    'Wines from the Lac region and the Sierra Nevada were served.',
    'The lac was collected from trees in Assam.',
  ])('stays quiet on %s', (text) => {
    expect(fixes(text)).toEqual([]);
  });
});
