import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

test('a screen that cannot load shows a translated error while the rest of the app keeps working', async (t) => {
  await withApp(t, async ({ page, context }) => {
    const nav = page.getByRole('navigation');
    await page.locator('main[aria-busy="false"] h1').waitFor();
    // A damaged installation: the About screen's code cannot be read.
    const aboutCode = /\/assets\/AboutScreen-[^/]*\.js$/;
    await context.route(aboutCode, (route) => route.abort('failed'));

    await nav.getByRole('link', { name: '关于' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '这个页面出了问题' }).waitFor();
    assert.match(await alert.innerText(), /已保存的数据没有受到影响/);

    // Once the code can be read again, "try again" brings the screen back without a reload.
    await context.unroute(aboutCode);
    await alert.getByRole('button', { name: '重试' }).click();
    await page.getByRole('heading', { level: 1, name: '关于工智' }).waitFor();

    // Navigation and the company switcher still work.
    await nav.getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.getByTestId('company-switcher').click();
    await page.getByRole('dialog').getByRole('heading', { name: '企业与工作区' }).waitFor();
  });
});
