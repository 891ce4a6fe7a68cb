import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

test('About lists the inference backends of this machine with the reason for each', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      const section = page.getByRole('region', { name: '本机推理后端' });
      await section.locator('[data-backend]').first().waitFor();
      await expectCount(section.locator('[data-backend]'), 3);

      // Chromium runs with --disable-gpu here: WebGPU has no adapter, so WASM is chosen and the reason is shown.
      const webgpu = section.locator('[data-backend="webgpu"]');
      assert.match(await webgpu.innerText(), /WebGPU[\s\S]*不可用[\s\S]*(没有提供可用的显卡|不支持 WebGPU|软件模拟)/);

      // The served app is cross-origin isolated, so multi-threaded WASM is offered.
      const threads = section.locator('[data-backend="wasm-threads"]');
      assert.match(await threads.innerText(), /多线程[\s\S]*可用[\s\S]*将使用 \d+ 个线程/);
      assert.match(await section.locator('[data-backend="wasm-simd"]').innerText(), /可用/);

      // What the inspection worker really runs on, as it reported when it started, and why
      const running = page.getByRole('region', { name: '视觉检测实际使用的后端' });
      await running.locator('[data-backend-choice]').waitFor({ timeout: 60_000 });
      assert.equal(await running.locator('[data-backend-choice]').getAttribute('data-backend-choice'), 'wasm-threads');
      assert.match(await running.innerText(), /正在使用处理器运行（WebAssembly，\d+ 个线程）/);
      assert.match(await running.innerText(), /没有提供可用的显卡|不支持 WebGPU|软件模拟/);

      // Forcing the processor on the Inspect screen changes what About reports, with the reason
      await page.evaluate(() => localStorage.setItem('gz.inspect.backend', 'wasm'));
      await page.reload();
      await running.getByText('您在检测后端设置中选择了处理器。').waitFor({ timeout: 60_000 });

      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      const app = page.getByRole('region', { name: '应用信息' });
      assert.equal(await app.getByTestId('app-version').innerText(), version);
      await app.getByText('浏览器版').waitFor();
    },
    { path: '/about' },
  );
});
