import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installFakeDesktopApi, stageFakePick } from '../support/fake-desktop-api.mjs';
import { bundle } from '../support/park-bundles.mjs';
import { isLocal, withApp } from './harness.mjs';

// The park import on the desktop app's path (src/platform/desktop-platform.ts), the preload's DesktopApi played by
// the in-page stand-in (test/support/fake-desktop-api.mjs): the picks answer file infos and each bundle is read
// through readPickedFile when its turn comes; no <input type=file> is involved.
test('desktop: park import of picked files and of a folder, each bundle read through the preload API', async (t) => {
  await withApp(
    t,
    async ({ page, context, requests }) => {
      await context.addInitScript(installFakeDesktopApi);
      await page.reload();
      page.on('filechooser', () => assert.fail('the desktop platform must not open a file input'));
      await page.getByText('还没有园区数据').waitFor();

      const text = (relativePath, value) => ({ relativePath, bytes: Buffer.from(value) });
      await stageFakePick(page, [
        ...Array.from({ length: 12 }, (_, i) => text(`b${i}.json`, bundle(i))),
        text('broken.json', bundle(40).slice(0, 90)),
      ]);
      await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
      const report = page.getByTestId('park-import-report');
      await report.getByText('导入了 12 份自评，1 份没有导入。').waitFor();
      await report.getByText(/broken\.json：文件不是有效的 JSON/).waitFor();
      await page.getByRole('heading', { name: '12 份自评的等级分布' }).waitFor();

      // a folder: only the .json files are read; one already pooled is refused as such
      await stageFakePick(page, [
        text('more/b20.json', bundle(20)),
        text('more/b21.json', bundle(21)),
        text('more/b3.json', bundle(3)),
        text('more/notes.txt', '说明'),
      ]);
      await page.getByRole('button', { name: '导入整个文件夹…' }).click();
      await report.getByText('导入了 2 份自评，1 份没有导入。').waitFor();
      await report.getByText('b3.json：园区数据里已有同一份自评（内容相同），没有重复导入。').waitFor();
      await page.getByRole('heading', { name: '14 份自评的等级分布' }).waitFor();

      // every bundle came through the API: one pick of each kind, one read per .json file (13 + 3)
      assert.deepEqual(await page.evaluate(() => window.__gzFakeDesktop.counts()), { openFiles: 1, openFolder: 1, readPickedFile: 16 });
      assert.deepEqual(
        requests.filter((url) => !isLocal(url)),
        [],
      );
    },
    { path: '/park' },
  );
});
