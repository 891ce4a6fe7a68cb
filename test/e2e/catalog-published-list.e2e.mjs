import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { withApp } from './harness.mjs';
import { findHorizontalOverflow, findRawText } from './screen-checks.mjs';
import { namespaces, switchLanguage } from './screen-walk.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const allowedWords = ['CSV', 'AI', 'OEE', 'SMT', 'SaaS', 'GBK'];

// Under the name a district would give it (an English file name would read as English text in the zh-CN checks).
const listDir = mkdtempSync(join(tmpdir(), 'gz-list-'));
const list = join(listDir, '区县高价值应用清单.csv');
copyFileSync(join(process.cwd(), 'test', 'fixtures', 'catalog-lists', '01-district-gbk.csv'), list);
const shots = process.env.GZ_SHOTS;

async function chooseFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择文件并检查' }).click()]);
  await chooser.setFiles(path);
}

test('A published list (GBK CSV, category rows, 待定, "1,2,3") imports through the mapping screen and is planned with', async (t) => {
  await withApp(
    t,
    async ({ page, pageErrors }) => {
      await page.getByRole('tab', { name: '导入清单' }).click();
      await page.getByLabel(/清单发布方/).fill('某区经信委');
      await chooseFile(page, list);

      // The mapping found, column by column, with samples.
      const mapping = page.getByRole('table', { name: '各列对应的字段' });
      await mapping.waitFor();
      assert.equal(await page.getByLabel('第 G 列（参考价格（万元））对应的字段').inputValue(), 'price');
      assert.match(await mapping.getByRole('row').filter({ hasText: '参考价格（万元）' }).innerText(), /15-25、3\/年、５-８/);
      await page.getByText('可导入 5 条；0 行不能导入；1 条提示。').waitFor();
      const items = page.getByRole('table', { name: '将导入的条目' });
      assert.match(await items.getByRole('row').filter({ hasText: '能耗监测平台' }).innerText(), /价格面议/);
      assert.match(await items.getByRole('row').filter({ hasText: '质量追溯系统' }).innerText(), /20–30 万元\s+未注明/);
      await page.getByText('提示（1 条，这些行仍会导入）').click();
      await page.getByText('实施周期“1,2,3”里有好几个数字，不知道是哪个，按“未注明”导入。').waitFor();

      // The price column is really a yearly fee in this list: change it, and the list is read again.
      await page.getByLabel('第 G 列（参考价格（万元））对应的字段').selectOption('yearly');
      await items.getByRole('row').filter({ hasText: '冲压件表面缺陷视觉检测' }).getByText('15–25 万元/年').waitFor();

      await page.getByRole('button', { name: '确认导入 5 条并启用' }).click();
      await page.getByText('已导入 5 条，新清单已启用。').waitFor();

      // In the catalog browser: the entries as stored.
      await page.getByRole('tab', { name: '浏览清单' }).click();
      const browser = page.getByRole('row').filter({ hasText: '能耗监测平台' });
      assert.match(await browser.innerText(), /价格面议/);
      await page.getByRole('row').filter({ hasText: 'SMT智能排产' }).waitFor();

      // In the roadmap: list entries are planned (marked as inferred), prices on request listed beside the plan.
      await page.getByRole('tab', { name: '推荐与路线图' }).click();
      await page.getByRole('heading', { name: '价格面议的方案（未计入预算）' }).waitFor();
      await page
        .getByRole('heading', { name: /第 1 阶段：/ })
        .first()
        .waitFor();
      const planned = page.getByRole('row').filter({ hasText: /冲压件表面缺陷视觉检测|设备联网与OEE看板|SMT智能排产|质量追溯系统/ });
      assert.ok((await planned.count()) >= 1, 'at least one entry of the imported list is in the roadmap');
      assert.match(await planned.first().innerText(), /（＊）/);

      // The mapping is remembered for the publisher: the next list from it is read with the yearly column.
      await page.getByRole('tab', { name: '导入清单' }).click();
      await page.getByLabel(/清单发布方/).fill('某区经信委');
      await chooseFile(page, list);
      assert.equal(await page.getByLabel('第 G 列（参考价格（万元））对应的字段').inputValue(), 'yearly');
      await page.getByText(/与当前清单相比新增 0 条、修改 0 条、删除 0 条/).waitFor();
      assert.deepEqual(pageErrors, []);
    },
    { path: '/solutions' },
  );
});

test('The mapping screen has no raw key, fits 1366×768 and 1920×1080 in zh-CN and en, and passes axe', async (t) => {
  if (shots) mkdirSync(shots, { recursive: true });
  await withApp(
    t,
    async ({ page, appUrl }) => {
      const findings = [];
      for (const language of ['zh-CN', 'en']) {
        await switchLanguage(page, language);
        await page.goto(`${appUrl}#/solutions`);
        await page.getByRole('tab', { name: language === 'en' ? 'Import a list' : '导入清单' }).click();
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: language === 'en' ? 'Choose a file and check it' : '选择文件并检查' }).click(),
        ]);
        await chooser.setFiles(list);
        await page.getByRole('table', { name: language === 'en' ? 'Entries to import' : '将导入的条目' }).waitFor();
        await page.locator('details summary').first().click();
        // In English the list's own Chinese (names, quoted cell values in notes) is content, not interface text.
        if (language === 'zh-CN')
          for (const finding of await page.evaluate(findRawText, { namespaces, allowedWords })) findings.push(`${language}: ${finding}`);
        for (const viewport of [
          { width: 1366, height: 768 },
          { width: 1920, height: 1080 },
        ]) {
          await page.setViewportSize(viewport);
          for (const finding of await page.evaluate(findHorizontalOverflow)) findings.push(`${language} ${viewport.width}: ${finding}`);
          if (shots) {
            const height = await page.evaluate(() => {
              const main = document.querySelector('main');
              return Math.min(9000, Math.ceil(main.getBoundingClientRect().top + main.scrollHeight));
            });
            await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
            await page.screenshot({ path: join(shots, `import-${language}-${viewport.width}.png`) });
            await page.setViewportSize(viewport);
          }
        }
        if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
        });
        for (const violation of violations) findings.push(`${language} axe: ${violation}`);
      }
      assert.deepEqual(findings, []);
    },
    { path: '/settings', viewport: { width: 1366, height: 768 } },
  );
});
