// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticPartPng } from '../../../test/support/synthetic-parts.mjs';
import { installRoot } from '../../app/root';
import { installTestRoot, memoryPlatform } from '../../app/test-support';
import { renderInChinese } from '../test-support';
import { InspectionScreen } from './InspectionScreen';

/*
 * The Inspect screen as a user drives it, on the real app actions over fake-indexeddb and the real inspection
 * worker handlers with the shipped model, in process (app/test-support.ts), in simplified Chinese.
 */
const files = memoryPlatform();
vi.mock('../../platform', () => ({ getPlatform: () => files.platform }));

const good = (seed: number) => ({ name: `good-${seed}.png`, data: syntheticPartPng(seed) });
const pit = (seed: number) => ({ name: `pit-${seed}.png`, data: syntheticPartPng(seed, 'pit') });

beforeAll(() => {
  // jsdom has no object URLs, 2D canvas or scrolling: thumbnails get a placeholder address, heat maps stay blank
  URL.createObjectURL = () => 'blob:thumbnail';
  URL.revokeObjectURL = () => undefined;
  HTMLCanvasElement.prototype.getContext = () => null;
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(() => {
  cleanup();
  installRoot(undefined);
});

const slow = { timeout: 60_000 };

/** Creates a project and teaches it from 12 good parts through the teaching panel. */
async function teachProject(user: UserEvent, name: string): Promise<void> {
  await user.type(await screen.findByLabelText('新项目'), name);
  await user.click(screen.getByRole('button', { name: '新建项目' }));
  expect(await screen.findByRole('heading', { name: '用良品训练' })).toBeTruthy();
  files.offer(...Array.from({ length: 12 }, (_, i) => good(500 + i)));
  const teach = screen.getByRole('button', { name: '选择良品图片…' });
  await waitFor(() => expect((teach as HTMLButtonElement).disabled).toBe(false), slow); // the model has started
  await user.click(teach);
  expect(await screen.findByText('已从 12 张良品图片学习完成。', undefined, slow)).toBeTruthy();
  expect(screen.getByText('本项目已用 12 张良品图片训练。')).toBeTruthy();
}

describe('the Inspect screen (what the user sees)', () => {
  it('teaches good parts and defect photos, then refits from a correction, accepts the new model and rolls it back', async () => {
    await installTestRoot();
    const user = userEvent.setup();
    await renderInChinese(<InspectionScreen />);
    await teachProject(user, '阀体');

    // defect photos: a type name, two examples, taught
    await user.type(screen.getByLabelText('缺陷类型'), '凹坑');
    files.offer(pit(700), pit(701));
    await user.click(screen.getByRole('button', { name: '添加样例…' }));
    expect(await screen.findByText('凹坑：2 张样例')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '学习这些缺陷图片' }));
    expect(await screen.findByText('已学习 1 种缺陷类型（0 张图片无法使用）。', undefined, slow)).toBeTruthy();
    expect(screen.getByText('已知类型：凹坑 (2)')).toBeTruthy();

    // check one part with a pit: it fails
    await user.click(screen.getByRole('tab', { name: '检测' }));
    files.offer(pit(900));
    await user.click(await screen.findByRole('button', { name: '检测一张图片…' }));
    expect(await screen.findByText('不合格', { selector: '.gz-inspect-signal strong' }, slow)).toBeTruthy();
    expect(screen.getByText('缺陷：凹坑')).toBeTruthy(); // named after the taught defect photos

    // the reviewer calls it a false alarm; the refit learns from it
    await user.click(screen.getByRole('tab', { name: '记录' }));
    await user.click(await screen.findByRole('button', { name: '误报：改为合格' }));
    expect(await screen.findByText('共有 1 条更正，其中 1 条可用于重新训练。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '用更正重新训练' }));
    const preview = await screen.findByTestId('refit-preview', undefined, slow);
    expect(within(preview).getByText('重新训练的结果（尚未使用）')).toBeTruthy();
    expect(within(preview).getByText(/^阈值：\d+\.\d\d → \d+\.\d\d（新阈值按新模型的分数计算）$/)).toBeTruthy();
    expect(within(preview).getByText('良品图片：12 张教学图片 + 1 张由审核改为合格的图片')).toBeTruthy();

    await user.click(within(preview).getByRole('button', { name: '使用新模型' }));
    expect(await screen.findByText('已改用重新训练的模型，原模型已保留，可随时退回。')).toBeTruthy();
    expect(screen.getByText(/^上一个模型：阈值 \d+\.\d\d，于 .+ 被替换。$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '退回上一个模型' }));
    expect(await screen.findByText('已退回上一个模型。')).toBeTruthy();
  }, 240_000);

  it('checks a batch with a broken file: counts, the NG gallery, the file it could not read, and the way to the records', async () => {
    await installTestRoot();
    const user = userEvent.setup();
    await renderInChinese(<InspectionScreen />);
    await teachProject(user, '端盖');

    await user.click(screen.getByRole('tab', { name: '检测' }));
    files.offer(good(800), good(801), good(802), pit(810), pit(811), {
      name: 'broken.png',
      data: new TextEncoder().encode('not an image'),
    });
    await user.click(await screen.findByRole('button', { name: '检测多张图片…' }));
    expect(await screen.findByText('完成：已检测 6 / 6。', undefined, slow)).toBeTruthy();

    const summary = await screen.findByTestId('batch-summary');
    expect(within(summary).getByText('本批结果')).toBeTruthy();
    expect(within(summary).getByText('合格 3')).toBeTruthy();
    expect(within(summary).getByText('不合格 2')).toBeTruthy();
    expect(within(summary).getByText('1 张图片无法检测。', { exact: false })).toBeTruthy();
    const gallery = within(summary).getByRole('list', { name: '本批不合格结果' });
    expect(
      within(gallery)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('data-file')),
    ).toEqual(expect.arrayContaining(['pit-810.png', 'pit-811.png']));

    const unreadable = screen.getByRole('list', { name: '无法检测的图片' });
    expect(within(unreadable).getByText('broken.png: 这个文件不是图片。')).toBeTruthy();

    await user.click(within(summary).getByRole('button', { name: '打开检测记录逐一复核' }));
    expect(await screen.findByRole('heading', { name: '检测记录' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '记录', selected: true })).toBeTruthy();
  }, 240_000);
});
