import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

const labels = {
  'zh-CN': ['评估', '结果', '方案', '检测', '实训', '设置', '关于'],
  en: ['Assess', 'Results', 'Solutions', 'Inspect', 'Training', 'Settings', 'About'],
  'zh-TW': ['評估', '結果', '方案', '檢測', '訓練', '設定', '關於'],
};

/** The navigation shows every shell label of `language` in order and none that only another language uses. */
async function assertNavIn(page, language) {
  const texts = await page.getByRole('navigation').getByRole('link').allInnerTexts();
  const shown = texts.filter((text) => labels[language].includes(text));
  assert.deepEqual(shown, labels[language]);
  const foreign = Object.entries(labels)
    .filter(([other]) => other !== language)
    .flatMap(([, words]) => words)
    .filter((word) => !labels[language].includes(word));
  assert.deepEqual(
    texts.filter((text) => foreign.includes(text)),
    [],
  );
}

test('switching zh-CN → en → zh-TW changes the navigation and the screen, and survives a reload', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      const nav = page.getByRole('navigation');
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
      await assertNavIn(page, 'zh-CN');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');

      await page.getByText('English', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await nav.getByRole('link', { name: 'Assess' }).waitFor();
      await assertNavIn(page, 'en');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

      await page.getByText('繁體中文', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: '設定' }).waitFor();
      await assertNavIn(page, 'zh-TW');

      // Record the navigation's very first text after the reload: it must already be Traditional Chinese.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const nav = document.querySelector('nav');
          if (nav?.textContent) {
            sessionStorage.setItem('firstNavText', nav.textContent);
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '設定' }).waitFor();
      await assertNavIn(page, 'zh-TW');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-TW');
      const firstNavText = await page.evaluate(() => sessionStorage.getItem('firstNavText'));
      assert.match(firstNavText, /^評估結果方案檢測訓練.*設定關於$/);
      assert.doesNotMatch(firstNavText, /评估|设置|Assess/);
      assert.ok(await page.getByRole('radio', { name: '繁體中文' }).isChecked());

      await nav.getByRole('link', { name: '檢測' }).click();
      await page.getByRole('heading', { level: 1, name: '視覺檢測' }).waitFor();
      await page.getByText('檢測專案', { exact: true }).first().waitFor();
    },
    { path: '/settings' },
  );
});

test('large type really enlarges the interface and is kept after a reload', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      const navLink = page.getByRole('navigation').getByRole('link', { name: '评估' });
      const title = page.getByRole('heading', { level: 1, name: '设置' });
      await title.waitFor();
      const before = { link: await navLink.boundingBox(), title: await title.boundingBox() };

      await page.getByRole('switch', { name: '大字号' }).check();
      await page.waitForFunction(() => document.documentElement.dataset.textSize === 'large');
      const after = { link: await navLink.boundingBox(), title: await title.boundingBox() };
      assert.ok(after.link.height >= before.link.height * 1.15, `nav item ${before.link.height} → ${after.link.height}`);
      assert.ok(after.title.height >= before.title.height * 1.15, `title ${before.title.height} → ${after.title.height}`);

      await page.reload();
      await title.waitFor();
      assert.ok(await page.getByRole('switch', { name: '大字号' }).isChecked());
      assert.ok((await navLink.boundingBox()).height >= before.link.height * 1.15);
    },
    { path: '/settings' },
  );
});
