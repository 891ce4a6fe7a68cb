import { describe, expect, it } from 'vitest';
import type { Answer } from '../../core/assessment/answers';
import { AnswerAutosaver, type SaveState } from './answer-autosaver';

function fakeStore() {
  const stored: Record<string, Answer | undefined> = {};
  const writes: string[][] = [];
  let failNext = false;
  return {
    stored,
    writes,
    failOnce: () => {
      failNext = true;
    },
    async saveAnswers(_id: string, changes: ReadonlyMap<string, Answer | undefined>) {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      writes.push([...changes.keys()]);
      for (const [q, a] of changes) stored[q] = a;
    },
  };
}

/** A scheduler the test fires by hand, so nothing depends on real time. */
function manualScheduler() {
  const tasks = new Map<number, () => void>();
  let next = 0;
  return {
    schedule: (run: () => void) => {
      tasks.set(++next, run);
      return next;
    },
    cancel: (handle: unknown) => tasks.delete(handle as number),
    fire: () => {
      for (const [id, run] of [...tasks]) {
        tasks.delete(id);
        run();
      }
    },
    size: () => tasks.size,
  };
}

describe('AnswerAutosaver', () => {
  it('stores a choice immediately', async () => {
    const store = fakeStore();
    const saver = new AnswerAutosaver(store, 'a1');
    await saver.change('q1', { value: 'l2' });
    expect(store.stored.q1).toEqual({ value: 'l2' });
  });

  it('waits for a pause in typing, then writes only the latest text; flush writes at once', async () => {
    const store = fakeStore();
    const timers = manualScheduler();
    const saver = new AnswerAutosaver(store, 'a1', timers);
    await saver.change('q1', { value: 1, evidence: { note: 'a' } }, 'typing');
    await saver.change('q1', { value: 1, evidence: { note: 'ab' } }, 'typing');
    expect(store.writes).toEqual([]);
    expect(timers.size()).toBe(1);
    await saver.flush(); // what pagehide / visibilitychange trigger
    expect(store.stored.q1).toEqual({ value: 1, evidence: { note: 'ab' } });
    expect(timers.size()).toBe(0);
  });

  it('writes when the pause timer fires', async () => {
    const store = fakeStore();
    const timers = manualScheduler();
    const saver = new AnswerAutosaver(store, 'a1', timers);
    await saver.change('q2', { value: 3 }, 'typing');
    timers.fire();
    await saver.flush();
    expect(store.stored.q2).toEqual({ value: 3 });
  });

  it('keeps a failed change pending, reports it, and saves it on the next try', async () => {
    const store = fakeStore();
    const states: SaveState['status'][] = [];
    const saver = new AnswerAutosaver(store, 'a1', { onStateChange: (s) => states.push(s.status) });
    store.failOnce();
    await saver.change('q1', { value: 0.5 });
    expect(saver.hasPending).toBe(true);
    expect(states.at(-1)).toBe('failed');
    await saver.change('q2', { value: 1 });
    expect(store.stored).toEqual({ q1: { value: 0.5 }, q2: { value: 1 } });
    expect(states.at(-1)).toBe('saved');
  });

  it('never lets an older write overtake a newer one', async () => {
    const store = fakeStore();
    const saver = new AnswerAutosaver(store, 'a1');
    await Promise.all([saver.change('q1', { value: 0 }), saver.change('q1', { value: 0.8 }), saver.change('q1', { value: 1 })]);
    expect(store.stored.q1).toEqual({ value: 1 });
  });
});
