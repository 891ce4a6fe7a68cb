import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

test('a trainee assesses a case, is graded with the reference reasoning, and the attempt counts in progress', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByRole('link', { name: '实训' }).click();
    await page.getByTestId('progress-gear-machining').getByText('还没有练习过。').waitFor();
    await page.getByRole('link', { name: '九龙坡区某齿轮加工厂' }).click();
    await page.getByText('这是一家 45 人的家族企业').waitFor();
    // Everything at level 0 except the quality question at level 3 (the reference says 0: manual spot checks).
    const groups = page.getByRole('group');
    const count = 15;
    await expectCount(groups, count);
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').first().check();
    await page
      .getByRole('group', { name: /质量检验和追溯/ })
      .getByRole('radio', { name: /^3 级/ })
      .check();
    await page.getByRole('button', { name: '提交并评分' }).click();

    const points = page.getByTestId('training-points');
    await points.waitFor();
    const score = Number((await points.innerText()).match(/^(\d+)/)?.[1]);
    assert.ok(score > 0 && score < 100, `score ${score}`);
    await page.getByText('您选了 3 级，参考答案是 0 级：高估了 3 级。').waitFor();
    await page.getByText('参考理由：人工抽检、记录不全，正是 0 级的描述。').waitFor();
    await page
      .getByRole('row', { name: /生产.*高估了/ })
      .first()
      .waitFor();

    await page.getByRole('link', { name: '返回案例列表' }).click();
    await page.getByTestId('progress-gear-machining').getByText(`已练习 1 次，最好 ${score} 分，最近 ${score} 分。`).waitFor();
  });
});

test('practice answers survive a reload as a draft; submitting clears the draft so the case reopens empty', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      const groups = page.getByRole('group');
      await groups.first().waitFor();
      const checked = page.locator('form input[type=radio]:checked');
      for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('radio').nth(2).check();
      await page.getByRole('status').getByText('已保存').waitFor();

      await page.reload();
      await page
        .getByTestId('draft-restored')
        .getByText(/已恢复您上次.*未提交的草稿：已答 3 题。/)
        .waitFor();
      await expectCount(checked, 3);
      for (let i = 0; i < 3; i++) assert.ok(await groups.nth(i).getByRole('radio').nth(2).isChecked(), `question ${i + 1} kept its answer`);
      if (process.env.GZ_SCREENSHOTS) await page.screenshot({ path: `${process.env.GZ_SCREENSHOTS}/draft-zh-CN.png`, fullPage: false });

      // Start over empties the form and the draft: a reload finds nothing to restore.
      await page.getByRole('button', { name: '清空答案，重新开始' }).click();
      await page.getByTestId('draft-restored').waitFor({ state: 'detached' });
      await expectCount(checked, 0);
      await groups.nth(4).getByRole('radio').nth(1).check();
      await page.getByRole('status').getByText('已保存').waitFor();
      await page.reload();
      await page
        .getByTestId('draft-restored')
        .getByText(/已答 1 题/)
        .waitFor();
      await expectCount(checked, 1);

      await page.getByRole('button', { name: '提交并评分' }).click();
      await page.getByTestId('training-points').waitFor();
      await page.getByRole('link', { name: '再练一次' }).click();
      await groups.first().waitFor();
      await expectCount(checked, 0);
      await expectCount(page.getByTestId('draft-restored'), 0);
    },
    { path: '/training/case/gear-machining' },
  );
});
