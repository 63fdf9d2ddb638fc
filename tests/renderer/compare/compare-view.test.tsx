// @vitest-environment jsdom
import { EditorState } from '@codemirror/state';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskApi } from '../../../src/core/api/contract';
import { parseArticle } from '../../../src/core/article/article';
import { compareStories } from '../../../src/core/compare/compare-stories';
import type { Story, StorySummary } from '../../../src/core/corrections/story';
import { CompareAnnouncer } from '../../../renderer/compare/compare-announcer';
import { CompareView } from '../../../renderer/compare/compare-view';
import { counterpartMarks } from '../../../renderer/compare/editor-link';
import { useComparison, type ComparisonResult, type ComparisonSession } from '../../../renderer/compare/use-comparison';
import { counterpartField, setCounterparts } from '../../../renderer/review/counterpart-decorations';
import MT from '../../../samples/afp-baghdad-embassy-mt.txt?raw';
import NATIVE from '../../../samples/native-baghdad-embassy.txt?raw';

afterEach(cleanup);
// jsdom lays nothing out: no scrollIntoView.
Element.prototype.scrollIntoView = vi.fn();

function resultOf(text: string, other: string): ComparisonResult {
  return { comparison: compareStories(text, other), text, otherText: other, paragraphs: parseArticle(text).paragraphs, otherParagraphs: parseArticle(other).paragraphs };
}

const RESULT = resultOf(MT, NATIVE);
const NAME = RESULT.comparison.discrepancies.findIndex((d) => d.kind === 'name');

function session(fields: Partial<ComparisonSession> = {}): ComparisonSession {
  const current = fields.current ?? null;
  return {
    other: { id: 'n', currentText: NATIVE } as Story,
    loadError: null,
    result: RESULT,
    current,
    currentDiscrepancy: current === null ? null : RESULT.comparison.discrepancies[current]!,
    revealSerial: 0,
    notice: null,
    next: vi.fn(),
    prev: vi.fn(),
    goTo: vi.fn(),
    adoption: vi.fn(() => null),
    ...fields,
  };
}

const OTHERS = [{ id: 'n', name: 'native-baghdad-embassy.txt' } as StorySummary];
const noop = () => undefined;

describe('CompareView on the sample pair', () => {
  it('lists the discrepancies and highlights the other story’s side of each, by kind', () => {
    const { container } = render(<CompareView session={session()} others={OTHERS} compareId="n" view={null} onCompare={noop} onGoTo={noop} onAdopt={noop} />);
    const items = screen.getAllByRole('button', { name: /in the other story/ });
    expect(items).toHaveLength(RESULT.comparison.discrepancies.length);
    expect(items.map((b) => b.getAttribute('data-kind'))).toEqual(['date', 'number', 'name', 'name']);
    const other = screen.getByTestId('other-story');
    const kinds = [...other.querySelectorAll('mark[data-kind]')].map((m) => [m.getAttribute('data-kind'), m.textContent]);
    expect(kinds).toEqual([
      ['date', 'December 7'],
      ['number', '84'],
      ['name', 'Mohammed Shia al-Sudani'],
    ]);
    // The whole story is there, paragraph by paragraph, a few marked as aligned with this one.
    expect(other.textContent).toContain('roughly 2,500 troops');
    expect(container.querySelectorAll('[data-aligned-to]').length).toBe(RESULT.comparison.paragraphs.length);
    expect(screen.queryByTestId('discrepancy-detail')).toBeNull();
  });

  it('marks the current discrepancy in the list and the pane, and offers to adopt it', () => {
    const onAdopt = vi.fn();
    const onGoTo = vi.fn();
    render(<CompareView session={session({ current: NAME })} others={OTHERS} compareId="n" view={null} onCompare={noop} onGoTo={onGoTo} onAdopt={onAdopt} />);
    const item = document.querySelector(`.discrepancy-item[data-discrepancy="${NAME}"]`)!;
    expect(item.getAttribute('aria-current')).toBe('true');
    const mark = screen.getByTestId('other-story').querySelector('mark[data-current=true]')!;
    expect(mark.textContent).toBe('Mohammed Shia al-Sudani');
    // Both name discrepancies of the MT point at this one passage.
    expect(mark.getAttribute('data-discrepancy')!.split(' ').map(Number)).toContain(NAME);
    fireEvent.click(screen.getByRole('button', { name: /Adopt “Mohammed Shia al-Sudani”/ }));
    expect(onAdopt).toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: /in the other story/ })[0]!);
    expect(onGoTo).toHaveBeenCalledWith(0);
  });

  it('renders article text as text, never as markup', () => {
    const text = 'Minister <b>al-Soudani</b> said 78 on Friday, December 8.';
    const other = 'Minister <img src=x onerror=alert(1)> al-Sudani said 84 on December 7.';
    const s = session({ result: resultOf(text, other) });
    const { container } = render(<CompareView session={s} others={OTHERS} compareId="n" view={null} onCompare={noop} onGoTo={noop} onAdopt={noop} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('other-story').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks for a story when none is beside this one', () => {
    render(<CompareView session={session({ result: null, other: null })} others={OTHERS} compareId={null} view={null} onCompare={noop} onGoTo={noop} onAdopt={noop} />);
    expect(screen.getByText(/Choose another story/)).toBeTruthy();
  });
});

describe('CompareAnnouncer', () => {
  it('reads the current discrepancy politely, or the last notice', () => {
    const { rerender } = render(<CompareAnnouncer session={session({ current: NAME })} />);
    const region = screen.getByTestId('compare-announcer');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toMatch(/^Discrepancy 3 of 4, name: “Mohamed Chia al-Soudani” here, “Mohammed Shia al-Sudani” in the other story\..*Alt\+Shift\+Enter/);
    rerender(<CompareAnnouncer session={session({ notice: 'Move to a discrepancy first (Alt+PageDown).' })} />);
    expect(region.textContent).toBe('Move to a discrepancy first (Alt+PageDown).');
  });
});

describe('useComparison', () => {
  const other: Story = { id: 'n', currentText: NATIVE, sourceText: NATIVE } as Story;
  const api = { getStory: vi.fn(async () => other) } as unknown as CopydeskApi;

  it('compares once the other story is in, walks the discrepancies and says what adopting replaces', async () => {
    const { result } = renderHook(({ text }) => useComparison(api, 'mt', 'n', text), { initialProps: { text: MT } });
    await waitFor(() => expect(result.current.result).not.toBeNull());
    expect(result.current.result!.comparison.discrepancies).toHaveLength(4);
    expect(result.current.adoption()).toBeNull();
    await waitFor(() => expect(result.current.notice).toContain('Move to a discrepancy first'));
    act(() => result.current.goTo(NAME));
    expect(result.current.current).toBe(NAME);
    expect(result.current.revealSerial).toBe(1);
    const adoption = result.current.adoption()!;
    expect(adoption).toMatchObject({ kind: 'name', expected: 'Mohamed Chia al-Soudani', text: 'Mohammed Shia al-Sudani' });
    expect(MT.slice(adoption.start, adoption.end)).toBe('Mohamed Chia al-Soudani');
    act(() => result.current.next());
    expect(result.current.current).toBe(NAME + 1);
    act(() => result.current.next());
    expect(result.current.current).toBe(0);
  });

  it('recomputes after an edit, keeping the editor on the same discrepancy', async () => {
    const { result, rerender } = renderHook(({ text }) => useComparison(api, 'mt', 'n', text), { initialProps: { text: MT } });
    await waitFor(() => expect(result.current.result).not.toBeNull());
    act(() => result.current.goTo(NAME + 1));
    const adopted = MT.replace('Mohamed Chia al-Soudani insisted', 'Mohammed Shia al-Sudani insisted');
    rerender({ text: adopted });
    await waitFor(() => expect(result.current.result?.text).toBe(adopted));
    expect(result.current.result!.comparison.discrepancies).toHaveLength(3);
    expect(result.current.currentDiscrepancy?.a.start).toBe(adopted.indexOf('Mohamed Chia al-Soudani'));
  });
});

describe('counterpart highlights in the editor state', () => {
  it('follow typing and drop a passage the typing touched', () => {
    let state = EditorState.create({ doc: 'aaa Soudani bbb 78 ccc', extensions: [counterpartField] });
    state = state.update({
      effects: setCounterparts.of([
        { from: 4, to: 11, kind: 'name', index: 0, current: true },
        { from: 16, to: 18, kind: 'number', index: 1, current: false },
      ]),
    }).state;
    state = state.update({ changes: { from: 0, insert: 'xx ' } }).state;
    expect(state.field(counterpartField).map((m) => [m.from, m.to])).toEqual([
      [7, 14],
      [19, 21],
    ]);
    state = state.update({ changes: { from: 8, to: 9, insert: 'u' } }).state;
    expect(state.field(counterpartField).map((m) => m.kind)).toEqual(['number']);
  });
});

describe('counterpartMarks', () => {
  it('maps story offsets to editor positions (CRLF counts one), and waits while the text is ahead', () => {
    const text = 'Head\r\n\r\nMr al-Soudani said 78.';
    const other = 'Mr al-Sudani said 84.';
    const result: ComparisonResult = {
      comparison: {
        mode: 'comparable',
        discrepancies: [{ kind: 'name', a: { start: 11, end: 21, text: 'al-Soudani' }, b: { start: 3, end: 12, text: 'al-Sudani' }, message: '' }],
        onlyA: [],
        onlyB: [],
        sentences: [],
        paragraphs: [],
      },
      text,
      otherText: other,
      paragraphs: [],
      otherParagraphs: [],
    };
    const state = EditorState.create({ doc: text, extensions: [EditorState.lineSeparator.of('\r\n')] });
    const marks = counterpartMarks(state, { result, current: 0 })!;
    expect(marks).toEqual([{ from: 9, to: 19, kind: 'name', index: 0, current: true }]);
    expect(state.sliceDoc(marks[0]!.from, marks[0]!.to)).toBe('al-Soudani');
    const typed = state.update({ changes: { from: 0, insert: 'x' } }).state;
    expect(counterpartMarks(typed, { result, current: 0 })).toBeNull();
    expect(counterpartMarks(state, { result: null, current: null })).toEqual([]);
  });
});
