import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

test('the demo tour starts from the home screen, and reset and remove leave a real client untouched', async (t) => {
  await withApp(t, async ({ page, requests }) => {
    const consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    // A real client, created the way a provider would.
    await page.getByTestId('company-switcher').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '新建企业' }).click();
    await dialog.getByLabel('企业名称').fill('重庆长江精密机械有限公司');
    await dialog.getByRole('button', { name: '创建并切换' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('demo-launch').click();
    await page.getByRole('heading', { name: '演示模式' }).waitFor();
    await page.getByRole('article', { name: '涪陵鲜脆榨菜食品有限公司' }).getByRole('button', { name: '开始讲解' }).click();
    await page.getByRole('heading', { name: '涪陵鲜脆榨菜食品有限公司', level: 1 }).waitFor();
    await page.getByTestId('company-switcher').getByText('涪陵鲜脆榨菜食品有限公司').waitFor();

    // Keyboard: the arrow key moves to the result, computed from the sample's answers.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: '评估结果：现在处在哪一级' }).waitFor();
    await page.getByText(/得分 [\d.]+ \/ 5/).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '推荐方案和分阶段路线图' }).waitFor();
    await page.getByText(/预算 80 万元：方案合计/).waitFor();
    // The tour's roadmap is the exact solver's, planned in the roadmap worker as on the Solutions screen.
    // (The worker starts in an effect after the first paint: give it a moment.)
    const inWorker = () => requests.some((url) => /roadmap\.worker/.test(url));
    for (let i = 0; i < 50 && !inWorker(); i += 1) await page.waitForTimeout(100);
    assert.ok(inWorker(), 'the tour plans in the roadmap worker');
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .getByTestId('tour-inspect')
      .getByText(/^(合格 OK|不合格 NG：.+)（/)
      .first()
      .waitFor({ timeout: 120_000 });
    await page.keyboard.press('End');
    await page.getByRole('link', { name: '结束讲解' }).click();
    await page.getByRole('heading', { name: '演示模式' }).waitFor();
    // Leaving the live check mid-way stops its worker quietly: nothing is logged as an error.
    assert.deepEqual(
      consoleErrors.filter((text) => /worker/i.test(text)),
      [],
    );

    await page.getByRole('button', { name: '重置演示' }).click();
    await page.getByRole('status').getByText('演示已恢复到初始状态。').waitFor();
    await page.getByTestId('company-switcher').click();
    const items = dialog.getByRole('list', { name: '企业列表' }).getByRole('button');
    await items.filter({ hasText: '渝兴汽车冲压件有限公司' }).waitFor();
    await expectCount(items, 7);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '移除演示' }).click();
    await page.getByRole('status').getByText('示例企业已移除，真实客户数据保持不变。').waitFor();
    await page.reload();
    await page.getByTestId('company-switcher').click();
    await items.first().waitFor();
    assert.deepEqual(await items.allInnerTexts().then((texts) => texts.map((x) => x.split('\n')[0])), ['重庆长江精密机械有限公司']);
  });
});
