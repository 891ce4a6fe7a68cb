import type { CachedBenchmark } from '../../inference/backend-benchmark';
import type { BackendPreference } from '../../inference/backend-choice';

const KEY = 'gz.inspect.backend';
const TEST_SOFTWARE_GPU_KEY = 'gz.e2e.acceptSoftwareWebGpu';
const BENCHMARK_KEY = 'gz.inspect.backendBenchmark';

function isCachedBenchmark(v: unknown): v is CachedBenchmark {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const f = c.figures as Record<string, unknown> | undefined;
  return (
    typeof c.key === 'string' &&
    (c.winner === 'webgpu' || c.winner === 'wasm') &&
    typeof c.measuredAt === 'string' &&
    typeof f?.webgpuMs === 'number' &&
    typeof f.wasmMs === 'number'
  );
}

/** The last start-up benchmark between WebGPU and WASM; anything unreadable counts as none (it is measured again). */
export function readBenchmarkCache(): CachedBenchmark | undefined {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(BENCHMARK_KEY) ?? 'null');
    return isCachedBenchmark(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeBenchmarkCache(value: CachedBenchmark): void {
  globalThis.localStorage?.setItem(BENCHMARK_KEY, JSON.stringify(value));
}

export function readBackendPreference(): BackendPreference {
  const value = globalThis.localStorage?.getItem(KEY);
  return value === 'webgpu' || value === 'wasm' ? value : 'auto';
}

export function writeBackendPreference(value: BackendPreference): void {
  globalThis.localStorage?.setItem(KEY, value);
}

/**
 * Only the e2e tests (served over http from the loopback address) may let a SwiftShader adapter count
 * as WebGPU, to test that path; the desktop app runs on app:// where this never applies.
 */
export function acceptSoftwareAdapterForTests(): boolean {
  // Node (unit tests) has no location: no software adapter there either.
  if (typeof globalThis.location === 'undefined') return false;
  const { protocol, hostname } = globalThis.location;
  return (
    protocol === 'http:' &&
    (hostname === '127.0.0.1' || hostname === 'localhost') &&
    globalThis.localStorage?.getItem(TEST_SOFTWARE_GPU_KEY) === '1'
  );
}
