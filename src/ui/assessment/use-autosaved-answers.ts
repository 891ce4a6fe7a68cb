import { useEffect, useRef, useState } from 'react';
import type { Answer, Answers } from '../../core/assessment/answers';
import { AnswerAutosaver, answerStore, type SaveState } from '../../app/assessment';

/**
 * Answers held in React state and written to storage on every change (see AnswerAutosaver). Pending
 * writes are flushed when the page is hidden or unloaded and when the screen unmounts.
 */
export function useAutosavedAnswers(assessmentId: string, initial: Answers) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const saver = useRef<AnswerAutosaver | null>(null);
  if (saver.current === null) saver.current = new AnswerAutosaver(answerStore, assessmentId, { onStateChange: setSaveState });

  useEffect(() => {
    const current = saver.current;
    const flush = () => void current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const change = (questionId: string, answer: Answer | undefined, mode: 'now' | 'typing') => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (answer === undefined) Reflect.deleteProperty(next, questionId);
      else next[questionId] = answer;
      return next;
    });
    void saver.current?.change(questionId, answer, mode);
  };

  const flush = async () => {
    await saver.current?.flush();
    if (saver.current?.hasPending) throw new Error('answers not saved');
  };

  return { answers, saveState, change, flush };
}
