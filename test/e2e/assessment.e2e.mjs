import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

const COMPANY = '重庆长江精密机械有限公司';

async function createCompanyAndStartQuickCheck(page) {
  await page.goto(`${new URL(page.url()).origin}/#/assess/company/new`);
  await page.getByLabel('企业名称').fill(COMPANY);
  await page.getByLabel('所属“33618”产业集群').selectOption({ label: '智能装备及智能制造' });
  await page.getByLabel('企业规模').selectOption({ label: '小型' });
  await page.getByRole('button', { name: '保存概况' }).click();
  await page.getByRole('heading', { name: COMPANY }).waitFor();
  await page.locator('[data-framework="quick-check"]').click();
  await page.getByText('第 1 题，共 15 题').waitFor();
}

/** Answers the current question with the option whose label starts with `label`, then waits until it is stored. */
async function choose(page, label) {
  await page.locator('.gz-assess-option', { hasText: label }).first().click();
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function next(page) {
  await page.getByRole('button', { name: '下一题', exact: true }).click();
}

async function checkedLabel(page) {
  return page.locator('.gz-assess-option:has(input:checked)').innerText();
}

test('answers survive a reload in the middle of the questionnaire', async (t) => {
  await withApp(t, async ({ page }) => {
    await createCompanyAndStartQuickCheck(page);
    await choose(page, '2级：'); // Q1 strategy
    await next(page);
    await choose(page, '3级：'); // Q2 skills
    await next(page);
    await choose(page, '1级：'); // Q3 data collection
    await page.locator('.gz-assess-evidence summary').click();
    await page.getByLabel('备注').fill('报工用扫码枪，质检数据还在纸上');
    await page.locator('[data-save-state="saved"]').waitFor();
    // Q9 (design) is not applicable for this company.
    // The section list numbers questions through the whole questionnaire, as the card does.
    await page.getByText('第 3 题，共 15 题').waitFor();
    assert.match(await page.locator('.gz-assess-qlink[aria-current="step"]').innerText(), /第 3 题$/);
    for (let i = 0; i < 6; i++) await next(page);
    await page.getByText('第 9 题，共 15 题').waitFor();
    await page.getByLabel('本企业不涉及此项（不适用，不会拉低得分）').check();
    await page.locator('[data-save-state="saved"]').waitFor();

    await page.reload();
    await page.getByText('已答 4 / 15').waitFor();
    // Reopens where the user was, with the N/A still set.
    await page.getByText('第 9 题，共 15 题').waitFor();
    assert.equal(await page.getByLabel('本企业不涉及此项（不适用，不会拉低得分）').isChecked(), true);
    await page.getByRole('button', { name: '上一题' }).click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '上一题' }).click();
    await page.getByText('第 3 题，共 15 题').waitFor();
    assert.match(await checkedLabel(page), /^1级：/);
    assert.equal(await page.getByLabel('备注').inputValue(), '报工用扫码枪，质检数据还在纸上');
    await page.getByRole('button', { name: '上一题' }).click();
    assert.match(await checkedLabel(page), /^3级：/);
    await page.getByRole('button', { name: '上一题' }).click();
    assert.match(await checkedLabel(page), /^2级：/);
  });
});

test('the report prints to a PDF with the company name, the level and the charts', async (t) => {
  await withApp(t, async ({ page, requests, appUrl }) => {
    await createCompanyAndStartQuickCheck(page);
    for (let i = 1; i <= 15; i++) {
      await choose(page, i % 3 === 0 ? '3级：' : '2级：');
      if (i < 15) await next(page);
    }
    await page.getByRole('button', { name: '计算结果' }).click();
    await page.getByRole('heading', { name: `${COMPANY} 自评结果` }).waitFor();
    const badge = await page.locator('.gz-results-badge-level').innerText();
    assert.equal(badge, '二级 规范级');
    await page.getByRole('link', { name: '打开报告' }).click();
    await page.locator('[data-charts="ready"]').waitFor();
    // Both charts drew something: some pixel of each canvas is not transparent.
    const drawn = await page.locator('.gz-report canvas').evaluateAll((canvases) =>
      canvases.map((c) => {
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        return data.some((value, i) => i % 4 === 3 && value > 0);
      }),
    );
    assert.deepEqual(drawn, [true, true]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'gz-report-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(text, new RegExp(COMPANY));
    assert.match(text, /二级 规范级/);
    assert.match(text, /智能装备及智能制造/);
    assert.match(text, /各部分达到的程度/);
    // Every page carries the company and date at the top and its number at the bottom.
    const pages = Number(/第 1 页，共 (\d+) 页/.exec(text)?.[1]);
    assert.ok(pages >= 2, 'page numbers are printed');
    assert.equal(text.match(new RegExp(`${COMPANY} · 自评报告 · \\d{4}年`, 'g'))?.length, pages);
    // The charts are canvases, printed as images.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.ok(images.length >= 2, `expected the two charts as images in the PDF, found ${images.length}`);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(new URL(appUrl).origin) && !url.startsWith('data:') && !url.startsWith('blob:')),
      [],
    );
  });
});

test('two finished assessments of a company are compared side by side', async (t) => {
  await withApp(t, async ({ page }) => {
    await createCompanyAndStartQuickCheck(page);
    const answerAll = async (label) => {
      for (let i = 1; i <= 15; i++) {
        await choose(page, label);
        if (i < 15) await next(page);
      }
      await page.getByRole('button', { name: '计算结果' }).click();
      await page.locator('.gz-results-badge-level').waitFor();
    };
    await answerAll('1级：');
    assert.equal(await page.locator('.gz-results-badge-level').innerText(), '一级 规划级');
    await page.getByRole('link', { name: '回到企业' }).click();
    await page.locator('[data-framework="quick-check"]').click();
    await page.getByText('第 1 题，共 15 题').waitFor();
    await answerAll('3级：');
    assert.equal(await page.locator('.gz-results-badge-level').innerText(), '三级 集成级');

    await page.getByRole('link', { name: '回到企业' }).click();
    await page.getByRole('link', { name: '对比两次自评' }).click();
    // The options come from the database after the screen draws: wait for both assessments in both lists.
    await page.waitForFunction(() => {
      const selects = [...document.querySelectorAll('select')];
      return selects.length >= 2 && selects.every((s) => s.options.length >= 3);
    });
    const [earlier, later] = await page
      .locator('select')
      .evaluateAll((selects) => selects.map((s) => [...s.options].slice(1).map((o) => o.value)));
    await page.getByLabel('较早的一次').selectOption(earlier[1]);
    await page.getByLabel('较近的一次').selectOption(later[0]);
    await page.getByRole('button', { name: '对比', exact: true }).click();
    await page.getByText(/等级 一级 规划级 → 三级 集成级，总分 1 → 3（\+2）/).waitFor();
    // Every domain moved from L1 to L3 of 5: 20 % → 60 %, +40 points.
    const firstRow = await page.locator('tbody tr').first().innerText();
    assert.match(firstRow, /20%\s+60%\s+\+40/);
  });
});
