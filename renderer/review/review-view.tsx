import type { EditorView } from '@codemirror/view';
import { currentIssue, currentSuggestion } from '../../src/core/review/issues';
import type { CommandId } from '../../src/core/commands/keymap';
import { Announcer } from './announcer';
import { IssueDetail } from './issue-detail';
import { IssueList } from './issue-list';
import { StoryEditor } from './story-editor';
import type { ReviewSession } from './use-review-session';

export interface ReviewViewProps {
  readonly session: ReviewSession;
  onCommand(command: CommandId): void;
  onView(view: EditorView | null): void;
}

/** The story in the editor, the issue list beside it, and the current issue under it. */
export function ReviewView({ session, onCommand, onView }: ReviewViewProps) {
  const { state, issues, story } = session;
  if (session.loadError !== null) {
    return (
      <div className="review-empty" role="alert">
        Could not open the story: {session.loadError}
      </div>
    );
  }
  if (story === null || state.storyId !== story.id) {
    return <div className="review-empty">Opening…</div>;
  }
  const issue = currentIssue(state);
  return (
    <div className="review">
      <Announcer
        issue={issue}
        index={state.current}
        total={issues.length}
        suggestion={currentSuggestion(state)}
        notice={session.notice}
        error={state.error}
      />
      <div className="review-text">
        <StoryEditor
          key={story.id}
          text={state.text}
          issues={issues}
          current={state.current}
          revealSerial={session.revealSerial}
          readOnly={session.readOnly}
          initialCursor={story.cursor}
          onEdit={session.onEdit}
          onFix={(i, k) => void session.fix(i, k)}
          onView={onView}
        />
      </div>
      <div className="review-side">
        <IssueList
          issues={issues}
          current={state.current}
          text={state.text}
          onGoTo={session.goTo}
          onNext={session.next}
          onPrev={session.prev}
          onAccept={() => void session.accept()}
          onDismiss={() => void session.dismiss('occurrence')}
        />
        <IssueDetail
          issue={issue}
          state={state}
          busy={state.pending !== null}
          onChooseSuggestion={session.chooseSuggestion}
          onCategory={session.setCategory}
          onSeverity={session.setSeverity}
          onCommand={onCommand}
        />
      </div>
    </div>
  );
}
