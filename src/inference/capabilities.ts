/**
 * Which inference backends this machine offers, and why. Probing (touching navigator and WebAssembly) is kept
 * apart from the decisions so the decisions are plain functions of the facts, tested in Node.
 */

export type BackendId = 'webgpu' | 'wasm-simd' | 'wasm-threads';

export type BackendReason =
  | 'webgpu-ready'
  | 'webgpu-no-api'
  | 'webgpu-no-adapter'
  | 'webgpu-software-adapter'
  | 'webgpu-probe-failed'
  | 'simd-ready'
  | 'simd-unsupported'
  | 'threads-ready'
  | 'threads-not-isolated'
  | 'threads-no-shared-memory'
  | 'threads-unsupported'
  | 'threads-single-core'
  | 'threads-core-for-images';

export interface BackendStatus {
  id: BackendId;
  available: boolean;
  /** Code the UI translates; also names the reason when the backend is not available. */
  reason: BackendReason;
}

export interface GpuAdapterFacts {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  isFallbackAdapter: boolean;
}

export interface WebGpuProbe {
  apiPresent: boolean;
  adapter: GpuAdapterFacts | null;
  /** Message of an exception thrown while asking for an adapter. */
  error?: string;
}

export interface WasmProbe {
  simd: boolean;
  threads: boolean;
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  hardwareConcurrency: number;
}

export interface Capabilities {
  webgpu: BackendStatus & { adapter: GpuAdapterFacts | null };
  wasmSimd: BackendStatus;
  wasmThreads: BackendStatus & { threadCount: number };
  /** What inference should use: a real GPU when there is one, else WASM with threads where allowed. */
  preferred: 'webgpu' | 'wasm';
}

/* Software rasterisers present themselves as GPUs; they are far slower than WASM on the CPU. */
const softwareAdapterNames = ['swiftshader', 'llvmpipe', 'lavapipe', 'softpipe', 'microsoft basic render'];

export function isSoftwareAdapter(adapter: GpuAdapterFacts): boolean {
  if (adapter.isFallbackAdapter) return true;
  const text = `${adapter.vendor} ${adapter.architecture} ${adapter.device} ${adapter.description}`.toLowerCase();
  return softwareAdapterNames.some((name) => text.includes(name));
}

export function decideWebGpu(probe: WebGpuProbe): Capabilities['webgpu'] {
  const base = { id: 'webgpu' as const, adapter: probe.adapter };
  if (!probe.apiPresent) return { ...base, available: false, reason: 'webgpu-no-api' };
  if (probe.error !== undefined) return { ...base, available: false, reason: 'webgpu-probe-failed' };
  if (!probe.adapter) return { ...base, available: false, reason: 'webgpu-no-adapter' };
  if (isSoftwareAdapter(probe.adapter)) return { ...base, available: false, reason: 'webgpu-software-adapter' };
  return { ...base, available: true, reason: 'webgpu-ready' };
}

export function decideWasmSimd(probe: WasmProbe): BackendStatus {
  return probe.simd
    ? { id: 'wasm-simd', available: true, reason: 'simd-ready' }
    : { id: 'wasm-simd', available: false, reason: 'simd-unsupported' };
}

/**
 * One core always stays free: the inspection worker decodes, preprocesses and scores the images around the
 * one the model is running (the model runs in a worker of its own). On two cores that leaves the model one
 * thread, which measured faster per image than two threads fighting the rest of the pipeline (and far faster
 * on a busy machine: see test/bench/README.md). onnxruntime-web gains little beyond four threads on small models.
 */
export function threadCountFor(hardwareConcurrency: number): number {
  return Math.max(1, Math.min(4, hardwareConcurrency - 1));
}

export function decideWasmThreads(probe: WasmProbe): Capabilities['wasmThreads'] {
  const status = (available: boolean, reason: BackendReason, threadCount = 1) => ({
    id: 'wasm-threads' as const,
    available,
    reason,
    threadCount,
  });
  if (!probe.threads) return status(false, 'threads-unsupported');
  if (!probe.crossOriginIsolated) return status(false, 'threads-not-isolated');
  if (!probe.sharedArrayBuffer) return status(false, 'threads-no-shared-memory');
  if (probe.hardwareConcurrency < 2) return status(false, 'threads-single-core');
  const threads = threadCountFor(probe.hardwareConcurrency);
  return status(true, threads > 1 ? 'threads-ready' : 'threads-core-for-images', threads);
}

export function decideCapabilities(webgpu: WebGpuProbe, wasm: WasmProbe): Capabilities {
  const gpu = decideWebGpu(webgpu);
  return {
    webgpu: gpu,
    wasmSimd: decideWasmSimd(wasm),
    wasmThreads: decideWasmThreads(wasm),
    preferred: gpu.available ? 'webgpu' : 'wasm',
  };
}

/* Smallest modules using a SIMD instruction (v128 ops) and a shared-memory atomic, as wasm-feature-detect does. */
const simdModule = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);
const threadsModule = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1, 10, 11, 1, 9, 0, 65, 0, 254, 16, 2, 0, 26, 11,
]);

interface WasmScope {
  WebAssembly?: { validate(bytes: Uint8Array<ArrayBuffer>): boolean };
  crossOriginIsolated?: boolean;
  SharedArrayBuffer?: unknown;
  navigator?: { hardwareConcurrency?: number };
}

function validates(scope: WasmScope, bytes: Uint8Array<ArrayBuffer>): boolean {
  try {
    return scope.WebAssembly?.validate(bytes) ?? false;
  } catch {
    return false;
  }
}

export function probeWasm(scope: WasmScope = globalThis as WasmScope): WasmProbe {
  return {
    simd: validates(scope, simdModule),
    threads: validates(scope, threadsModule),
    crossOriginIsolated: scope.crossOriginIsolated === true,
    sharedArrayBuffer: typeof scope.SharedArrayBuffer === 'function',
    hardwareConcurrency: scope.navigator?.hardwareConcurrency ?? 1,
  };
}

interface GpuAdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<{
    info?: GpuAdapterInfoLike;
    isFallbackAdapter?: boolean;
  } | null>;
}

export async function probeWebGpu(nav: { gpu?: GpuLike } = navigator as { gpu?: GpuLike }): Promise<WebGpuProbe> {
  const gpu = nav.gpu;
  if (!gpu) return { apiPresent: false, adapter: null };
  try {
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return { apiPresent: true, adapter: null };
    const info = adapter.info ?? {};
    return {
      apiPresent: true,
      adapter: {
        vendor: info.vendor ?? '',
        architecture: info.architecture ?? '',
        device: info.device ?? '',
        description: info.description ?? '',
        isFallbackAdapter: info.isFallbackAdapter === true || adapter.isFallbackAdapter === true,
      },
    };
  } catch (error) {
    return { apiPresent: true, adapter: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function detectCapabilities(): Promise<Capabilities> {
  return decideCapabilities(await probeWebGpu(), probeWasm());
}
