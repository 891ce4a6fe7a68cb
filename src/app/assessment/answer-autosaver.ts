import type { Answer } from '../../core/assessment/answers';

export interface AnswerStore {
  saveAnswers(assessmentId: string, changes: ReadonlyMap<string, Answer | undefined>, lastQuestionId?: string): Promise<unknown>;
}

export interface AutosaverOptions {
  /** Typing in a note or a number waits this long for the next keystroke; choices save at once. */
  delayMs?: number;
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  onStateChange?: (state: SaveState) => void;
}

export type SaveState = { status: 'saved' } | { status: 'pending' } | { status: 'saving' } | { status: 'failed'; error: unknown };

/**
 * Writes answer changes to storage as they happen: at once for choices, after a short pause for typing,
 * and immediately on flush() (the screen calls it on visibilitychange/pagehide). Writes run one after
 * another; a failed write keeps its changes pending (unless newer ones replaced them) for the next try.
 */
export class AnswerAutosaver {
  private pending = new Map<string, Answer | undefined>();
  private lastQuestionId: string | undefined;
  private timer: unknown;
  private chain: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly schedule: (run: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(
    private readonly store: AnswerStore,
    private readonly assessmentId: string,
    private readonly options: AutosaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 250;
    this.schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
    this.cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  change(questionId: string, answer: Answer | undefined, mode: 'now' | 'typing' = 'now'): Promise<void> {
    this.pending.set(questionId, answer);
    this.lastQuestionId = questionId;
    this.options.onStateChange?.({ status: 'pending' });
    if (mode === 'now') return this.flush();
    this.clearTimer();
    this.timer = this.schedule(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
    return Promise.resolve();
  }

  /** Saves everything pending now; resolves when it is stored (or has failed and stays pending). */
  flush(): Promise<void> {
    this.clearTimer();
    this.chain = this.chain.then(() => this.write());
    return this.chain;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.options.onStateChange?.({ status: 'saving' });
    try {
      await this.store.saveAnswers(this.assessmentId, batch, this.lastQuestionId);
      this.options.onStateChange?.(this.pending.size > 0 ? { status: 'pending' } : { status: 'saved' });
    } catch (error) {
      for (const [questionId, answer] of batch) if (!this.pending.has(questionId)) this.pending.set(questionId, answer);
      this.options.onStateChange?.({ status: 'failed', error });
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.cancel(this.timer);
    this.timer = undefined;
  }
}
