import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

test('About lists the inference backends of this machine with the reason for each', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      const section = page.getByRole('region', { name: '本机推理后端' });
      await section.locator('[data-backend]').first().waitFor();
      assert.equal(await section.locator('[data-backend]').count(), 3);

      // Chromium runs with --disable-gpu here: WebGPU has no adapter, so WASM is chosen and the reason is shown.
      const webgpu = section.locator('[data-backend="webgpu"]');
      assert.match(await webgpu.innerText(), /WebGPU[\s\S]*不可用[\s\S]*(没有提供可用的显卡|不支持 WebGPU|软件模拟)/);
      await section.getByText('视觉检测将使用：WebAssembly（处理器）').waitFor();

      // The served app is cross-origin isolated, so multi-threaded WASM is offered.
      const threads = section.locator('[data-backend="wasm-threads"]');
      assert.match(await threads.innerText(), /多线程[\s\S]*可用[\s\S]*将使用 \d+ 个线程/);
      assert.match(await section.locator('[data-backend="wasm-simd"]').innerText(), /可用/);

      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      const app = page.getByRole('region', { name: '应用信息' });
      assert.equal(await app.getByTestId('app-version').innerText(), version);
      await app.getByText('浏览器版').waitFor();
    },
    { path: '/about' },
  );
});
