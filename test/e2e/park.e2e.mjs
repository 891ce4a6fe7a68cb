import { test } from 'node:test';
import { bundle } from '../support/park-bundles.mjs';
import { withApp } from './harness.mjs';

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('park view imports many bundles, refuses bad and duplicate ones with reasons, and shows the distribution apart from clients', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByRole('link', { name: '园区' }).click();
    await page.getByText('还没有园区数据').waitFor();
    const files = [
      ...Array.from({ length: 30 }, (_, i) => file(`b${i}.json`, bundle(i))),
      file('old-version.json', bundle(40, { version: '0.9.0' })),
      file('broken.json', bundle(41).slice(0, 120)),
      file('copy-of-b3.json', bundle(3)),
    ];
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
    await (await chooser).setFiles(files);
    const report = page.getByTestId('park-import-report');
    await report.getByText('导入了 30 份自评，3 份没有导入。').waitFor();
    await report.getByText(/old-version\.json：本机没有评估框架 quick-check 的 0\.9\.0 版本/).waitFor();
    await report.getByText(/broken\.json：文件不是有效的 JSON/).waitFor();
    await report.getByText('copy-of-b3.json：这次选择的文件里已有同一份自评，没有重复导入。').waitFor();
    await page.getByRole('heading', { name: '30 份自评的等级分布' }).waitFor();
    const byCluster = page.getByRole('table', { name: '按产业集群' });
    await byCluster.getByRole('row', { name: /智能网联新能源汽车\s+10\b/ }).waitFor();

    // The same files again: all recognised as already pooled.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
    await (await again).setFiles(files.slice(0, 5));
    await report.getByText('导入了 0 份自评，5 份没有导入。').waitFor();
    await report.getByText('b0.json：园区数据里已有同一份自评（内容相同），没有重复导入。').waitFor();

    // Pooled companies are not clients.
    await page.getByTestId('company-switcher').click();
    await page.getByRole('dialog').getByText('还没有企业').waitFor();
  });
});
