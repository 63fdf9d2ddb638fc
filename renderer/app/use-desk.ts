import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopydeskApi, OpenResult, RecentFile } from '../../src/core/api/contract';
import type { SessionState } from '../../src/core/corrections/saved-session';
import type { StorySummary } from '../../src/core/corrections/story';
import { errorMessage } from '../api/api-error';
import { describeOpenResult } from './open-messages';

/** What the desk shows around the review view: the queue, which story is current, which is beside it. */
export interface DeskState {
  readonly ready: boolean;
  readonly stories: readonly StorySummary[];
  readonly currentId: string | null;
  readonly compareId: string | null;
  readonly editor: string;
  readonly recent: readonly RecentFile[];
  /** Something the editor should read: a failure to open, a warning, a saved export. */
  readonly message: DeskMessage | null;
}

export interface DeskMessage {
  readonly kind: 'error' | 'warning' | 'info';
  readonly text: string;
}

export interface Desk extends DeskState {
  open(action: () => Promise<OpenResult>): Promise<void>;
  select(id: string): void;
  setCompare(id: string | null): void;
  setEditor(name: string): void;
  remove(id: string): Promise<void>;
  /** Re-reads the summaries (status, review time) after the review view changed them. */
  refresh(): Promise<void>;
  /** The story after the current one in queue order that is not done, if any. */
  nextOpenAfter(id: string): string | null;
  say(message: DeskMessage | null): void;
}

const INITIAL: DeskState = { ready: false, stories: [], currentId: null, compareId: null, editor: '', recent: [], message: null };

/**
 * The desk's own state and its persistence: which stories are open, which is
 * current and which is beside it, saved through the API whenever it changes,
 * so that a restart (or a crash) resumes on the same story.
 */
export function useDesk(api: CopydeskApi): Desk {
  const [state, setState] = useState<DeskState>(INITIAL);
  const latest = useRef(state);
  latest.current = state;

  const update = useCallback((patch: Partial<DeskState>) => setState((s) => ({ ...s, ...patch })), []);

  const refresh = useCallback(async () => {
    try {
      const [stories, recent] = await Promise.all([api.listStories(), api.listRecent()]);
      setState((s) => ({ ...s, stories, recent }));
    } catch (e) {
      update({ message: { kind: 'error', text: `Could not read the desk: ${errorMessage(e)}` } });
    }
  }, [api, update]);

  // Start-up: the stories on the desk and the saved session, so the editor resumes where they were.
  useEffect(() => {
    let live = true;
    (async () => {
      const [stories, session, recent] = await Promise.all([api.listStories(), api.getSession(), api.listRecent()]);
      if (!live) return;
      const ids = new Set(stories.map((s) => s.id));
      const pick = (id: string | null | undefined) => (id !== null && id !== undefined && ids.has(id) ? id : null);
      const currentId = pick(session?.currentStoryId) ?? stories[0]?.id ?? null;
      const compareId = pick(session?.compareStoryId);
      setState({ ready: true, stories, currentId, compareId: compareId === currentId ? null : compareId, editor: session?.editor ?? '', recent, message: null });
    })().catch((e: unknown) => {
      if (live) setState({ ...INITIAL, ready: true, message: { kind: 'error', text: `Could not open the desk: ${errorMessage(e)}` } });
    });
    return () => {
      live = false;
    };
  }, [api]);

  // Persist the session whenever what it holds changes (not on every summary refresh).
  const { ready, currentId, compareId, editor, stories } = state;
  const openIds = stories.map((s) => s.id).join('\n');
  useEffect(() => {
    if (!ready) return;
    const session: SessionState = { openStoryIds: openIds === '' ? [] : openIds.split('\n'), currentStoryId: currentId, compareStoryId: compareId, editor };
    // Typing a name saves once it pauses; a story switch saves at once.
    const t = setTimeout(() => {
      api.saveSession(session).catch((e: unknown) => update({ message: { kind: 'error', text: `Session not saved: ${errorMessage(e)}` } }));
    }, 150);
    return () => clearTimeout(t);
  }, [api, ready, currentId, compareId, editor, openIds, update]);

  const open = useCallback(
    async (action: () => Promise<OpenResult>) => {
      let result: OpenResult;
      try {
        result = await action();
      } catch (e) {
        update({ message: { kind: 'error', text: errorMessage(e) } });
        return;
      }
      await refresh();
      const first = result.stories[0];
      setState((s) => ({
        ...s,
        currentId: first?.id ?? s.currentId,
        compareId: first !== undefined && s.compareId === first.id ? null : s.compareId,
        message: describeOpenResult(result),
      }));
    },
    [refresh, update],
  );

  const nextOpenAfter = useCallback((id: string): string | null => {
    const list = latest.current.stories;
    const at = list.findIndex((s) => s.id === id);
    const after = [...list.slice(at + 1), ...list.slice(0, Math.max(at, 0))];
    return after.find((s) => s.status !== 'done' && s.id !== id)?.id ?? null;
  }, []);

  return {
    ...state,
    open,
    select: (id) => setState((s) => ({ ...s, currentId: id, compareId: s.compareId === id ? s.currentId : s.compareId })),
    setCompare: (id) => update({ compareId: id }),
    setEditor: (name) => update({ editor: name }),
    remove: async (id) => {
      try {
        await api.removeStory(id);
      } catch (e) {
        update({ message: { kind: 'error', text: `Could not close the story: ${errorMessage(e)}` } });
        return;
      }
      setState((s) => {
        const stories = s.stories.filter((x) => x.id !== id);
        return {
          ...s,
          stories,
          currentId: s.currentId === id ? (stories[0]?.id ?? null) : s.currentId,
          compareId: s.compareId === id ? null : s.compareId,
        };
      });
    },
    refresh,
    nextOpenAfter,
    say: (message) => update({ message }),
  };
}
