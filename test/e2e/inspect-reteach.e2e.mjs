/* global indexedDB, TextDecoder, TextEncoder */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { withApp, expectCount } from './harness.mjs';

const png = (name, seed, defect = 'none') => ({ name, mimeType: 'image/png', buffer: Buffer.from(syntheticPartPng(seed, defect)) });
const manifest = JSON.parse(readFileSync(new URL('../../models/manifest.json', import.meta.url), 'utf8'));
const installedSha = manifest.models.find((m) => m.name === 'gz-defect-backbone').sha256;

async function choose(page, buttonName, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(files);
}

test('a project taught with an earlier backbone says so and is taught again from its stored teaching images', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      await page.getByRole('region', { name: '推理后端' }).locator('[data-backend-choice]').waitFor({ timeout: 60_000 });
      await page.getByLabel('新项目').fill('旧模型工位');
      await page.getByRole('button', { name: '新建项目' }).click();
      await choose(
        page,
        '选择良品图片…',
        Array.from({ length: 12 }, (_, i) => png(`good-${i}.png`, 100 + i)),
      );
      await page.getByText('已从 12 张良品图片学习完成。').waitFor({ timeout: 120_000 });

      // As after an app update that ships another backbone: the stored model names a backbone that is no longer
      // installed (its header's hash rewritten, checksum kept valid, so only the backbone check can refuse it).
      const replaced = await page.evaluate(async (sha) => {
        const crc32 = (bytes) => {
          let c = ~0;
          for (const b of bytes) {
            c ^= b;
            for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
          }
          return ~c >>> 0;
        };
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('gongzhi');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const store = db.transaction('inspectionProjects', 'readwrite').objectStore('inspectionProjects');
        const projects = await new Promise((resolve) => (store.getAll().onsuccess = (e) => resolve(e.target.result)));
        const project = projects[0];
        const model = new Uint8Array(project.model);
        const text = new TextDecoder('latin1').decode(model);
        const at = text.indexOf(sha);
        if (at < 0) return false;
        model.set(new TextEncoder().encode('f'.repeat(64)), at);
        new DataView(model.buffer).setUint32(model.length - 4, crc32(model.subarray(0, model.length - 4)), true);
        await new Promise((resolve) => (store.put({ ...project, model }).onsuccess = resolve));
        db.close();
        return true;
      }, installedSha);
      assert.equal(replaced, true);
      await page.reload();

      await page.getByRole('tab', { name: '检测' }).click();
      await page.getByRole('alert').getByText('项目是用其他版本的模型训练的。请重新训练项目。').waitFor({ timeout: 60_000 });
      assert.match(await page.getByTestId('refit-stale').innerText(), /保存的 12 张训练图片重新训练/);
      // nothing can be checked with the refused model
      await expectCount(page.getByRole('button', { name: '检测多张图片…' }), 0);

      await page.getByRole('button', { name: '用保存的训练图片重新训练' }).click();
      const preview = page.getByTestId('refit-preview');
      await preview.waitFor({ timeout: 120_000 });
      await preview.getByRole('button', { name: '使用新模型' }).click();

      // taught again: the refusal is gone and a batch checks as before
      await page.getByRole('button', { name: '检测多张图片…' }).waitFor({ timeout: 60_000 });
      await expectCount(page.getByTestId('refit-stale'), 0);
      await choose(page, '检测多张图片…', [png('ok.png', 901), png('pit.png', 904, 'pit')]);
      await page.locator('[data-batch-status="done"]').waitFor({ timeout: 120_000 });
      await page.getByRole('tab', { name: '记录' }).click();
      const results = page.getByRole('list', { name: '检测结果' });
      await results.locator('[data-file]').nth(1).waitFor();
      assert.equal(await results.locator('[data-file="ok.png"]').getAttribute('data-verdict'), 'ok');
      assert.equal(await results.locator('[data-file="pit.png"]').getAttribute('data-verdict'), 'ng');
    },
    { path: '/inspect' },
  );
});
