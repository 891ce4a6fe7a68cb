// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadActiveCatalog } from '../../app/catalog';
import { installRoot } from '../../app/root';
import { installTestRoot, memoryPlatform } from '../../app/test-support';
import { catalogToCsv } from '../../core/catalog/import/template';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { renderInChinese } from '../test-support';
import { ImportPanel } from './ImportPanel';

const files = memoryPlatform();
vi.mock('../../platform', () => ({ getPlatform: () => files.platform }));

const reference = loadReferenceCatalog();
const utf8 = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  cleanup();
  installRoot(undefined);
});

describe('importing a published list (what the user sees)', () => {
  it('previews the picked file against the list in use, asks for the publisher, then imports and says so', async () => {
    await installTestRoot();
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const entries = reference.entries.filter((e) => e.prerequisites.length === 0).slice(0, 3);
    files.offer({ name: '园区清单.csv', data: utf8(catalogToCsv(entries, bundledTaxonomy)) });
    await renderInChinese(
      <ImportPanel current={reference} activeVersion={undefined} versions={[]} language="zh-CN" onChanged={onChanged} />,
    );

    await user.click(screen.getByRole('button', { name: '选择文件并检查' }));
    expect(await screen.findByText('预览：园区清单.csv')).toBeTruthy();
    expect(
      screen.getByText(`共 3 条：与当前清单相比新增 0 条、修改 0 条、删除 ${reference.entries.length - 3} 条、未变 3 条。`),
    ).toBeTruthy();

    const confirm = screen.getByRole('button', { name: '确认导入 3 条并启用' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true); // a sheet carries no publisher: the user names it
    await user.type(screen.getByLabelText('发布单位'), '重庆市经信委');
    await user.click(confirm);

    expect(await screen.findByText('已导入 3 条，新清单已启用。')).toBeTruthy();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const active = await loadActiveCatalog();
    expect(active.catalog.entries).toHaveLength(3);
    expect(active.version?.provenance.publisher['zh-CN']).toBe('重庆市经信委');
  });

  it('lists the problems of a bad file and stores nothing', async () => {
    await installTestRoot();
    const user = userEvent.setup();
    files.offer({ name: 'list.csv', data: utf8('编号,名称,参考价格（万元）\nA-1,,15-25\nA-2,,待定\n') });
    await renderInChinese(
      <ImportPanel current={reference} activeVersion={undefined} versions={[]} language="zh-CN" onChanged={() => undefined} />,
    );
    await user.click(screen.getByRole('button', { name: '选择文件并检查' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('没有任何一行可以导入');
    // one line per problem: both unnamed rows are named by their row number
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(problems.filter((text) => text.includes('这一行没有名称'))).toEqual([
      expect.stringContaining('第 2 行'),
      expect.stringContaining('第 3 行'),
    ]);
    expect((await loadActiveCatalog()).versions).toEqual([]);
  });
});
