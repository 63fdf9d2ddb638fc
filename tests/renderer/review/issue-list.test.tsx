// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/core/model/finding';
import { IssueList, LIST_WINDOW, listWindow } from '../../../renderer/review/issue-list';

function issues(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    start: i * 10,
    end: i * 10 + 5,
    rule: i % 2 === 0 ? 'exonym' : 'calque',
    category: 'accuracy/mistranslation',
    severity: i % 3 === 0 ? 'major' : 'minor',
    message: `issue ${i}`,
    suggestions: [`fix ${i}`],
  })) as Finding[];
}

const noop = () => undefined;
const handlers = { onGoTo: noop, onNext: noop, onPrev: noop, onAccept: noop, onDismiss: noop };

afterEach(cleanup);
// jsdom lays nothing out, so it has no scrollIntoView; the list calls it to keep the current issue in sight.
const scrolled = vi.fn();
Element.prototype.scrollIntoView = scrolled;

describe('listWindow', () => {
  it('shows everything when the list is short', () => {
    expect(listWindow(10, 3)).toEqual({ from: 0, to: 10 });
  });

  it('keeps the current issue inside a window of LIST_WINDOW', () => {
    for (const current of [0, 1, 500, 99_999]) {
      const { from, to } = listWindow(100_000, current);
      expect(to - from).toBe(LIST_WINDOW);
      expect(current).toBeGreaterThanOrEqual(from);
      expect(current).toBeLessThan(to);
    }
  });
});

describe('IssueList', () => {
  it('renders each issue with its rule, severity and first suggestion, the current one selected', () => {
    const text = 'x'.repeat(100);
    const { container } = render(<IssueList issues={issues(4)} current={1} text={text} {...handlers} />);
    const options = container.querySelectorAll('[role=option]');
    expect(options).toHaveLength(4);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options[1]!.getAttribute('data-rule')).toBe('calque');
    expect(options[0]!.getAttribute('data-severity')).toBe('major');
    expect(options[2]!.textContent).toContain('fix 2');
    expect(container.querySelector('[role=listbox]')!.getAttribute('aria-activedescendant')).toBe('issue-1');
  });

  it('renders a window of a huge list, each item telling its place in the whole', () => {
    const { container } = render(<IssueList issues={issues(50_000)} current={30_000} text="" {...handlers} />);
    const options = container.querySelectorAll('[role=option]');
    expect(options.length).toBe(LIST_WINDOW);
    const current = container.querySelector('[aria-selected=true]')!;
    expect(current.getAttribute('aria-posinset')).toBe('30001');
    expect(current.getAttribute('aria-setsize')).toBe('50000');
    expect(scrolled).toHaveBeenCalled();
    expect(container.textContent).toMatch(/\d+ earlier issues/);
    expect(container.textContent).toMatch(/\d+ more issues/);
  });

  it('moves, accepts and dismisses with bare keys when it has focus', () => {
    const spy = { onGoTo: vi.fn(), onNext: vi.fn(), onPrev: vi.fn(), onAccept: vi.fn(), onDismiss: vi.fn() };
    const { container } = render(<IssueList issues={issues(5)} current={2} text="" {...spy} />);
    const list = container.querySelector('[role=listbox]')!;
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    fireEvent.keyDown(list, { key: 'Enter' });
    fireEvent.keyDown(list, { key: 'Delete' });
    fireEvent.keyDown(list, { key: 'End' });
    // With a modifier the key is the app's, not the list's.
    fireEvent.keyDown(list, { key: 'Enter', altKey: true });
    expect([spy.onNext.mock.calls.length, spy.onPrev.mock.calls.length, spy.onAccept.mock.calls.length, spy.onDismiss.mock.calls.length]).toEqual([1, 1, 1, 1]);
    expect(spy.onGoTo).toHaveBeenCalledWith(4);
  });

  it('shows article text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(<IssueList issues={[{ ...issues(1)[0]!, start: 0, end: hostile.length }]} current={0} text={hostile} {...handlers} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });
});
