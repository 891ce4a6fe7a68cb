/* global IDBObjectStore, DOMException, Event */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-options.mjs';
import { isLocal, expectCount } from './harness.mjs';

// Chromium's built-in test camera (a moving pattern), granted without a prompt; WASM as everywhere else.
const FAKE_CAMERA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const appUrl = process.env.GZ_E2E_URL;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...FAKE_CAMERA_ARGS] });
after(() => browser.close());

const png = (name, seed, defect = 'none') => ({ name, mimeType: 'image/png', buffer: Buffer.from(syntheticPartPng(seed, defect)) });

async function choose(page, buttonName, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(files);
}

async function withCameraApp(t, body) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    await page.goto(`${appUrl}#/inspect`);
    await page.getByRole('region', { name: '推理后端' }).locator('[data-backend-choice]').waitFor({ timeout: 60_000 });
    await body(page);
    assert.deepEqual(
      requests.filter((url) => !isLocal(url)),
      [],
    );
  } catch (error) {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', `${t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`) }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

test('teach good parts captured from the live camera (button and Space key), with a count and the usual fit', async (t) => {
  await withCameraApp(t, async (page) => {
    await page.getByLabel('新项目').fill('摄像头工位');
    await page.getByRole('button', { name: '新建项目' }).click();

    const teachCamera = page.locator('.gz-inspect-camera-teach');
    await teachCamera.getByRole('button', { name: '打开摄像头' }).click();
    const capture = page.getByRole('button', { name: '拍摄良品' });
    await capture.waitFor();
    const count = page.locator('[data-captured]');
    assert.equal(await count.innerText(), '已拍摄 0 张（需要 10–100 张）');
    const teach = page.getByRole('button', { name: /用拍摄的 \d+ 张图片学习/ });
    for (let i = 1; i <= 4; i++) {
      await capture.click();
      await page.locator(`[data-captured="${i}"]`).waitFor();
    }
    assert.equal(await teach.isDisabled(), true, 'fewer than 10 captures cannot be taught');
    // the keyboard shortcut captures too (focus away from the buttons, as after clicking the preview)
    await page.getByRole('heading', { name: '用摄像头拍摄良品' }).click();
    for (let i = 5; i <= 12; i++) {
      await page.keyboard.press('Space');
      await page.locator(`[data-captured="${i}"]`).waitFor();
    }
    assert.equal(await count.innerText(), '已拍摄 12 张（需要 10–100 张）');
    mkdirSync('test-results', { recursive: true });
    await page.locator('.gz-inspect-camera-teach').screenshot({ path: 'test-results/inspect-teach-camera-zh-CN.png' });

    await page.getByRole('button', { name: '用拍摄的 12 张图片学习' }).click();
    await page.getByText('已从 12 张良品图片学习完成。').waitFor({ timeout: 120_000 });
    await page.getByText('本项目已用 12 张良品图片训练。').waitFor();
    // the captures were used up; the threshold histogram of the fitted model is shown
    assert.equal(await count.getAttribute('data-captured'), '0');
    await page.locator('[data-false-alarm-rate]').waitFor();

    // the camera is unplugged while the preview runs: the app says so and offers to open it again
    await teachCamera.locator('video').evaluate((video) => video.srcObject.getVideoTracks()[0].dispatchEvent(new Event('ended')));
    await teachCamera.getByText('摄像头已断开。请重新插上，然后点击“打开摄像头”。').waitFor();
    await teachCamera.getByRole('button', { name: '打开摄像头' }).waitFor();

    // defect examples come from the camera too, named by the type typed in
    const types = page.getByRole('region', { name: '缺陷图片' });
    await types.getByLabel('缺陷类型').fill('划痕');
    await types.getByRole('button', { name: '打开摄像头' }).click();
    await types.getByRole('button', { name: '拍摄缺陷样例：划痕' }).click();
    await types.getByText('划痕：1 张样例').waitFor();
  });
});

test('a full disk during a batch: the batch pauses with a clear message, keeps what was stored, and resumes once space is freed', async (t) => {
  await withCameraApp(t, async (page) => {
    await page.getByLabel('新项目').fill('磁盘已满');
    await page.getByRole('button', { name: '新建项目' }).click();
    await choose(
      page,
      '选择良品图片…',
      Array.from({ length: 10 }, (_, i) => png(`good-${i}.png`, 300 + i)),
    );
    await page.getByText('已从 10 张良品图片学习完成。').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: '检测' }).click();

    // IndexedDB refuses to store the third result onwards, as it does when the disk or the quota is full
    await page.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      let stored = 0;
      window.__diskFull = true;
      IDBObjectStore.prototype.add = function (...args) {
        if (this.name === 'inspectionResults' && window.__diskFull && ++stored > 2)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      };
    });
    await choose(
      page,
      '检测多张图片…',
      Array.from({ length: 6 }, (_, i) => png(`b-${i}.png`, 800 + i)),
    );
    const alert = page.getByTestId('batch-error');
    await alert.waitFor({ timeout: 120_000 });
    assert.match(await alert.innerText(), /磁盘空间不足，未能保存。/);
    assert.match(await alert.innerText(), /批量检测已暂停：已检测的 2 张结果都已保存，还有 4 张在队列中等待。请清理磁盘空间后点击“继续”。/);
    await page.locator('[data-batch-status="paused"]').waitFor();
    mkdirSync('test-results', { recursive: true });
    await page.getByTestId('batch').screenshot({ path: 'test-results/inspect-batch-disk-full-zh-CN.png' });

    // space freed: resume finishes the queue, and every image is stored exactly once
    await page.evaluate(() => (window.__diskFull = false));
    await page.getByRole('button', { name: '继续' }).click();
    await page.locator('[data-batch-status="done"]').waitFor({ timeout: 120_000 });
    await expectCount(alert, 0);
    await page.getByRole('tab', { name: '记录' }).click();
    const results = page.getByRole('list', { name: '检测结果' });
    await results.locator('[data-file]').nth(5).waitFor();
    const names = await results.locator('[data-file]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')).sort());
    assert.deepEqual(names, ['b-0.png', 'b-1.png', 'b-2.png', 'b-3.png', 'b-4.png', 'b-5.png']);
  });
});
