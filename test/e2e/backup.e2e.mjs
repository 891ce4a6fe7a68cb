import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

const folder = mkdtempSync(join(tmpdir(), 'gongzhi-backup-e2e-'));

async function createCompany(page, name) {
  await page.getByTestId('company-switcher').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '新建企业' }).click();
  await dialog.getByLabel('企业名称').fill(name);
  await dialog.getByRole('button', { name: '创建并切换' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('company-switcher').getByText(name).waitFor();
}

async function exportBackup(page, fileName) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份…' }).click()]);
  const path = join(folder, fileName);
  await download.saveAs(path);
  await page.getByText('备份已保存。').waitFor();
  return { path, suggested: download.suggestedFilename() };
}

async function pickForRestore(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '从备份恢复…' }).click()]);
  await chooser.setFiles(path);
}

async function companyNames(page) {
  await page.getByTestId('company-switcher').click();
  const dialog = page.getByRole('dialog');
  const names = await dialog.getByRole('list', { name: '企业列表' }).getByRole('button').allInnerTexts();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return names.map((text) => text.split('\n')[0]).sort();
}

const largeText = (page) => page.evaluate(() => document.documentElement.dataset.textSize === 'large');

test('a backup brings back companies and settings, after a confirmation that shows what it holds', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
      await createCompany(page, '重庆长江精密机械有限公司');
      await page.getByRole('switch', { name: '大字号' }).check();
      const backup = await exportBackup(page, 'workspace.gzbak');
      assert.match(backup.suggested, /^gongzhi-backup-\d{4}-\d{2}-\d{2}-\d{4}\.gzbak$/);
      assert.equal(readFileSync(backup.path).subarray(0, 15).toString(), 'GONGZHI-BACKUP\n');

      // The workspace moves on after the backup…
      await createCompany(page, '两江新区食品加工厂');
      await page.getByRole('switch', { name: '大字号' }).uncheck();

      // …and cancelling the confirmation changes nothing.
      await pickForRestore(page, backup.path);
      const confirmation = page.getByRole('alertdialog', { name: '用这个备份替换当前工作区？' });
      await confirmation.waitFor();
      const shown = await confirmation.innerText();
      assert.match(shown, /workspace\.gzbak/);
      assert.match(shown, /备份时间\s+\d{4}年\d{1,2}月\d{1,2}日/);
      assert.match(shown, /创建它的应用版本\s+\d+\.\d+\.\d+/);
      assert.match(shown, /企业\s+1\s/);
      assert.match(shown, /设置\s+1\s/);
      await confirmation.getByRole('button', { name: '取消' }).click();
      await confirmation.waitFor({ state: 'hidden' });
      assert.deepEqual(await companyNames(page), ['两江新区食品加工厂', '重庆长江精密机械有限公司']);

      await pickForRestore(page, backup.path);
      await Promise.all([page.waitForEvent('load'), confirmation.getByRole('button', { name: '替换当前工作区' }).click()]);
      await page.getByTestId('company-switcher').getByText('重庆长江精密机械有限公司').waitFor();
      assert.deepEqual(await companyNames(page), ['重庆长江精密机械有限公司']);
      assert.equal(await largeText(page), true);
    },
    { path: '/settings' },
  );
});

test('a foreign or cut-short file is refused with a clear message and the workspace stays as it was', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
      await createCompany(page, '璧山电子配件厂');
      const backup = await exportBackup(page, 'whole.gzbak');
      const bytes = readFileSync(backup.path);
      const cut = join(folder, 'cut.gzbak');
      writeFileSync(cut, bytes.subarray(0, bytes.length - 8));
      const photo = join(folder, 'photo.gzbak');
      writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

      await pickForRestore(page, photo);
      await page.getByRole('alert').getByText('这不是工智备份文件', { exact: false }).waitFor();
      await pickForRestore(page, cut);
      await page.getByRole('alert').getByText('备份文件不完整', { exact: false }).waitFor();
      await expectCount(page.getByRole('alertdialog'), 0);
      assert.deepEqual(await companyNames(page), ['璧山电子配件厂']);
    },
    { path: '/settings' },
  );
});
