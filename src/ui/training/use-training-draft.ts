import { useEffect, useRef, useState } from 'react';
import type { Answer, Answers } from '../../core/assessment/answers';
import type { TrainingDraft } from '../../core/training/progress';
import { AnswerAutosaver, type SaveState } from '../../app/assessment';
import { discardTrainingDraft, loadTrainingDraft, trainingDraftStore } from '../../app/training';

/** `saveState` is undefined until there is something stored to speak of (a fresh case shows no badge). */
export type DraftState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; answers: Answers; restored: TrainingDraft | undefined; saveState: SaveState | undefined };

/**
 * A case's answers, autosaved as a draft while the trainee works (the questionnaire's autosaver: a
 * choice is written at once, changes made while a write is in flight go together in the next one) and
 * flushed when the page is hidden or left. Reopening the case restores the draft; `startOver` drops it.
 */
export function useTrainingDraft(caseId: string) {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const saver = useRef<AnswerAutosaver | null>(null);

  useEffect(() => {
    let live = true;
    const onSaveState = (saveState: SaveState) => live && setState((s) => (s.status === 'ready' ? { ...s, saveState } : s));
    loadTrainingDraft(caseId)
      .then((draft) => {
        if (!live) return;
        saver.current = new AnswerAutosaver(trainingDraftStore, caseId, { onStateChange: onSaveState });
        const restored = draft && Object.keys(draft.answers).length > 0 ? draft : undefined;
        setState({ status: 'ready', answers: restored?.answers ?? {}, restored, saveState: restored ? { status: 'saved' } : undefined });
      })
      .catch((error: unknown) => {
        console.error('training draft', error);
        if (live) setState({ status: 'failed' });
      });
    const flush = () => void saver.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [caseId]);

  const change = (questionId: string, answer: Answer) => {
    setState((s) => (s.status === 'ready' ? { ...s, answers: { ...s.answers, [questionId]: answer } } : s));
    void saver.current?.change(questionId, answer);
  };

  /** Everything typed so far is stored; throws if it could not be (the caller keeps the form as it is). */
  const flush = async () => {
    await saver.current?.flush();
    if (saver.current?.hasPending) throw new Error('training draft not saved');
  };

  const startOver = async () => {
    await saver.current?.flush();
    await discardTrainingDraft(caseId);
    setState((s) => (s.status === 'ready' ? { ...s, answers: {}, restored: undefined } : s));
  };

  return { state, change, flush, startOver };
}
