import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

test('defect drill: the trainee judges every image and sees their accuracy next to the model and the truth', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByRole('link', { name: '实训' }).click();
    await page.getByRole('link', { name: '缺陷判定练习' }).click();
    await page.getByText('第 1 / 12 张').waitFor();
    // Call everything OK: right on the six good parts, six misses.
    for (let i = 0; i < 12; i++) await page.getByRole('button', { name: /合格 OK/ }).click();
    const summary = page.getByTestId('drill-summary');
    await summary.getByText('您的判定准确率 50%（12 张中对 6 张）').waitFor();
    await summary.getByText('漏判 6 张、误判 0 张；6 张缺陷件中类型说对 0 张。').waitFor();
    await summary.getByText(/本机模型准确率 \d+%/).waitFor({ timeout: 120_000 });
    const rows = page.getByRole('table', { name: '逐张对照' }).getByRole('row');
    await expectCount(rows, 13);
    await rows.nth(2).getByText('不合格 NG：凹坑/麻点', { exact: true }).waitFor();
    // The model names defect types too (taught from labelled examples that are not drill items).
    await summary.getByText(/本机模型在 6 张缺陷件中类型说对 \d 张。/).waitFor();
    const modelColumn = await rows.locator('td:nth-child(3)').allInnerTexts();
    assert.ok(
      modelColumn.some((text) => /不合格 NG：(凹坑\/麻点|划痕)/.test(text)),
      modelColumn.join(' | '),
    );
    if (process.env.GZ_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.GZ_SCREENSHOTS}/drill-results-zh-CN.png`, fullPage: true });
    await summary.getByText('本次练习已存入练习记录。').waitFor();

    // The round is kept: after a reload the training page shows it, with the model's accuracy beside it.
    await page.getByRole('link', { name: '返回案例列表' }).click();
    await page.reload();
    await page.getByTestId('drill-progress').getByText('已练习 1 次，最好准确率 50%，最近 50%。').waitFor();
    const history = page.getByRole('table', { name: '最近的缺陷判定练习' }).getByRole('row');
    await expectCount(history, 2);
    await history.nth(1).getByRole('cell', { name: '50%（6/12）' }).waitFor();
    await history.nth(1).getByRole('cell', { name: '0/6' }).waitFor();
    await history.nth(1).getByRole('cell', { name: '6 / 0' }).waitFor();
    await history
      .nth(1)
      .getByRole('cell', { name: /^\d+%（\d+\/12）$/ })
      .nth(1)
      .waitFor();
    if (process.env.GZ_SCREENSHOTS)
      await page
        .getByTestId('drill-progress')
        .locator('..')
        .screenshot({ path: `${process.env.GZ_SCREENSHOTS}/drill-history-zh-CN.png` });
  });
});
