import { describe, expect, it } from 'vitest';
import { punctuationRule } from '../../../src/core/rules/punctuation';
import { runRule } from './run-rule';

function found(text: string, rule?: string) {
  return runRule(punctuationRule, text).filter((f) => rule === undefined || f.rule === rule);
}

function texts(text: string, rule?: string): string[] {
  return found(text, rule).map((f) => f.text);
}

function fixes(text: string, rule?: string): [string, readonly string[]][] {
  return found(text, rule).map((f) => [f.text, f.suggestions]);
}

describe('doubled-stop', () => {
  it('flags two full stops and suggests one', () => {
    expect(fixes('No one has claimed responsibility for the attack.. It is the first.')).toEqual([['..', ['.']]]);
    expect(fixes('The talks ended..')).toEqual([['..', ['.']]]);
    expect(fixes('It was sent to the U.S.. Then it came back.', 'doubled-stop')).toEqual([['..', ['.']]]);
  });

  it('stays quiet on ellipses and informal two-dot pauses', () => {
    for (const text of ['He waited... Then he left.', 'He waited…. Then he left.', 'He waited.... Nothing.', 'wait.. what', 'See ../docs for it.', 'He said .. maybe.']) {
      expect(texts(text, 'doubled-stop'), text).toEqual([]);
    }
  });
});

describe('stray-punctuation', () => {
  it('flags a stop followed by a comma and keeps the comma before lower case', () => {
    expect(fixes('an Iraqi security official told AFP. , on condition of anonymity.')).toEqual([['. ,', [',', '.']]]);
  });

  it('keeps the stop before a capital', () => {
    expect(fixes('The talks were suspended in June , . The envoy left.', 'stray-punctuation')).toEqual([[' , .', ['.', ',']]]);
  });

  it('flags doubled commas and other runs', () => {
    expect(fixes('The talks were suspended in June,, according to a source.')).toEqual([[',,', [',']]]);
    expect(fixes('The fighting spread to Darfur. ; the RSF now holds it.')).toEqual([['. ;', [';', '.']]]);
    expect(fixes('He said, : we stay.', 'stray-punctuation')).toEqual([[', :', [',']]]);
  });

  it('stays quiet after abbreviations and around ellipses and decimals', () => {
    const quiet = [
      'Troops from the U.S., France and Britain stayed.',
      'At 9 a.m.; at noon; at 5 p.m.: three attacks.',
      'Tanks, trucks, etc., were seen.',
      'He paused, ... then spoke.',
      'He paused... , then spoke.',
      'A . 45 calibre pistol and a , .45 calibre gun.',
    ];
    for (const text of quiet) expect(texts(text, 'stray-punctuation'), text).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it('flags a space before a comma or a full stop', () => {
    expect(fixes('The residents fled towards the north , according to witnesses .')).toEqual([
      [' ,', [',']],
      [' .', ['.']],
    ]);
    expect(fixes('He said “no” , then left.')).toEqual([[' ,', [',']]]);
  });

  it('flags a mark moved onto the next word, and puts the space after it', () => {
    expect(fixes('The talks ,which began on Monday, failed.')).toEqual([[' ,', [', ']]]);
    expect(fixes('The toll rose to 12 .The agency gave no details.')).toEqual([[' .', ['. ']]]);
  });

  it('stays quiet on decimals, ellipses, web names and marks reported as stray', () => {
    const quiet = [
      'He carried a .45 calibre pistol.',
      'He said ... nothing.',
      'He said . . . nothing.',
      'The firm moved to .NET and then .com names.',
      'Scores were 3 ,2 and 1 .45 calibre rounds.',
      'An official told AFP . , on condition of anonymity.',
      'Line one\n, line two.',
    ];
    for (const text of quiet) expect(texts(text, 'space-before-punctuation'), text).toEqual([]);
  });
});

describe('glued-quotes', () => {
  it('flags a stray opening mark before the attribution and turns the stop into a comma', () => {
    const [f] = found(
      '“We are still waiting for official reports on possible casualties, if any.”“said the American military officer.',
      'glued-quotes',
    );
    expect(f!.text).toBe('.”“');
    expect(f!.suggestions).toEqual([',” ']);
  });

  it('keeps a question mark, and handles "he added"', () => {
    expect(fixes('“Why now?”“he asked.', 'glued-quotes')).toEqual([['?”“', ['?” ']]]);
    expect(fixes('“We stay.”“he added.', 'glued-quotes')).toEqual([['.”“', [',” ']]]);
    expect(fixes('“We stay.”“the rest is noise.', 'glued-quotes')).toEqual([['.”“', ['.” ']]]);
  });

  it('flags two quotations glued together', () => {
    expect(fixes('“We stay.”“We will win.”', 'glued-quotes')).toEqual([['”“', ['” “']]]);
  });

  it('flags a closing mark glued to the next word and an opening mark glued to the previous one', () => {
    expect(fixes('“We will not give up,” said the spokesman of the army.“The fight continues.”', 'glued-quotes')).toEqual([
      ['“The', [' “The']],
    ]);
    expect(fixes('He said: “We stay.”The army left.', 'glued-quotes')).toEqual([['”The', ['” The']]]);
    expect(fixes('He said:“We stay.”', 'glued-quotes')).toEqual([['“We', [' “We']]]);
  });

  it('stays quiet on well-spaced quotes and marks after brackets or dashes', () => {
    const quiet = [
      '“We stay.” “We will win,” he said.',
      'He said (“we stay”) and left.',
      'He said—“we stay”—and left.',
      'The “self-defense” strike killed “five fighters.”',
      'Iraq’s leaders don’t agree.',
    ];
    for (const text of quiet) expect(texts(text, 'glued-quotes'), text).toEqual([]);
  });
});

describe('unclosed-quote', () => {
  it('flags a quotation that never closes, with its first words', () => {
    const [f] = found(
      'On Friday, around 04:20 (01:20 GMT), “three Katyusha rockets aimed at the US embassy fell near the Green Zone, an Iraqi security official told AFP.',
      'unclosed-quote',
    );
    expect(f!.text).toBe('“three Katyusha rockets');
    expect(f!.suggestions).toEqual([]);
  });

  it('flags a quotation cut short by the next one', () => {
    expect(texts('“We won, he said. “We will go on,” he added.', 'unclosed-quote')).toEqual(['“We won, he']);
  });

  it('flags an odd straight quote', () => {
    expect(texts('The army said "the situation is under control.\n\nNothing more was said.', 'unclosed-quote')).toEqual(['"the situation is']);
  });

  it('stays quiet when the quotation runs on into a paragraph that reopens it', () => {
    const text = [
      '“I have lived here for forty years,” said Margaret Evans.',
      '',
      '“Every winter it gets worse. We used to have the heating on all day.',
      '',
      '“My grandchildren ask why the house is so cold.”',
    ].join('\n');
    expect(texts(text, 'unclosed-quote')).toEqual([]);
  });

  it('flags an unclosed quotation with its attribution inside, even before a quoted paragraph', () => {
    const text = '“We will come back every week, until they listen to us, said Norma, a retired teacher.\n\n“We are ready,” the union said.';
    expect(texts(text, 'unclosed-quote')).toEqual(['“We will come']);
  });

  it('flags a run-on quotation when the next paragraph does not reopen it', () => {
    const text = '“Every winter it gets worse.\n\nMy grandchildren ask why,” she said.';
    expect(texts(text, 'unclosed-quote')).toEqual(['“Every winter it']);
  });

  it('stays quiet on apostrophes, inch marks, single quotes and the glued stray mark', () => {
    const quiet = [
      'Iraq’s leaders don’t agree on the 1990s’ legacy or ’90s music.',
      'He is 6\'2" tall and bought a 65" TV.',
      'Mr Smith told the BBC: ‘We simply cannot afford it.’',
      '“We are waiting, if any.”“said the officer.',
      'He said “we stay” and “we fight.”',
    ];
    for (const text of quiet) expect(texts(text, 'unclosed-quote'), text).toEqual([]);
  });
});

describe('guillemets', () => {
  it('flags French quotation marks with their inner spaces', () => {
    expect(fixes('« We have nothing left », declared Ahmed.', 'guillemets')).toEqual([
      ['« ', ['“']],
      [' »', ['”']],
    ]);
    expect(fixes('He said «\u00a0never\u00a0».', 'guillemets')).toEqual([
      ['«\u00a0', ['“']],
      ['\u00a0»', ['”']],
    ]);
    expect(fixes('«Non»', 'guillemets')).toEqual([
      ['«', ['“']],
      ['»', ['”']],
    ]);
  });

  it('leaves a lone » alone (a web breadcrumb)', () => {
    expect(texts('Home » World » Middle East', 'guillemets')).toEqual([]);
  });
});

describe('french-spacing', () => {
  it('flags a space before : ; ! ?', () => {
    expect(fixes('He added : the situation is catastrophic ; nobody knows why ! Who will pay ?', 'french-spacing')).toEqual([
      [' :', [':']],
      [' ;', [';']],
      [' !', ['!']],
      [' ?', ['?']],
    ]);
  });

  it('flags no-break and narrow no-break spaces, and runs of marks', () => {
    expect(fixes('He said\u00a0: no. Really\u202f?!', 'french-spacing')).toEqual([
      ['\u00a0:', [':']],
      ['\u202f?!', ['?!']],
    ]);
  });

  it('stays quiet on English spacing, scores, times and emoticons', () => {
    const quiet = ['He said: no. Why? Because!', 'The score was 2 : 1 after extra time.', 'It opened at 10:30.', 'She wrote “see you :)” and left.', 'The ratio was 3:2.'];
    for (const text of quiet) expect(texts(text, 'french-spacing'), text).toEqual([]);
  });
});

describe('inverted-mark', () => {
  it('flags Spanish opening question and exclamation marks', () => {
    expect(fixes('Sánchez said: “¿How can we ask for patience?” ¡Enough!', 'inverted-mark')).toEqual([
      ['¿', ['']],
      ['¡', ['']],
    ]);
  });

  it('stays quiet on ordinary question marks', () => {
    expect(texts('“How can we ask for patience?” he said.', 'inverted-mark')).toEqual([]);
  });
});

describe('punctuation on native copy', () => {
  it('finds nothing in native English', () => {
    const text = [
      'U.S. strikes hit militia sites in Iraq, Syria',
      '',
      'WASHINGTON, Dec. 7 (Reuters) - The U.S. military carried out strikes at about 4:30 a.m. local time on Thursday, Defense Secretary Lloyd J. Austin said.',
      '',
      '"These precision self-defense strikes are a response," Austin said. "The President has no higher priority than the safety of U.S. personnel."',
      '',
      'Shares of Lockheed Martin Corp. rose 1.2% to $452.30. It was, he said, "a good day for America".',
      '',
      '“Unfortunately, preliminary information indicates that some of them are connected to certain security services”, it said.',
      '',
      'Mr Smith said: ‘We can’t afford it. Not this winter.’ He paused... and left.',
    ].join('\n');
    expect(runRule(punctuationRule, text)).toEqual([]);
  });

  it('sets category and severity on every finding', () => {
    for (const f of found('The attack.. It was , . bad « here » : yes.')) {
      expect(f.category).toBe('fluency/punctuation');
      expect(f.severity).toBe('minor');
    }
  });
});

describe('straight-quote and spaced variants', () => {
  it('flags glued straight quotes, and not as an unclosed quotation', () => {
    expect(fixes('"We are still waiting, if any.""said the officer.')).toEqual([['.""', ['," ']]]);
    expect(fixes('"We stay.""We win."')).toEqual([['""', ['" "']]]);
  });

  it('leaves an empty pair of straight quotes alone', () => {
    expect(texts('Type "" to clear the field.', 'glued-quotes')).toEqual([]);
  });

  it('flags two stops with a space between, but not a spaced ellipsis', () => {
    expect(fixes('No one claimed the attack. . It is the first.', 'doubled-stop')).toEqual([['. .', ['.']]]);
    for (const text of ['He said. . . Then he left.', 'He said . . . nothing.', 'He said. . . . Then.']) {
      expect(texts(text, 'doubled-stop'), text).toEqual([]);
    }
  });
});
