import type { BackendReason, Capabilities } from './capabilities';

/** What the user asked for in the inspection settings. */
export type BackendPreference = 'auto' | 'webgpu' | 'wasm';

export type ChosenBackend = 'webgpu' | 'wasm-threads' | 'wasm';

export type ChoiceReason =
  | BackendReason
  | 'forced-webgpu'
  | 'forced-wasm'
  | 'forced-webgpu-unavailable'
  | 'webgpu-session-failed'
  | 'test-software-adapter'
  | 'benchmark-webgpu-faster'
  | 'benchmark-wasm-faster';

export interface BackendChoice {
  readonly backend: ChosenBackend;
  /** Why, most important first; each a code the UI translates. */
  readonly reasons: readonly ChoiceReason[];
  readonly threads: number;
  /** When the start-up benchmark decided: the figures it measured (see backend-benchmark.ts). */
  readonly benchmark?: { readonly webgpuMs: number; readonly wasmMs: number; readonly measuredAt: string; readonly fromCache: boolean };
}

export function wasmChoice(caps: Capabilities, first: readonly ChoiceReason[]): BackendChoice {
  const t = caps.wasmThreads;
  return t.available
    ? { backend: 'wasm-threads', reasons: [...first, t.reason], threads: t.threadCount }
    : { backend: 'wasm', reasons: [...first, t.reason], threads: 1 };
}

/**
 * WebGPU only with a real adapter (software adapters are far slower than WASM on the CPU); otherwise
 * multi-threaded WASM where the page is cross-origin isolated, else single-threaded WASM.
 * `acceptSoftwareAdapter` exists for the e2e test of the WebGPU path in SwiftShader only.
 */
export function chooseBackend(caps: Capabilities, preference: BackendPreference, acceptSoftwareAdapter = false): BackendChoice {
  const gpu = caps.webgpu;
  const gpuUsable = gpu.available || (acceptSoftwareAdapter && gpu.reason === 'webgpu-software-adapter');
  const gpuReason: ChoiceReason = gpu.available ? gpu.reason : gpuUsable ? 'test-software-adapter' : gpu.reason;
  if (preference === 'wasm') return wasmChoice(caps, ['forced-wasm']);
  if (preference === 'webgpu') {
    return gpuUsable
      ? { backend: 'webgpu', reasons: ['forced-webgpu', gpuReason], threads: 1 }
      : wasmChoice(caps, ['forced-webgpu-unavailable', gpu.reason]);
  }
  return gpuUsable ? { backend: 'webgpu', reasons: [gpuReason], threads: 1 } : wasmChoice(caps, [gpu.reason]);
}

/** After the WebGPU session could not be created: WASM, saying so. */
export function fallbackAfterGpuFailure(caps: Capabilities): BackendChoice {
  return wasmChoice(caps, ['webgpu-session-failed']);
}
