import { describe, expect, it } from 'vitest';
import { findQuotations, isGluedStrayOpening, quotedTest } from '../../../src/core/article/quotes';

function quotations(text: string) {
  return findQuotations(text, 0, text.length).map((q) => ({ text: text.slice(q.start, q.end), double: q.double, closed: q.closed }));
}

describe('findQuotations', () => {
  it('pairs curly double quotes', () => {
    expect(quotations('He said “we will stay” and “we will win.”')).toEqual([
      { text: '“we will stay”', double: true, closed: true },
      { text: '“we will win.”', double: true, closed: true },
    ]);
  });

  it('reports a quotation that never closes as running to the end', () => {
    expect(quotations('On Friday, “three rockets fell near the Green Zone, an official told AFP.')).toEqual([
      { text: '“three rockets fell near the Green Zone, an official told AFP.', double: true, closed: false },
    ]);
  });

  it('ends an unclosed quotation where the next one opens', () => {
    expect(quotations('“We won, he said. “We will go on,” he added.')).toEqual([
      { text: '“We won, he said. ', double: true, closed: false },
      { text: '“We will go on,”', double: true, closed: true },
    ]);
  });

  it('pairs straight quotes and skips inch marks', () => {
    expect(quotations('A 65" screen, "a bargain," he said.')).toEqual([{ text: '"a bargain,"', double: true, closed: true }]);
  });

  it('pairs guillemets', () => {
    expect(quotations('« Nous restons », a-t-il dit.')).toEqual([{ text: '« Nous restons »', double: true, closed: true }]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotations('Iraq’s leaders don’t agree, and the 1990s’ scars remain in ’90s music.')).toEqual([]);
  });

  it('pairs single quotes loosely', () => {
    expect(quotations('Mr Smith said: ‘We can’t afford it.’ Then he left.')).toEqual([
      { text: '‘We can’t afford it.’', double: false, closed: true },
    ]);
  });

  it('skips a stray opening mark glued to a closing one before lower case', () => {
    expect(quotations('“We are waiting, if any.”“said the officer.')).toEqual([
      { text: '“We are waiting, if any.”', double: true, closed: true },
    ]);
  });

  it('only looks at the given range', () => {
    const text = '“Outside” and “inside” here';
    const start = text.indexOf('and');
    expect(findQuotations(text, start, text.length).map((q) => text.slice(q.start, q.end))).toEqual(['“inside”']);
  });
});

describe('quotedTest', () => {
  it('tells whether a range lies inside a quotation', () => {
    const text = '“We tried. Nothing. We failed,” he said. Nothing.';
    const inside = quotedTest(findQuotations(text, 0, text.length));
    const first = text.indexOf('Nothing.');
    const last = text.lastIndexOf('Nothing.');
    expect(inside(first, first + 8)).toBe(true);
    expect(inside(last, last + 8)).toBe(false);
  });

  it('sees a range inside a single quotation even with a double one before', () => {
    const text = '“Yes,” he said. ‘Never. Not once.’';
    const inside = quotedTest(findQuotations(text, 0, text.length));
    const at = text.indexOf('Never.');
    expect(inside(at, at + 6)).toBe(true);
  });
});

describe('isGluedStrayOpening', () => {
  it('is true for ”“ before a lower-case word only', () => {
    const a = 'if any.”“said the officer';
    expect(isGluedStrayOpening(a, a.indexOf('“'), a.length)).toBe(true);
    const b = 'if any.”“We are here';
    expect(isGluedStrayOpening(b, b.indexOf('“'), b.length)).toBe(false);
    const c = 'he said “we';
    expect(isGluedStrayOpening(c, c.indexOf('“'), c.length)).toBe(false);
  });
});
