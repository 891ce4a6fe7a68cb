import { describe, expect, it } from 'vitest';
import {
  decideCapabilities,
  decideWasmThreads,
  decideWebGpu,
  probeWasm,
  probeWebGpu,
  type GpuAdapterFacts,
  type WasmProbe,
} from './capabilities';

const discreteGpu: GpuAdapterFacts = {
  vendor: 'nvidia',
  architecture: 'ada',
  device: '',
  description: 'NVIDIA GeForce RTX 4060',
  isFallbackAdapter: false,
};
const swiftShader: GpuAdapterFacts = {
  vendor: 'google',
  architecture: 'swiftshader',
  device: '',
  description: 'SwiftShader Device (Subzero)',
  isFallbackAdapter: false,
};
const isolatedFourCores: WasmProbe = {
  simd: true,
  threads: true,
  crossOriginIsolated: true,
  sharedArrayBuffer: true,
  hardwareConcurrency: 4,
};

describe('WebGPU decision', () => {
  it('uses a real GPU adapter', () => {
    expect(decideWebGpu({ apiPresent: true, adapter: discreteGpu })).toMatchObject({ available: true, reason: 'webgpu-ready' });
  });

  it('rejects software adapters however they announce themselves', () => {
    expect(decideWebGpu({ apiPresent: true, adapter: swiftShader }).reason).toBe('webgpu-software-adapter');
    const llvmpipe = { ...discreteGpu, vendor: 'mesa', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' };
    expect(decideWebGpu({ apiPresent: true, adapter: llvmpipe }).available).toBe(false);
    const fallback = { ...discreteGpu, isFallbackAdapter: true };
    expect(decideWebGpu({ apiPresent: true, adapter: fallback }).reason).toBe('webgpu-software-adapter');
  });

  it('says why when there is no API, no adapter, or asking failed', () => {
    expect(decideWebGpu({ apiPresent: false, adapter: null }).reason).toBe('webgpu-no-api');
    expect(decideWebGpu({ apiPresent: true, adapter: null }).reason).toBe('webgpu-no-adapter');
    expect(decideWebGpu({ apiPresent: true, adapter: null, error: 'lost' }).reason).toBe('webgpu-probe-failed');
  });
});

describe('WASM threads decision', () => {
  it('needs cross-origin isolation, shared memory and more than one core, and keeps a core for decoding and scoring', () => {
    expect(decideWasmThreads(isolatedFourCores)).toMatchObject({ available: true, threadCount: 3 });
    expect(decideWasmThreads({ ...isolatedFourCores, crossOriginIsolated: false }).reason).toBe('threads-not-isolated');
    expect(decideWasmThreads({ ...isolatedFourCores, sharedArrayBuffer: false }).reason).toBe('threads-no-shared-memory');
    expect(decideWasmThreads({ ...isolatedFourCores, hardwareConcurrency: 1 }).reason).toBe('threads-single-core');
    expect(decideWasmThreads({ ...isolatedFourCores, threads: false }).reason).toBe('threads-unsupported');
    expect(decideWasmThreads({ ...isolatedFourCores, hardwareConcurrency: 16 }).threadCount).toBe(4);
    // on two cores the model gets one thread, and the reason says where the other core goes
    expect(decideWasmThreads({ ...isolatedFourCores, hardwareConcurrency: 2 })).toMatchObject({
      available: true,
      threadCount: 1,
      reason: 'threads-core-for-images',
    });
  });
});

describe('preferred backend', () => {
  it('prefers a real GPU and falls back to WASM on a software adapter', () => {
    expect(decideCapabilities({ apiPresent: true, adapter: discreteGpu }, isolatedFourCores).preferred).toBe('webgpu');
    expect(decideCapabilities({ apiPresent: true, adapter: swiftShader }, isolatedFourCores).preferred).toBe('wasm');
  });
});

describe('probes', () => {
  it('recognise SIMD and threads in a runtime that has them (Node)', () => {
    const probe = probeWasm(globalThis);
    expect(probe.simd).toBe(true);
    expect(probe.threads).toBe(true);
    expect(probe.sharedArrayBuffer).toBe(true);
  });

  it('report no SIMD where WebAssembly rejects the module', () => {
    expect(probeWasm({ WebAssembly: { validate: () => false } }).simd).toBe(false);
    expect(probeWasm({}).threads).toBe(false);
  });

  it('read adapter facts from adapter.info and survive a throwing requestAdapter', async () => {
    const gpu = { requestAdapter: () => Promise.resolve({ info: { vendor: 'google', architecture: 'swiftshader' } }) };
    expect((await probeWebGpu({ gpu })).adapter).toMatchObject({ vendor: 'google', architecture: 'swiftshader' });
    const broken = { requestAdapter: () => Promise.reject(new Error('device lost')) };
    expect(await probeWebGpu({ gpu: broken })).toEqual({ apiPresent: true, adapter: null, error: 'device lost' });
    expect(await probeWebGpu({})).toEqual({ apiPresent: false, adapter: null });
  });
});
