import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

/** What has the keyboard focus: its tag, its accessible label if it is a field, and its text otherwise. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const label = element?.closest('label')?.querySelector('.gz-field-label')?.textContent ?? '';
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? '',
      label,
      text: element?.textContent?.trim().slice(0, 60) ?? '',
    };
  });
}

test('keyboard: focus follows add company, save profile and start; the first answer is near; next stays in view', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      // "Add company" opens the form with the name field focused, ready to type.
      await page.getByRole('link', { name: '添加企业' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'company-name');
      await page.keyboard.type('重庆键盘测试机械有限公司');
      await page.getByLabel('所属“33618”产业集群').selectOption({ label: '其他地区或其他行业' });

      // "Save profile" leads to the company page, focus on its heading rather than the page body.
      await page.getByRole('button', { name: '保存概况' }).click();
      await page.getByRole('heading', { name: '重庆键盘测试机械有限公司', level: 2 }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.match(await page.locator('main').innerText(), /其他地区或其他行业/);

      // "Start" opens the questionnaire with focus on the question; the first answer is two Tab stops away
      // (the "what does this mean" help, then the answers), not behind the list of sections.
      await page.locator('[data-framework="quick-check"]').focus();
      await page.keyboard.press('Enter');
      await page.getByText('第 1 题，共 15 题').waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('gz-assess-question-text'));
      let stops = 0;
      while (stops < 4 && (await focused(page)).type !== 'radio') {
        await page.keyboard.press('Tab');
        stops += 1;
      }
      assert.equal((await focused(page)).type, 'radio', `no answer within ${stops} Tab stops`);
      assert.ok(stops <= 2, `the first answer took ${stops} Tab stops`);

      // At 800 px, "next" stays on screen question after question.
      const next = page.getByRole('button', { name: '下一题', exact: true });
      for (let i = 1; i <= 6; i++) {
        await next.click();
        await page.getByText(`第 ${i + 1} 题，共 15 题`).waitFor();
        const box = await next.boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `after question ${i} the next button is at ${box?.y}`);
      }
    },
    { path: '/assess', viewport: { width: 1280, height: 800 } },
  );
});
