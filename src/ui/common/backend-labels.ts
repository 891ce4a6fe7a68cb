import type { BackendId, BackendReason } from '../../app/inspection';

/* Spelled out in full (not built from the code): the compiler checks every key against the locale files. */
export const backendNameKeys = {
  webgpu: 'common:backends.names.webgpu',
  'wasm-simd': 'common:backends.names.wasmSimd',
  'wasm-threads': 'common:backends.names.wasmThreads',
} as const satisfies Record<BackendId, string>;

export const backendReasonKeys = {
  'webgpu-ready': 'common:backends.reasons.webgpuReady',
  'webgpu-no-api': 'common:backends.reasons.webgpuNoApi',
  'webgpu-no-adapter': 'common:backends.reasons.webgpuNoAdapter',
  'webgpu-software-adapter': 'common:backends.reasons.webgpuSoftwareAdapter',
  'webgpu-probe-failed': 'common:backends.reasons.webgpuProbeFailed',
  'simd-ready': 'common:backends.reasons.simdReady',
  'simd-unsupported': 'common:backends.reasons.simdUnsupported',
  'threads-ready': 'common:backends.reasons.threadsReady',
  'threads-not-isolated': 'common:backends.reasons.threadsNotIsolated',
  'threads-no-shared-memory': 'common:backends.reasons.threadsNoSharedMemory',
  'threads-unsupported': 'common:backends.reasons.threadsUnsupported',
  'threads-single-core': 'common:backends.reasons.threadsSingleCore',
  'threads-core-for-images': 'common:backends.reasons.threadsCoreForImages',
} as const satisfies Record<BackendReason, string>;
