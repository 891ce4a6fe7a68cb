import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp, expectCount } from './harness.mjs';

async function createCompany(page, name, industryLabel) {
  await page.getByTestId('company-switcher').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '新建企业' }).click();
  await dialog.getByLabel('企业名称').fill(name);
  if (industryLabel) await dialog.getByLabel('生产类型').selectOption({ label: industryLabel });
  await dialog.getByRole('button', { name: '创建并切换' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test('a company created in the switcher is still there and active after a reload', async (t) => {
  await withApp(t, async ({ page }) => {
    const switcher = page.getByTestId('company-switcher');
    await switcher.getByText('未选择企业').waitFor();

    await createCompany(page, '重庆长江精密机械有限公司');
    await switcher.getByText('重庆长江精密机械有限公司').waitFor();
    await createCompany(page, '两江新区食品加工厂', '流程制造（化工、食品、材料等）');
    await switcher.getByText('两江新区食品加工厂').waitFor();

    await page.reload();
    await switcher.getByText('两江新区食品加工厂').waitFor();
    await switcher.click();
    const dialog = page.getByRole('dialog');
    const items = dialog.getByRole('list', { name: '企业列表' }).getByRole('button');
    await expectCount(items, 2);
    const active = dialog.locator('[aria-current="true"]');
    assert.match(await active.innerText(), /两江新区食品加工厂[\s\S]*流程制造[\s\S]*当前/);

    // Search narrows the list; picking another company makes it the active one.
    await dialog.getByRole('searchbox').fill('精密');
    await expectCount(items, 1);
    await items.first().click();
    await switcher.getByText('重庆长江精密机械有限公司').waitFor();
    await page.reload();
    await switcher.getByText('重庆长江精密机械有限公司').waitFor();
  });
});

test('creating a company without a name says what is missing and creates nothing', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByTestId('company-switcher').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '新建企业' }).click();
    await dialog.getByLabel('企业名称').fill('   ');
    await dialog.getByRole('button', { name: '创建并切换' }).click();
    await dialog.getByRole('alert').getByText('请填写企业名称。').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.getByText('还没有企业').waitFor();
  });
});
