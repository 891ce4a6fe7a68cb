/* global Event */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-options.mjs';

// WebGPU on the CPU through SwiftShader (see ENGINEERING.md): correct but slow, so only used to check that
// the WebGPU path scores like WASM. The app accepts this software adapter only in this test setup.
const SWIFTSHADER_ARGS = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];

// Chromium's built-in test camera (a moving pattern), granted without a prompt.
const FAKE_CAMERA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

const appUrl = process.env.GZ_E2E_URL;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), ...SWIFTSHADER_ARGS, ...FAKE_CAMERA_ARGS],
});
after(() => browser.close());

const png = (name, seed, defect = 'none') => ({ name, mimeType: 'image/png', buffer: Buffer.from(syntheticPartPng(seed, defect)) });

async function choose(page, buttonName, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(files);
}

async function checkScore(page, file) {
  await choose(page, '检测一张图片…', [file]);
  const signal = page.locator('[data-verdict]').first();
  await page.getByText(`${file.name} · 共`).waitFor({ timeout: 170_000 });
  return Number(/分数 ([\d.]+)/.exec(await signal.innerText())?.[1]);
}

test('the WebGPU path (SwiftShader) scores like WASM, the app says which backend runs, and the live camera reports frames and an unplug', async (t) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(() => {
    localStorage.setItem('gz.e2e.acceptSoftwareWebGpu', '1');
    if (!localStorage.getItem('gz.inspect.backend')) localStorage.setItem('gz.inspect.backend', 'wasm');
  });
  const page = await context.newPage();
  try {
    // About says what runs the checks and why, and holds the setting; Inspect says it in one line.
    await page.goto(`${appUrl}#/about`);
    const about = page.getByRole('region', { name: '视觉检测实际使用的后端' });
    await about.locator('[data-backend-choice^="wasm"]').waitFor({ timeout: 60_000 });
    assert.match(await about.innerText(), /您在检测后端设置中选择了处理器/);
    await page.getByRole('navigation').getByRole('link', { name: '检测' }).click();
    const backend = page.getByRole('region', { name: '推理后端' });
    await backend.locator('[data-backend-choice^="wasm"]').waitFor({ timeout: 60_000 });

    await page.getByLabel('新项目').fill('WebGPU 对比');
    await page.getByRole('button', { name: '新建项目' }).click();
    await choose(
      page,
      '选择良品图片…',
      Array.from({ length: 10 }, (_, i) => png(`good-${i}.png`, 200 + i)),
    );
    await page.getByText('已从 10 张良品图片学习完成。').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: '检测' }).click();
    const probe = png('probe.png', 950, 'pit');
    const wasmScore = await checkScore(page, probe);

    // live camera: verdict, score and frame rate; then the camera is unplugged (its track ends)
    await page.getByRole('button', { name: '打开摄像头' }).click();
    await page.getByTestId('fps').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('fps').innerText(), /每秒 [\d.]+ 帧/);
    await page.evaluate(() => document.querySelector('video')?.srcObject?.getVideoTracks()[0]?.dispatchEvent(new Event('ended')));
    await page.getByText('摄像头已断开。请重新插上，然后点击“打开摄像头”。').waitFor();
    await page.getByRole('button', { name: '打开摄像头' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: '关于' }).click();
    await about.getByLabel('后端').selectOption('webgpu');
    await about.locator('[data-backend-choice="webgpu"]').waitFor({ timeout: 120_000 });
    assert.match(await about.innerText(), /显卡（WebGPU）/);
    assert.match(await about.innerText(), /测试模式：接受软件模拟的显卡/);
    await page.getByRole('navigation').getByRole('link', { name: '检测' }).click();
    await backend.locator('[data-backend-choice="webgpu"]').waitFor({ timeout: 120_000 });
    assert.match(await backend.innerText(), /显卡（WebGPU）/);
    // The project is still the selected one after the visit to About.
    assert.equal(
      await page.locator('.gz-inspect-projects select').evaluate((select) => select.selectedOptions[0]?.textContent),
      'WebGPU 对比',
    );
    await page.getByRole('tab', { name: '检测' }).click();
    const gpuScore = await checkScore(page, probe);
    t.diagnostic(`score on WASM ${wasmScore}, on WebGPU (SwiftShader) ${gpuScore}`);
    assert.ok(Number.isFinite(wasmScore) && Number.isFinite(gpuScore), `${wasmScore} / ${gpuScore}`);
    assert.ok(Math.abs(gpuScore - wasmScore) <= 1e-2 * Math.max(1, Math.abs(wasmScore)), `WebGPU ${gpuScore} vs WASM ${wasmScore}`);
  } catch (error) {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', `${t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`) }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
