import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appOrigin, withApp, expectCount } from './harness.mjs';

const header =
  '编号,名称,简介,适用场景,提升能力域,部署方式,一次性费用下限,一次性费用上限,年费下限,年费上限,实施周期下限,实施周期上限,服务商类型';

function csvFile(name, rows) {
  const dir = mkdtempSync(join(tmpdir(), 'gz-solutions-'));
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].join('\n'));
  return path;
}

async function chooseFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择文件并检查' }).click()]);
  await chooser.setFiles(path);
}

test('Solutions shows the reference-list note, a costed roadmap with reasons, and filters the list', async (t) => {
  await withApp(
    t,
    async ({ page, requests }) => {
      await page.getByText('这是工智自带的参考清单，不是官方发布的清单').waitFor();
      await expectCount(page.getByText('本清单是工智自编的参考清单'), 0, 'the reference notice is said once');
      await page
        .getByRole('heading', { name: /第 1 阶段：/ })
        .first()
        .waitFor();
      assert.match(await page.getByText(/首年总费用 .* 万元/).innerText(), /企业自付 [\d.]+ 万元（预算 30 万元）/);
      // Every recommendation says why, in plain Chinese: planned steps behind "why this one", the other
      // solutions after the plan with their prices.
      await page.getByText('为什么选它').first().click();
      await page
        .getByText(/您的“.+”目前为/)
        .first()
        .waitFor();
      const others = page.locator('.gz-sol-alternatives');
      await others.getByRole('heading', { name: '计划之外的其他方案' }).waitFor();
      await others
        .getByText(/您的“.+”目前为/)
        .first()
        .waitFor();
      await others
        .getByText(/[\d.]+–[\d.]+ 万元/)
        .first()
        .waitFor();
      // The exact solver (HiGHS, WebAssembly bundled with the app) proves the plan optimal, in a worker.
      await page.getByText('这是预算内最好的组合：所有可能的组合都比较过了。').first().waitFor();
      assert.ok(
        requests.some((url) => /roadmap\.worker/.test(url)),
        'planned in the roadmap worker',
      );

      // The roadmap and the list template download as real workbooks (written in the XLSX worker).
      const { default: ExcelJS } = await import('exceljs');
      const dir = mkdtempSync(join(tmpdir(), 'gz-solutions-'));
      const roadmapDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出路线图（Excel）' }).click();
      await (await roadmapDownload).saveAs(join(dir, 'roadmap.xlsx'));
      const roadmap = new ExcelJS.Workbook();
      await roadmap.xlsx.readFile(join(dir, 'roadmap.xlsx'));
      assert.match(String(roadmap.getWorksheet('路线图')?.getRow(2).getCell(1).value), /快速见效/);
      assert.ok(
        requests.some((url) => /catalog-file\.worker/.test(url)),
        'written in a worker',
      );

      await page.getByRole('tab', { name: '浏览清单' }).click();
      await page.getByText('显示 89 / 89 条').waitFor();
      await page.getByLabel('部署方式').selectOption('edge-box');
      const count = await page.getByText(/显示 \d+ \/ 89 条/).innerText();
      assert.ok(Number(/显示 (\d+)/.exec(count)?.[1]) < 89, count);
      await page.getByText('外观缺陷视觉检测（良品学习，工智检测）').waitFor();
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith('blob:') && !url.startsWith('data:')),
        [],
      );
    },
    { path: '/solutions' },
  );
});

test('Importing a list: a bad file is rejected with row and column, a good one becomes a version that can be rolled back', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      await page.getByRole('tab', { name: '导入清单' }).click();
      const { default: ExcelJS } = await import('exceljs');
      const templateDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载 Excel 模板' }).click();
      const templatePath = join(mkdtempSync(join(tmpdir(), 'gz-solutions-')), 'template.xlsx');
      await (await templateDownload).saveAs(templatePath);
      const template = new ExcelJS.Workbook();
      await template.xlsx.readFile(templatePath);
      assert.equal(template.getWorksheet('清单 List')?.rowCount, 2);

      await chooseFile(page, csvFile('bad.csv', ['CQ-1,扫码报工,简介,质量管理,生产:0→2,云服务,0,五万,0,1,1,2,软件服务商']));
      await page.getByText('“bad.csv”有 1 处问题，没有导入任何内容').waitFor();
      const row = page.getByRole('row').filter({ hasText: '一次性费用上限' });
      assert.match(await row.innerText(), /2\s+一次性费用上限\s+“五万”不是数字/);

      await chooseFile(
        page,
        csvFile('重庆清单.csv', [
          'CQ-1,扫码报工,手机扫码报工,质量管理,生产:0→2,云服务,0,0.5,0.3,1,1,2,软件服务商',
          'CQ-2,设备点检,扫码点检,设备管理,装备:0→2,云服务,0,0.5,0.3,1,1,2,软件服务商',
        ]),
      );
      await page.getByText(/共 2 条：与当前清单相比新增 2 条、修改 0 条、删除 89 条/).waitFor();
      await page.getByLabel('发布单位').fill('某园区管委会');
      await page.getByRole('button', { name: '确认导入 2 条并启用' }).click();
      await page.getByText('已导入 2 条，新清单已启用。').waitFor();
      await page.getByText(/发布方：某园区管委会/).waitFor();

      await page.getByRole('row').filter({ hasText: '工智参考清单（内置）' }).getByRole('button', { name: '改用此版本' }).click();
      await page.getByText('这是工智自带的参考清单，不是官方发布的清单').waitFor();
      await page.getByRole('row').filter({ hasText: '重庆清单' }).getByRole('button', { name: '改用此版本' }).waitFor();
    },
    { path: '/solutions' },
  );
});

test('An Excel list with a title row and merged cells is checked in a worker and previewed', async (t) => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  sheet.addRow(['2026 年园区数字化转型产品清单']);
  sheet.mergeCells('A1:M1');
  sheet.addRow(header.split(','));
  sheet.addRow(['CQ-1', '扫码报工', '手机扫码报工', '质量管理', '生产:0→2', '云服务', 0, 0.5, 0.3, 1, 1, 2, '软件服务商']);
  sheet.addRow([]);
  sheet.addRow(['CQ-2', '设备点检', '扫码点检', '设备管理', '装备:0→2', '云服务', 0, 0.5, 0.3, 1, 1, 2, '软件服务商']);
  const dir = mkdtempSync(join(tmpdir(), 'gz-solutions-'));
  const path = join(dir, '园区清单.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  await withApp(
    t,
    async ({ page, requests, pageErrors }) => {
      await page.getByRole('tab', { name: '导入清单' }).click();
      await chooseFile(page, path);
      await page.getByText(/共 2 条：与当前清单相比新增 2 条/).waitFor();
      assert.ok(
        requests.some((url) => /catalog-file\.worker/.test(url)),
        'validated in a worker',
      );
      assert.deepEqual(pageErrors, []);
    },
    { path: '/solutions' },
  );
});

test('After a completed assessment, the roadmap follows it and appears in the printable report with the budget set for the company', async (t) => {
  const company = '重庆渝北精工零部件有限公司';
  await withApp(t, async ({ page }) => {
    await page.goto(`${new URL(page.url()).origin}/#/assess/company/new`);
    await page.getByLabel('企业名称').fill(company);
    await page.getByLabel('所属“33618”产业集群').selectOption({ label: '智能网联新能源汽车' });
    await page.getByLabel('企业规模').selectOption({ label: '小型' });
    await page.getByRole('button', { name: '保存概况' }).click();
    await page.getByRole('heading', { name: company }).waitFor();
    await page.locator('[data-framework="quick-check"]').click();
    for (let i = 1; i <= 15; i++) {
      await page
        .locator('.gz-assess-option', { hasText: i % 4 === 0 ? '2级：' : '1级：' })
        .first()
        .click();
      await page.locator('[data-save-state="saved"]').waitFor();
      if (i < 15) await page.getByRole('button', { name: '下一题', exact: true }).click();
    }
    await page.getByRole('button', { name: '计算结果' }).click();
    await page.getByRole('heading', { name: `${company} 自评结果` }).waitFor();
    await page.getByRole('link', { name: '打开报告' }).click();
    const section = page.locator('[data-report-roadmap]');
    await section.getByRole('heading', { name: '推荐的数字化路线图' }).waitFor();
    await section
      .getByRole('heading', { name: /第 1 阶段：/ })
      .first()
      .waitFor();
    assert.match(await section.innerText(), /尚未为本企业设置预算，暂按默认值计算：预算 30 万元/);
    // The printed roadmap is the exact solver's proven one too (planned in the roadmap worker).
    await section.getByText('这是预算内最好的组合：所有可能的组合都比较过了。').waitFor();
    const reportUrl = page.url();

    await page.goto(`${new URL(page.url()).origin}/#/solutions`);
    await page.getByText(new RegExp(`依据“${company}”于 .* 完成的评估`)).waitFor();
    await page
      .getByText(/适合您所在的“智能网联新能源汽车”产业集群/)
      .first()
      .waitFor();

    // The budget, vouchers and a priority set here are kept for the company: after a reload and in the report.
    await page.getByLabel('预算（万元）').fill('45');
    await page.getByLabel('AI 赋能券面额（万元）').fill('8');
    await page.getByLabel('重视能耗').selectOption({ index: 3 });
    await page.getByText(/企业自付 [\d.]+ 万元（预算 45 万元）/).waitFor();
    await page.getByRole('heading', { name: '分阶段路线图' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/solutions-roadmap-budget.png' });
    await page.reload();
    await page.getByText(new RegExp(`依据“${company}”于 .* 完成的评估`)).waitFor();
    assert.equal(await page.getByLabel('预算（万元）').inputValue(), '45');
    assert.equal(await page.getByLabel('AI 赋能券面额（万元）').inputValue(), '8');
    assert.equal(await page.getByLabel('重视能耗').inputValue(), '3');
    await page.getByText(/企业自付 [\d.]+ 万元（预算 45 万元）/).waitFor();

    await page.goto(reportUrl);
    await section
      .getByRole('heading', { name: /第 1 阶段：/ })
      .first()
      .waitFor();
    assert.match(await section.innerText(), /按在“方案”页面为本企业设置的预算与支持计算：预算 45 万元、AI 赋能券 8 万元/);
    assert.match(await section.innerText(), /（预算 45 万元）/);
    await section.getByRole('heading', { name: '推荐的数字化路线图' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/report-roadmap-budget.png' });
  });
});
