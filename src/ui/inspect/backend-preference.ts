import type { BackendPreference } from '../../inference/backend-choice';

const KEY = 'gz.inspect.backend';
const TEST_SOFTWARE_GPU_KEY = 'gz.e2e.acceptSoftwareWebGpu';

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
  const { protocol, hostname } = globalThis.location;
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost') && globalThis.localStorage?.getItem(TEST_SOFTWARE_GPU_KEY) === '1';
}
