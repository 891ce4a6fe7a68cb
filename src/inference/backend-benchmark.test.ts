import { describe, expect, it } from 'vitest';
import {
  benchmarkKey,
  choiceFromBenchmark,
  planBenchmark,
  runBenchmark,
  type CachedBenchmark,
  type TimedSession,
} from './backend-benchmark';
import { decideCapabilities, type GpuAdapterFacts, type WasmProbe } from './capabilities';

const rtx: GpuAdapterFacts = {
  vendor: 'nvidia',
  architecture: 'ada',
  device: '',
  description: 'NVIDIA GeForce RTX 4060',
  isFallbackAdapter: false,
};
const intel: GpuAdapterFacts = { vendor: 'intel', architecture: 'xe', device: '', description: 'Intel Iris Xe', isFallbackAdapter: false };
const swiftShader: GpuAdapterFacts = {
  vendor: 'google',
  architecture: 'swiftshader',
  device: '',
  description: 'SwiftShader Device',
  isFallbackAdapter: false,
};
const wasm: WasmProbe = { simd: true, threads: true, crossOriginIsolated: true, sharedArrayBuffer: true, hardwareConcurrency: 4 };
const withGpu = decideCapabilities({ apiPresent: true, adapter: rtx }, wasm);
const key = benchmarkKey('0.1.0', 'gz-defect-backbone@1.0.0', 'abc', rtx);
const cached = (winner: 'webgpu' | 'wasm', k = key): CachedBenchmark => ({
  key: k,
  winner,
  figures: { webgpuMs: 9, wasmMs: 30 },
  measuredAt: '2026-11-20T08:00:00.000Z',
});

describe('whether to measure at start-up', () => {
  it('measures once on a machine with a real graphics card, then reuses the cached answer', () => {
    expect(planBenchmark(withGpu, 'auto', key, undefined)).toEqual({ kind: 'measure', key });
    expect(planBenchmark(withGpu, 'auto', key, cached('webgpu'))).toMatchObject({ kind: 'cached' });
  });

  it('measures again after an app update, a new model or another graphics card', () => {
    for (const changed of [
      benchmarkKey('0.2.0', 'gz-defect-backbone@1.0.0', 'abc', rtx),
      benchmarkKey('0.1.0', 'gz-defect-backbone@1.1.0', 'def', rtx),
      benchmarkKey('0.1.0', 'gz-defect-backbone@1.0.0', 'abc', intel),
    ]) {
      expect(planBenchmark(withGpu, 'auto', changed, cached('webgpu'))).toEqual({ kind: 'measure', key: changed });
    }
  });

  it('never measures when the user forced a backend, or when there is no real graphics card', () => {
    expect(planBenchmark(withGpu, 'wasm', key, undefined).kind).toBe('skip');
    expect(planBenchmark(withGpu, 'webgpu', key, undefined).kind).toBe('skip');
    const software = decideCapabilities({ apiPresent: true, adapter: swiftShader }, wasm);
    expect(planBenchmark(software, 'auto', benchmarkKey('0.1.0', 'm', 'abc', swiftShader), undefined).kind).toBe('skip');
    expect(planBenchmark(decideCapabilities({ apiPresent: false, adapter: null }, wasm), 'auto', undefined, undefined).kind).toBe('skip');
  });

  it('says a cached choice was measured earlier, with its figures', () => {
    const choice = choiceFromBenchmark(withGpu, cached('wasm'), true);
    expect(choice).toMatchObject({ backend: 'wasm-threads', threads: 3, reasons: ['benchmark-wasm-faster', 'threads-ready'] });
    expect(choice.benchmark).toEqual({ webgpuMs: 9, wasmMs: 30, measuredAt: '2026-11-20T08:00:00.000Z', fromCache: true });
  });
});

/** Fake sessions on a fake clock: each run advances the clock by that backend's cost. */
function fakeBackends(cost: { webgpu: number | 'fails'; wasm: number }) {
  let clock = 0;
  const released: string[] = [];
  const create = (backend: 'webgpu' | 'wasm'): Promise<TimedSession<string>> => {
    const ms = cost[backend];
    if (ms === 'fails') return Promise.reject(new Error('no WebGPU device'));
    return Promise.resolve({
      session: `${backend}-session`,
      run: () => {
        clock += ms;
        return Promise.resolve();
      },
      release: () => {
        released.push(backend);
        return Promise.resolve();
      },
    });
  };
  return { create, released, clock: () => clock };
}

describe('the start-up benchmark', () => {
  const now = () => new Date('2026-11-25T13:00:00Z');

  it('keeps the processor when the graphics card is slower, and frees the GPU session', async () => {
    const fake = fakeBackends({ webgpu: 40, wasm: 25 });
    const run = await runBenchmark(withGpu, key, fake.create, { clock: fake.clock, now });
    expect(run.session).toBe('wasm-session');
    expect(run.choice).toMatchObject({ backend: 'wasm-threads', reasons: ['benchmark-wasm-faster', 'threads-ready'] });
    expect(run.result).toEqual({ key, winner: 'wasm', figures: { webgpuMs: 40, wasmMs: 25 }, measuredAt: '2026-11-25T13:00:00.000Z' });
    expect(fake.released).toEqual(['webgpu']);
  });

  it('uses the graphics card when it is clearly faster', async () => {
    const fake = fakeBackends({ webgpu: 8, wasm: 25 });
    const run = await runBenchmark(withGpu, key, fake.create, { clock: fake.clock, now });
    expect(run.session).toBe('webgpu-session');
    expect(run.choice).toMatchObject({ backend: 'webgpu', reasons: ['benchmark-webgpu-faster', 'webgpu-ready'] });
    expect(run.choice.benchmark).toMatchObject({ webgpuMs: 8, wasmMs: 25, fromCache: false });
    expect(fake.released).toEqual(['wasm']);
  });

  it('stays on the processor on a near tie', async () => {
    const fake = fakeBackends({ webgpu: 24, wasm: 25 });
    expect((await runBenchmark(withGpu, key, fake.create, { clock: fake.clock, now })).result?.winner).toBe('wasm');
  });

  it('falls back to the processor, saying why, when the graphics card cannot run the model (and caches nothing)', async () => {
    const fake = fakeBackends({ webgpu: 'fails', wasm: 25 });
    const run = await runBenchmark(withGpu, key, fake.create, { clock: fake.clock, now });
    expect(run.session).toBe('wasm-session');
    expect(run.choice.reasons[0]).toBe('webgpu-session-failed');
    expect(run.result).toBeUndefined();
  });
});
