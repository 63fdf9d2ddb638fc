import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, Compartment, EditorSelection, EditorState, Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { Replacement } from '../../src/core/corrections/apply';
import type { Issue } from '../../src/core/review/issues';
import { spanningReplacement } from '../../src/core/review/plan-correction';
import { counterpartHighlights } from './counterpart-decorations';
import { lineSeparatorOf, offsetMap } from './doc-offsets';
import { garbleHighlights, setGarbles, type GarbleMark } from './garble-decorations';

export interface StoryEditorProps {
  readonly text: string;
  readonly issues: readonly Issue[];
  readonly current: number;
  /** Changes when the editor should select the current issue and scroll to it (navigation, not typing). */
  readonly revealSerial: number;
  readonly readOnly: boolean;
  /** Caret to start at, as a story offset. */
  readonly initialCursor?: number;
  /** Typed changes, in offsets of the text before them. */
  onEdit(text: string, changes: readonly Replacement[]): void;
  /** A quick fix taken from a lint tooltip. */
  onFix(issueIndex: number, suggestionIndex: number): void;
  onView?(view: EditorView | null): void;
}

/** Marks changes the session made (accept, undo), so they are not reported back as typing. */
const fromSession = Annotation.define<boolean>();

const LINT_SEVERITY = { minor: 'info', major: 'warning', critical: 'error' } as const;

/** Issues on either side of the current one that get a lint tooltip; a story of 600 words has about 20 in all. */
const DIAGNOSTIC_WINDOW = 300;

export function StoryEditor(props: StoryEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const textRef = useRef(props.text);
  const separator = useRef(lineSeparatorOf(props.text));
  const readOnly = useRef(new Compartment());
  const latest = useRef(props);
  latest.current = props;
  /** Set by typing: the garble field has already mapped the highlights through the change. */
  const typed = useRef(false);
  const drawnCurrent = useRef(-1);

  useEffect(() => {
    const sep = separator.current;
    const state = EditorState.create({
      doc: props.text,
      extensions: [
        EditorState.lineSeparator.of(sep),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        readOnly.current.of(EditorState.readOnly.of(props.readOnly)),
        garbleHighlights(),
        counterpartHighlights(),
        EditorView.contentAttributes.of({ 'aria-label': 'Story text', 'aria-multiline': 'true' }),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged || u.transactions.some((t) => t.annotation(fromSession))) return;
          const before = offsetMap(u.startState.doc, sep);
          const changes: Replacement[] = [];
          u.changes.iterChanges((fromA, toA, fromB, toB) => {
            changes.push({ start: before.toText(fromA), end: before.toText(toA), text: u.state.sliceDoc(fromB, toB) });
          });
          const text = u.state.sliceDoc();
          textRef.current = text;
          typed.current = true;
          latest.current.onEdit(text, changes);
        }),
      ],
    });
    const view = new EditorView({ state, parent: host.current! });
    const start = offsetMap(view.state.doc, sep).toDoc(props.initialCursor ?? 0);
    view.dispatch({ selection: EditorSelection.cursor(start) });
    viewRef.current = view;
    latest.current.onView?.(view);
    return () => {
      latest.current.onView?.(null);
      view.destroy();
      viewRef.current = null;
    };
    // Built once per story: the parent keys this component by story id.
  }, []);

  // The session changed the text (an accept, an undo): bring the document along.
  useEffect(() => {
    const view = viewRef.current;
    if (view === null || props.text === textRef.current) return;
    const r = spanningReplacement(textRef.current, props.text);
    textRef.current = props.text;
    if (r === null) return;
    const map = offsetMap(view.state.doc, separator.current);
    view.dispatch({
      changes: { from: map.toDoc(r.start), to: map.toDoc(r.end), insert: r.text },
      annotations: [fromSession.of(true), Transaction.addToHistory.of(false)],
    });
  }, [props.text]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnly.current.reconfigure(EditorState.readOnly.of(props.readOnly)) });
  }, [props.readOnly]);

  // Highlights and diagnostics for the issues, once the document holds the text they were found in.
  useEffect(() => {
    const view = viewRef.current;
    if (view === null || props.text !== textRef.current) return;
    // After a keystroke the session hands back the same issues mapped through the edit, which
    // the editor state already did for its highlights: redrawing them all would cost a frame
    // on a long story. Fresh findings from the analyzer, or a new current issue, redraw.
    const onlyMapped = typed.current && drawnCurrent.current === props.current;
    typed.current = false;
    if (onlyMapped) return;
    drawnCurrent.current = props.current;
    const map = offsetMap(view.state.doc, separator.current);
    const marks: GarbleMark[] = props.issues.map((issue, i) => ({
      from: map.toDoc(issue.start),
      to: map.toDoc(issue.end),
      rule: issue.rule,
      severity: issue.severity,
      current: i === props.current,
    }));
    // Lint diagnostics (hover tooltips with quick fixes) for the issues near the current one only:
    // the lint extension keeps every diagnostic in its own state, and a huge feed has 100,000 of them.
    const first = Math.max(0, props.current - DIAGNOSTIC_WINDOW);
    const last = Math.min(props.issues.length, props.current + DIAGNOSTIC_WINDOW);
    const diagnostics: Diagnostic[] = [];
    for (let i = first; i < last; i++) {
      const issue = props.issues[i]!;
      diagnostics.push({
        from: marks[i]!.from,
        to: marks[i]!.to,
        severity: LINT_SEVERITY[issue.severity],
        source: issue.rule,
        message: issue.message,
        actions: issue.suggestions.map((s, k) => ({ name: s, apply: () => latest.current.onFix(i, k) })),
      });
    }
    view.dispatch(setDiagnostics(view.state, diagnostics), { effects: setGarbles.of(marks) });
  }, [props.issues, props.current, props.text]);

  useEffect(() => {
    const view = viewRef.current;
    const issue = latest.current.issues[latest.current.current];
    if (view === null || issue === undefined || props.revealSerial === 0) return;
    const map = offsetMap(view.state.doc, separator.current);
    view.dispatch({ selection: EditorSelection.range(map.toDoc(issue.start), map.toDoc(issue.end)), scrollIntoView: true });
  }, [props.revealSerial]);

  return <div className="story-editor" ref={host} />;
}
