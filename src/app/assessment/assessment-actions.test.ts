import { afterEach, describe, expect, it } from 'vitest';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { createCompany } from '../clients';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import {
  AnswerAutosaver,
  answerStore,
  completeAssessment,
  latestAssessmentWithResult,
  loadCompanyAssessments,
  loadResult,
  openQuestionnaire,
  startAssessment,
} from '.';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

afterEach(() => installRoot(undefined));

describe('assessment actions', () => {
  it('starts an assessment, autosaves answers, and completing it scores and stores the result', async () => {
    await installTestRoot();
    const company = await createCompany({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
    const record = await startAssessment(company, quick);
    expect((await loadCompanyAssessments(company.id)).assessments.map((a) => a.id)).toEqual([record.id]);

    const saver = new AnswerAutosaver(answerStore, record.id, { delayMs: 0 });
    await saver.change('strategy', { value: 'l3' });
    await saver.flush();
    const open = await openQuestionnaire(record.id);
    expect(open?.record.answers).toEqual({ strategy: { value: 'l3' } });
    expect(open?.company?.name).toBe('重庆甲机械');
    expect(await latestAssessmentWithResult(company.id)).toBeUndefined();

    const done = await completeAssessment(record, quick, { strategy: { value: 'l3' } });
    expect(done.status).toBe('completed');
    expect(done.result).toEqual(scoreAssessment(quick, 'discrete', { strategy: { value: 'l3' } }));
    expect((await latestAssessmentWithResult(company.id))?.id).toBe(record.id);
    expect((await loadResult(record.id))?.result.level).toBe(done.result?.level);
  });

  it('scores an assessment still in progress on the fly, and knows no unknown ones', async () => {
    await installTestRoot();
    const company = await createCompany({ name: '乙公司', industryType: 'process', isDemo: false });
    const record = await startAssessment(company, quick);
    const loaded = await loadResult(record.id);
    expect(loaded?.record.status).toBe('inProgress');
    expect(loaded?.result).toEqual(scoreAssessment(quick, 'process', {}));
    expect(await loadResult('missing')).toBeUndefined();
    expect(await openQuestionnaire('missing')).toBeUndefined();
    expect(await loadCompanyAssessments('missing')).toEqual({ company: undefined, assessments: [] });
  });
});
