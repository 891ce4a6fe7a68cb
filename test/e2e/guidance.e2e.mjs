import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withApp } from './harness.mjs';

const sme = JSON.parse(readFileSync(new URL('../../assets/frameworks/sme-digital-2024.json', import.meta.url), 'utf8'));
const stamp = '2026-11-02T08:00:00.000Z';

/** An SME check at level 1: the scored part in full, every business scenario at level 1 (level 2 needs scenarios at 2). */
function smeAnswers() {
  return Object.fromEntries(
    sme.questions.map((q) => {
      if (q.type === 'multiSelect') return [q.id, { value: q.options.map((o) => o.id) }];
      if (q.type === 'numericBands') return [q.id, { value: q.max }];
      if (q.type === 'singleChoice') return [q.id, { value: [...q.options].sort((a, b) => b.points - a.points)[0].id }];
      return [q.id, { value: 1 }];
    }),
  );
}

/** The client file the Clients screen exports, for one SME owner with one completed check. */
function clientFile(name) {
  return JSON.stringify({
    format: 'gongzhi-client-backup',
    formatVersion: 1,
    exportedAt: stamp,
    company: { name, industryType: 'discrete', cluster: 'nev', size: 'small', contactName: '刘厂长' },
    assessments: [
      {
        id: 'sme-1',
        frameworkId: sme.id,
        frameworkVersion: sme.version,
        industryType: 'discrete',
        status: 'completed',
        answers: smeAnswers(),
        createdAt: stamp,
        updatedAt: stamp,
        completedAt: stamp,
      },
    ],
    attachments: [],
  });
}

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const company = '渝北精工零件厂';

async function openResults(page) {
  await page.goto(page.url().replace(/#.*$/, '#/clients'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入客户文件' }).click();
  await (await chooser).setFiles(file(`${company}.gongzhi-client.json`, clientFile(company)));
  await page.getByRole('status').getByText(`已导入为新客户“${company}”，原有客户没有改动。`).waitFor();
  await page.getByRole('link', { name: company }).click();
  await page.getByRole('link', { name: '查看结果' }).click();
  await page.getByRole('heading', { name: '先从这些做起' }).waitFor();
}

/** What the user sees with `at` scrolled to the top, at both screen sizes (the shell scrolls inside, so no full-page shot). */
async function shoot(page, name, at) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await at.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/guidance-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('after the SME check, the owner sees what to do first, what it costs, and whether the budget reaches the next level', async (t) => {
  await withApp(t, async ({ page }) => {
    await openResults(page);

    // "Start with these": three gaps as actions with guidance and priced catalog entries.
    const first = page.locator('.gz-results-next .gz-gap-action');
    assert.equal(await first.count(), 3);
    const card = first.first();
    for (const label of ['下一级要做到：', '在小厂里是这样：', '先做这几步', '一般投入：', '清单里能帮上忙的方案（首年费用）'])
      await card.getByText(label).first().waitFor();
    assert.match(await card.innerText(), /\d+(\.\d+)?–\d+(\.\d+)? 万元/);
    assert.ok(
      await page
        .locator('.gz-gap-action')
        .getByText(/可用 AI 赋能券/)
        .first()
        .isVisible(),
      'voucher eligibility is shown',
    );
    await card.getByRole('link', { name: '在路线图里看预算和先后顺序 →' }).waitFor();

    // The gap list goes on from there: nothing appears twice.
    const firstKeys = await first.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-gap')));
    const restKeys = await page
      .locator('#gz-gaps-title ~ ol .gz-gap-action')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-gap')));
    assert.ok(restKeys.length > 0, 'the gap list shows more gaps');
    assert.deepEqual(
      restKeys.filter((k) => firstKeys.includes(k)),
      [],
    );

    // Jargon: plain words, the formal term in a tooltip on hover.
    const term = page.locator('.gz-results-next .gz-term', { hasText: '必须达标的关键场景' }).first();
    await term.hover();
    await term
      .getByRole('tooltip')
      .getByText(/约束性场景/)
      .waitFor({ state: 'visible' });
    await shoot(page, 'results-zh-CN', page.locator('#gz-next-title'));

    // The roadmap: a small budget does not reach the next level; the screen says what does.
    await card.getByRole('link', { name: '在路线图里看预算和先后顺序 →' }).click();
    await page.getByText(new RegExp(`依据“${company}”`)).waitFor();
    const budget = page.getByLabel('预算（万元）');
    await budget.fill('1');
    const goal = page.locator('[data-roadmap-goal="unreachable"]');
    // What level 2 itself asks (6 scenarios at level 2, 3 of them key ones), against what this plan brings,
    // and the smallest budget that meets it.
    await goal
      .getByText(
        /按这个计划还达不到二级 单项数字化：完成后只有 \d+ 个业务场景到 2 级（需要 6 个），其中必须达标的关键场景 \d+ 个（需要 3 个）/,
      )
      .waitFor({ timeout: 30_000 });
    const needed = Number(
      (await goal.getByText(/要达到二级 单项数字化，预算至少需要 [\d.]+ 万元/).innerText()).match(/至少需要 ([\d.]+) 万元/)[1],
    );
    assert.ok(needed > 1, `smallest budget ${needed}`);
    // Closing every gap (each scenario one level up) is said apart, with its own smallest budget.
    const all = Number((await goal.getByText(/全部补齐至少需要 [\d.]+ 万元/).innerText()).match(/全部补齐至少需要 ([\d.]+) 万元/)[1]);
    assert.ok(all > needed, `every gap ${all} costs more than the level rule ${needed}`);
    await shoot(page, 'roadmap-short-zh-CN', goal);
    await goal.getByRole('button', { name: `把预算改为 ${needed} 万元` }).click();
    const enough = page.locator('[data-roadmap-goal="reachable"]');
    await enough.getByText(/按这个计划可以达到二级 单项数字化：完成后有 \d+ 个业务场景到 2 级（需要 6 个）/).waitFor({ timeout: 30_000 });
    assert.equal(await budget.inputValue(), String(needed));
    await page
      .getByText(/完成后预计总体达到：二级 单项数字化/)
      .first()
      .waitFor();
    // The plan comes first, then the other solutions with their prices.
    await page.getByRole('heading', { name: '计划之外的其他方案' }).waitFor();
    await shoot(page, 'roadmap-zh-CN', page.getByRole('heading', { name: '分阶段路线图' }));

    // The same screens in English.
    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { name: 'Start with these' }).waitFor();
    await page.getByText('The next level needs:').first().waitFor();
    await shoot(page, 'results-en', page.locator('#gz-next-title'));
    await page.getByRole('link', { name: 'See budget and order in the roadmap →' }).first().click();
    await page.locator('[data-roadmap-goal="reachable"]').waitFor({ timeout: 30_000 });
    await shoot(page, 'roadmap-en', page.locator('[data-roadmap-goal]'));

    // The printable report says the same about the budget set above, without the screen's button.
    await page.goBack();
    await page.getByRole('link', { name: 'Open report' }).click();
    const printed = page.locator('[data-report-roadmap] [data-roadmap-goal="reachable"]');
    await printed
      .getByText(/This plan reaches .*: afterwards \d+ business scenarios are at level 2 \(it needs 6\)/)
      .waitFor({ timeout: 30_000 });
    assert.equal(await printed.getByRole('button').count(), 0);
    // Its phases agree: the last one brings the SME level the banner promises.
    await page
      .locator('[data-report-roadmap]')
      .getByText(/expected overall level afterwards: Level 2 Single-area digital/)
      .last()
      .waitFor();
    await shoot(page, 'report-goal-en', printed);
  });
});

test('the park takes a client file and names the kind of a file it does not take', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByRole('link', { name: '园区' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
    await (
      await chooser
    ).setFiles([
      file(`${company}.gongzhi-client.json`, clientFile(company)),
      file('practice.json', JSON.stringify({ format: 'gongzhi-training-case', formatVersion: 1 })),
    ]);
    const report = page.getByTestId('park-import-report');
    await report.getByText('导入了 1 份自评，1 份没有导入。').waitFor();
    await report
      .getByText(
        /practice\.json：这个文件是实训案例文件（请在“实训”里打开）。园区接收自评文件（结果页“导出自评文件”）和客户文件（客户页“导出客户文件”）。/,
      )
      .waitFor();
    assert.equal(await page.getByText('刘厂长').count(), 0, 'no contact details in the park');
  });
});

test('a CMMM result: each first gap names the requirement of its next level, the guidance and priced solutions', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.goto(page.url().replace(/#.*$/, '#/demo'));
    await page.getByRole('button', { name: '重置演示' }).click();
    await page.getByRole('status').getByText('演示已恢复到初始状态。').waitFor();
    await page.getByRole('link', { name: '客户' }).click();
    await page.getByRole('link', { name: '渝兴汽车冲压件有限公司' }).click();
    await page.getByRole('listitem').filter({ hasText: '智能制造能力成熟度自评' }).getByRole('link', { name: '查看结果' }).click();
    await page.getByRole('heading', { name: '先从这些做起' }).waitFor();
    const cards = page.locator('.gz-results-next .gz-gap-action');
    assert.equal(await cards.count(), 3);
    for (let i = 0; i < 3; i += 1) {
      const text = await cards.nth(i).innerText();
      assert.match(text, /\d 级 → [一二三四五]级/, 'the level step');
      assert.match(text, /下一级要做到：.+\n/);
      assert.match(text, /在小厂里是这样：.+/);
      assert.match(text, /一般投入：约?.+/);
    }
    // The entries come in once the catalog and the company's plan are in (app/assessment loadGapActions).
    await page.locator('.gz-results-next .gz-gap-entry-facts').first().waitFor({ timeout: 30_000 });
    assert.match(
      await page.locator('.gz-results-next .gz-gap-entry-facts').first().innerText(),
      /\d+(\.\d+)?–\d+(\.\d+)? 万元/,
      'priced solutions',
    );
    await shoot(page, 'results-cmmm-zh-CN', page.locator('#gz-next-title'));
  });
});
