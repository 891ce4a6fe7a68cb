import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { withApp, expectCount } from './harness.mjs';

test('the clients screen finds a client and exports a follow-up sheet with level, gaps and solutions', async (t) => {
  await withApp(t, async ({ page, requests }) => {
    await page.goto(page.url().replace(/#.*$/, '#/demo'));
    await page.getByRole('button', { name: '重置演示' }).click();
    await page.getByRole('status').getByText('演示已恢复到初始状态。').waitFor();
    await page.getByRole('link', { name: '客户' }).click();
    const table = page.getByRole('table', { name: '客户列表' });
    await table.getByRole('row').nth(6).waitFor();
    await page.getByRole('searchbox').fill('榨菜');
    await table.getByRole('row', { name: /涪陵鲜脆榨菜食品有限公司/ }).waitFor();
    await expectCount(table.getByRole('row'), 2);
    await page.getByRole('searchbox').fill('');
    await table.getByRole('row').nth(6).waitFor();

    // Per-client backup: export the food processor's file and import it back as a real client.
    const folder = await mkdtemp(join(tmpdir(), 'gz-clients-'));
    const clientFile = join(folder, 'client.json');
    const clientDownload = page.waitForEvent('download');
    await table
      .getByRole('row', { name: /涪陵鲜脆榨菜食品有限公司/ })
      .getByRole('button', { name: '导出客户文件' })
      .click();
    await (await clientDownload).saveAs(clientFile);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入客户文件' }).click();
    await (await chooser).setFiles(clientFile);
    await page.getByRole('status').getByText('已导入为新客户“涪陵鲜脆榨菜食品有限公司”，原有客户没有改动。').waitFor();
    await table.getByRole('row').nth(7).waitFor();

    // The follow-up sheet lists real clients only, not the demo samples.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出跟进表（Excel）' }).click();
    const file = join(folder, 'follow-up.xlsx');
    await (await download).saveAs(file);
    await page.getByRole('status').getByText('跟进表已保存，共 1 家客户。').waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(file));
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.rowCount, 2);
    const header = sheet.getRow(1).values.slice(1);
    assert.deepEqual(header.slice(0, 5), ['企业', '联系人', '电话', '产业集群', '评估等级']);
    const food = sheet.getRow(2);
    assert.equal(food.getCell(1).value, '涪陵鲜脆榨菜食品有限公司');
    assert.match(String(food.getCell(2).value), /陈德明/);
    assert.match(String(food.getCell(5).value), /级/);
    assert.ok(String(food.getCell(7).value).length > 0, 'gaps');
    assert.ok(String(food.getCell(8).value).length > 0, 'solutions');
    // The sheet's roadmap is the exact solver's, planned in the roadmap worker.
    assert.ok(
      requests.some((url) => /roadmap\.worker/.test(url)),
      'planned in the roadmap worker',
    );
  });
});
