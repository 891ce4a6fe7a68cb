import { fallbackAfterGpuFailure, wasmChoice, type BackendChoice, type BackendPreference } from './backend-choice';
import type { Capabilities, GpuAdapterFacts } from './capabilities';

/**
 * Start-up micro-benchmark between a real GPU (WebGPU) and the processor (WASM): for small CNNs WASM is often
 * as fast or faster (dispatch overhead, CPU fallback ops, read-backs; vision-notes §3.4), so on machines that
 * offer both the app measures once and remembers the answer. The measurement is repeated only when what it
 * depends on changes: the app version, the model or the graphics adapter.
 */

export interface BenchmarkFigures {
  /** Median time of one model run, per backend. */
  readonly webgpuMs: number;
  readonly wasmMs: number;
}

export interface CachedBenchmark {
  /** What the figures were measured for (see benchmarkKey). */
  readonly key: string;
  readonly winner: 'webgpu' | 'wasm';
  readonly figures: BenchmarkFigures;
  readonly measuredAt: string;
}

export function benchmarkKey(appVersion: string, modelId: string, modelSha256: string, adapter: GpuAdapterFacts): string {
  return [appVersion, modelId, modelSha256, adapter.vendor, adapter.architecture, adapter.device, adapter.description].join('|');
}

export type BenchmarkPlan =
  | { readonly kind: 'skip' }
  | { readonly kind: 'cached'; readonly cached: CachedBenchmark }
  | { readonly kind: 'measure'; readonly key: string };

/** Only an automatic choice with a real adapter is measured; a forced choice or a test software adapter never is. */
export function planBenchmark(
  caps: Capabilities,
  preference: BackendPreference,
  key: string | undefined,
  cached: CachedBenchmark | undefined,
): BenchmarkPlan {
  if (preference !== 'auto' || !caps.webgpu.available || key === undefined) return { kind: 'skip' };
  if (cached && cached.key === key) return { kind: 'cached', cached };
  return { kind: 'measure', key };
}

/** WebGPU has to win clearly (by 10 %): on a near tie the processor avoids GPU driver trouble. */
export function winnerOf(figures: BenchmarkFigures): 'webgpu' | 'wasm' {
  return figures.webgpuMs < 0.9 * figures.wasmMs ? 'webgpu' : 'wasm';
}

export function choiceFromBenchmark(caps: Capabilities, result: CachedBenchmark, fromCache: boolean): BackendChoice {
  const benchmark = { ...result.figures, measuredAt: result.measuredAt, fromCache };
  if (result.winner === 'webgpu')
    return { backend: 'webgpu', reasons: ['benchmark-webgpu-faster', caps.webgpu.reason], threads: 1, benchmark };
  return { ...wasmChoice(caps, ['benchmark-wasm-faster']), benchmark };
}

/** A model session as the benchmark sees it: one timed run, and a way to free it. */
export interface TimedSession<S> {
  readonly session: S;
  run(): Promise<void>;
  release(): Promise<void>;
}

export interface BenchmarkRun<S> {
  readonly choice: BackendChoice;
  /** The session of the chosen backend, ready for use; the other one has been released. */
  readonly session: S;
  /** What to cache; undefined when WebGPU could not even start (measured again next time). */
  readonly result: CachedBenchmark | undefined;
}

async function medianRun<S>(s: TimedSession<S>, runs: number, clock: () => number): Promise<number> {
  await s.run(); // warm-up: shader compilation, first allocation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = clock();
    await s.run();
    times.push(clock() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? Number.POSITIVE_INFINITY;
}

/** Creates both sessions, times a few runs of each and keeps the faster; a failing WebGPU session means WASM. */
export async function runBenchmark<S>(
  caps: Capabilities,
  key: string,
  create: (backend: 'webgpu' | 'wasm') => Promise<TimedSession<S>>,
  options: { runs?: number; clock?: () => number; now?: () => Date } = {},
): Promise<BenchmarkRun<S>> {
  const runs = options.runs ?? 3;
  const clock = options.clock ?? (() => performance.now());
  const wasm = await create('wasm');
  let gpu: TimedSession<S> | undefined;
  let webgpuMs: number;
  try {
    gpu = await create('webgpu');
    webgpuMs = await medianRun(gpu, runs, clock);
  } catch {
    await gpu?.release().catch(() => undefined);
    return { choice: fallbackAfterGpuFailure(caps), session: wasm.session, result: undefined };
  }
  const wasmMs = await medianRun(wasm, runs, clock);
  const figures = { webgpuMs, wasmMs };
  const result: CachedBenchmark = { key, winner: winnerOf(figures), figures, measuredAt: (options.now?.() ?? new Date()).toISOString() };
  const [kept, dropped] = result.winner === 'webgpu' ? [gpu, wasm] : [wasm, gpu];
  await dropped.release();
  return { choice: choiceFromBenchmark(caps, result, false), session: kept.session, result };
}
