// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadResult, startAssessment } from '../../app/assessment';
import { createCompany } from '../../app/clients';
import { installRoot } from '../../app/root';
import { installTestRoot } from '../../app/test-support';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { renderInChinese } from '../test-support';
import { Questionnaire } from './Questionnaire';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

afterEach(() => {
  cleanup();
  installRoot(undefined);
});

describe('answering the questionnaire (what the user sees)', () => {
  it('saves each answer as it is given, and finishing scores the assessment and opens its result', async () => {
    await installTestRoot();
    const user = userEvent.setup();
    const company = await createCompany({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
    const record = await startAssessment(company, quick);
    await renderInChinese(<Questionnaire assessmentId={record.id} />);

    expect(await screen.findByText('企业对智能制造的规划做到了哪一步？')).toBeTruthy();
    expect(screen.getByText('重庆甲机械')).toBeTruthy();
    expect(screen.getByText(`已答 0 / ${quick.questions.length}`)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /有成文规划和预算/ }));
    expect(screen.getByText(`已答 1 / ${quick.questions.length}`)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('已保存')).toBeTruthy());
    expect(
      screen.getByText(`还有 ${quick.questions.length - 1} 道题没有回答，未答的题按“不满足”计分。可以先看结果，之后再回来补答。`),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '计算结果' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/results/${record.id}`));
    const stored = await loadResult(record.id);
    expect(stored?.record.status).toBe('completed');
    expect(stored?.record.answers).toEqual({ strategy: { value: 'l2' } });
  });

  it('says so when the assessment does not exist', async () => {
    await installTestRoot();
    await renderInChinese(<Questionnaire assessmentId="missing" />);
    expect(await screen.findByText('找不到这次自评，或它使用的评估框架版本本机没有。')).toBeTruthy();
  });
});
