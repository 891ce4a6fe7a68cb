import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installFakeDesktopApi, stageFakePick } from '../support/fake-desktop-api.mjs';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { isLocal, withApp } from './harness.mjs';

// The renderer on its desktop platform (src/platform/desktop-platform.ts), with the preload's DesktopApi played by
// an in-page stand-in (test/support/fake-desktop-api.mjs): folders come from the "main process" as file infos and
// each image is read through readPickedFile when its turn comes; no <input type=file> is involved.
const part = (relativePath, seed, defect = 'none') => ({ relativePath, bytes: syntheticPartPng(seed, defect) });

test('desktop: teach from a picked folder and batch-check another, images read through the preload API', async (t) => {
  await withApp(
    t,
    async ({ page, context, requests }) => {
      await context.addInitScript(installFakeDesktopApi);
      await page.reload();
      page.on('filechooser', () => assert.fail('the desktop platform must not open a file input'));
      await page.locator('[data-backend-choice]').waitFor({ timeout: 60_000 });
      await page.getByLabel('新项目').fill('桌面工位');
      await page.getByRole('button', { name: '新建项目' }).click();

      // a folder holds other files too: only the images are taught from, dotfiles never reach the app
      await stageFakePick(page, [
        ...Array.from({ length: 12 }, (_, i) => part(`good/g${String(i).padStart(2, '0')}.png`, 300 + i)),
        { relativePath: 'good/readme.txt', bytes: Buffer.from('说明') },
        { relativePath: 'good/.DS_Store', bytes: new Uint8Array([0]) },
      ]);
      await page.getByRole('button', { name: '选择良品图片文件夹…' }).click();
      await page.getByText('已从 12 张良品图片学习完成。').waitFor({ timeout: 120_000 });

      await page.getByRole('tab', { name: '检测' }).click();
      await stageFakePick(page, [
        part('line-2/a.png', 911),
        part('line-2/b.png', 912),
        part('line-2/pit.png', 913, 'pit'),
        part('line-2/scratch.png', 914, 'scratch'),
        { relativePath: 'line-2/zero.png', bytes: new Uint8Array(0) },
      ]);
      await page.getByRole('button', { name: '检测文件夹…' }).click();
      await page.locator('[data-batch-status="done"]').waitFor({ timeout: 120_000 });
      assert.match(await page.getByTestId('batch').innerText(), /已检测 5 \/ 5/);
      assert.match(await page.getByRole('list', { name: '无法检测的图片' }).innerText(), /line-2\/zero\.png: 文件是空的/);

      await page.getByRole('tab', { name: '记录' }).click();
      const results = page.getByRole('list', { name: '检测结果' });
      await results.locator('[data-file]').nth(3).waitFor();
      for (const name of ['line-2/a.png', 'line-2/b.png'])
        assert.equal(await results.locator(`[data-file="${name}"]`).getAttribute('data-verdict'), 'ok', name);
      for (const name of ['line-2/pit.png', 'line-2/scratch.png'])
        assert.equal(await results.locator(`[data-file="${name}"]`).getAttribute('data-verdict'), 'ng', name);

      // every image came through the API: two folder picks, one read per image (12 taught, 5 queued)
      const counts = await page.evaluate(() => window.__gzFakeDesktop.counts());
      assert.deepEqual(counts, { openFiles: 0, openFolder: 2, readPickedFile: 17 });
      assert.deepEqual(
        requests.filter((url) => !isLocal(url)),
        [],
      );
    },
    { path: '/inspect' },
  );
});
