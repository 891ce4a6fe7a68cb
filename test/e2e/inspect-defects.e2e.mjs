import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { isLocal, withApp, expectCount } from './harness.mjs';

const png = (name, seed, defect = 'none') => ({ name, mimeType: 'image/png', buffer: Buffer.from(syntheticPartPng(seed, defect)) });

async function choose(page, buttonName, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(files);
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function shoot(page, locator, name) {
  mkdirSync('test-results', { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await locator.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/${name}-${size.width}x${size.height}.png` });
  }
}

test('teach with defect photos (one marked with a box), set the threshold by catch rate, and end a batch with counts, an NG gallery and the way to the records', async (t) => {
  await withApp(
    t,
    async ({ page, requests }) => {
      await page.getByLabel('新项目').fill('端盖 3 号工位');
      await page.getByRole('button', { name: '新建项目' }).click();
      const good = Array.from({ length: 30 }, (_, i) => png(`good-${i}.png`, 700 + i));
      await choose(page, '选择良品图片…', good);
      await page.getByText('已从 30 张良品图片学习完成。').waitFor({ timeout: 180_000 });
      // the fitter's self-check names the model it kept, in one line
      const variant = page.locator('.gz-inspect-variant');
      await variant.waitFor();
      assert.match(await variant.innerText(), /^模型：(按位置统计|与位置无关的统计)/);
      assert.match(await variant.innerText(), /AUROC/);

      // defect photos: three pits, one of them marked with a box, and two scratches
      const panel = page.getByRole('region', { name: '缺陷图片' });
      await panel.getByLabel('缺陷类型').fill('凹坑');
      await choose(page, '添加样例…', [png('pit-1.png', 801, 'pit'), png('pit-2.png', 802, 'pit'), png('pit-3.png', 803, 'pit')]);
      await panel.getByLabel('缺陷类型').fill('划痕');
      await choose(page, '添加样例…', [png('scratch-1.png', 811, 'scratch'), png('scratch-2.png', 812, 'scratch')]);
      const pending = panel.getByRole('list', { name: '待学习的缺陷图片' });
      await expectCount(pending.getByRole('listitem'), 5);
      await pending.locator('[data-example="pit-1.png"]').getByRole('button', { name: '框出缺陷' }).click();
      const marker = panel.getByTestId('region-marker');
      const box = await marker.boundingBox();
      assert.ok(box, 'the photo to mark is shown');
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7, { steps: 5 });
      await page.mouse.up();
      await pending.locator('[data-example="pit-1.png"][data-marked="true"]').waitFor();
      await shoot(page, panel, 'inspect-defect-photos-zh-CN');
      await page.setViewportSize({ width: 1366, height: 768 });
      await panel.getByRole('button', { name: '学习这些缺陷图片' }).click();
      const taught = panel.locator('[data-taught-defects="2"]');
      await taught.waitFor({ timeout: 60_000 });
      assert.match(await taught.innerText(), /已学习 2 种缺陷类型（0 张图片无法使用）。/);
      // a pit this clear never scores like a good part
      await expectCount(panel.locator('[data-like-good]'), 0);

      // the threshold screen: both distributions with axes, and "catch at least 100 %" catches all five
      const screen = page.locator('.gz-inspect-threshold');
      assert.match(await screen.innerText(), /5 张教过的缺陷图片（交叉验证）/);
      assert.match(await screen.locator('svg').textContent(), /图片分数（越高越不像良品）/);
      await screen.getByLabel('教过的缺陷至少要检出多少').check();
      await screen.getByLabel('至少检出（%）').fill('100');
      await screen.locator('[data-defects-caught="5"]').waitFor();
      await screen.locator('[data-estimate-rests-on="30/5"]').waitFor();
      assert.match(await screen.innerText(), /以上比例基于 30 张良品和 5 张缺陷图片/);
      await shoot(page, screen, 'inspect-threshold-catch-rate-zh-CN');
      await page.getByRole('button', { name: '使用此阈值' }).click();

      // a batch ends with what the line needs to know
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('tab', { name: '检测' }).click();
      await choose(page, '检测多张图片…', [
        png('g-a.png', 901),
        png('g-b.png', 902),
        png('g-c.png', 903),
        png('d-pit.png', 904, 'pit'),
        png('d-scratch.png', 905, 'scratch'),
      ]);
      const summary = page.getByTestId('batch-summary');
      await summary.waitFor({ timeout: 120_000 });
      assert.equal(await summary.getAttribute('data-ok'), '3');
      assert.equal(await summary.getAttribute('data-ng'), '2');
      assert.match(await summary.innerText(), /合格 3/);
      assert.match(await summary.innerText(), /不合格 2/);
      const gallery = summary.getByRole('list', { name: '本批不合格结果' });
      await expectCount(gallery.getByRole('listitem'), 2);
      for (const name of ['d-pit.png', 'd-scratch.png'])
        await gallery.locator(`[data-file="${name}"] canvas[data-testid="heatmap"]`).waitFor();
      // the heat map over an NG result is not blank: some of it is coloured
      const coloured = await gallery.locator('[data-file="d-pit.png"] canvas').evaluate((c) => {
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n;
      });
      assert.ok(coloured > 0, 'the NG heat map colours where the part looks wrong');
      await shoot(page, summary, 'inspect-batch-summary-zh-CN');
      await summary.getByRole('button', { name: '打开检测记录逐一复核' }).click();
      await page.getByRole('list', { name: '检测结果' }).locator('[data-file="d-pit.png"]').waitFor();

      // the same screens in English
      await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/settings`);
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/inspect`);
      const enScreen = page.locator('.gz-inspect-threshold');
      await enScreen.waitFor({ timeout: 30_000 });
      assert.match(await enScreen.locator('svg').textContent(), /Image score \(higher = less like the good parts\)/);
      await shoot(page, enScreen, 'inspect-threshold-en');

      assert.deepEqual(
        requests.filter((url) => !isLocal(url)),
        [],
      );
    },
    { path: '/inspect', viewport: { width: 1366, height: 768 } },
  );
});
