import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { withApp } from './harness.mjs';

test('the clients screen finds a client and exports a follow-up sheet with level, gaps and solutions', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.goto(page.url().replace(/#.*$/, '#/demo'));
    await page.getByRole('button', { name: '重置演示' }).click();
    await page.getByRole('status').getByText('演示已恢复到初始状态。').waitFor();
    await page.getByRole('link', { name: '客户' }).click();
    const table = page.getByRole('table', { name: '客户列表' });
    await table.getByRole('row').nth(6).waitFor();
    await page.getByRole('searchbox').fill('榨菜');
    await table.getByRole('row', { name: /涪陵鲜脆榨菜食品有限公司/ }).waitFor();
    assert.equal(await table.getByRole('row').count(), 2);
    await page.getByRole('searchbox').fill('');
    await table.getByRole('row').nth(6).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出跟进表（Excel）' }).click();
    const file = join(await mkdtemp(join(tmpdir(), 'gz-clients-')), 'follow-up.xlsx');
    await (await download).saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(file));
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.rowCount, 7);
    const header = sheet.getRow(1).values.slice(1);
    assert.deepEqual(header.slice(0, 5), ['企业', '联系人', '电话', '产业集群', '评估等级']);
    const food = sheet.getRows(2, 6).find((row) => row.getCell(1).value === '涪陵鲜脆榨菜食品有限公司');
    assert.ok(food, 'food processor row');
    assert.match(String(food.getCell(2).value), /陈德明/);
    assert.match(String(food.getCell(5).value), /级/);
    assert.ok(String(food.getCell(7).value).length > 0, 'gaps');
    assert.ok(String(food.getCell(8).value).length > 0, 'solutions');
  });
});
