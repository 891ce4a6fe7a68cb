import { describe, expect, it } from 'vitest';
import type { Answers } from '../../assessment/answers';
import { bundledFrameworks } from '../../assessment/bundled-frameworks';
import { scoreAssessment } from '../../assessment/score-assessment';
import { loadReferenceCatalog } from '../reference-catalog';
import { gapActions } from './gap-actions';

const framework = (id: string) => {
  const fw = bundledFrameworks().find((f) => f.id === id);
  if (!fw) throw new Error(id);
  return fw;
};
const entries = loadReferenceCatalog().entries;

describe('gapActions', () => {
  it('CMMM at level 1: one action per sub-domain, aiming at level 2 with its requirement, guidance and entries that lift the domain from level 1', () => {
    const fw = framework('cmmm-2020');
    const answers: Answers = Object.fromEntries(fw.questions.map((q) => [q.id, { value: q.level === 1 ? 1 : q.level === 2 ? 0.5 : 0 }]));
    const result = scoreAssessment(fw, 'discrete', answers);
    expect(result.level).toBe(1);
    const actions = gapActions(fw, result, answers, entries);
    expect(actions).toHaveLength(20);
    expect(new Set(actions.map((a) => a.key)).size).toBe(20);
    for (const action of actions) {
      expect([action.key, action.currentLevel, action.nextLevel, action.blocksNextLevel]).toEqual([action.subDomainId, 1, 2, true]);
      const requirement = fw.questions.find((q) => q.subDomainId === action.subDomainId && q.level === 2);
      expect(action.requirement).toEqual(requirement?.text);
      expect(action.guidance?.level).toBe(2);
      expect(action.entries.length).toBeLessThanOrEqual(3);
    }
    const data = actions.find((a) => a.key === 'data');
    expect(data?.guidance?.looksLike['zh-CN']).toContain('扫码报工');
    expect(data?.entries.length).toBeGreaterThan(0);
    for (const { entry } of data?.entries ?? []) expect(entry.lifts.some((l) => l.domain === 'data' && l.from <= 1 && l.to > 1)).toBe(true);
  });

  it('lists planned entries first and marks them', () => {
    const fw = framework('cmmm-2020');
    const answers: Answers = Object.fromEntries(fw.questions.map((q) => [q.id, { value: q.level === 1 ? 1 : 0 }]));
    const result = scoreAssessment(fw, 'discrete', answers);
    const unplanned = gapActions(fw, result, answers, entries, { entriesPerGap: 10 }).find((a) => a.key === 'data');
    const last = unplanned?.entries.at(-1)?.entry.id;
    if (!last) throw new Error('no entries for data');
    const planned = gapActions(fw, result, answers, entries, { plannedEntryIds: new Set([last]) }).find((a) => a.key === 'data');
    expect(planned?.entries[0]).toMatchObject({ inRoadmap: true, entry: { id: last } });
    expect(planned?.entries.slice(1).every((e) => !e.inRoadmap)).toBe(true);
  });

  it('SME scenario at level 1: next is its level-2 descriptor, with guidance and entries serving that scenario', () => {
    const fw = framework('sme-digital-2024');
    const answers: Answers = { 'sc-quality': { value: 1 } };
    const result = scoreAssessment(fw, 'discrete', answers);
    const quality = gapActions(fw, result, answers, entries).find((a) => a.key === 'sc-quality');
    const question = fw.questions.find((q) => q.id === 'sc-quality');
    if (question?.type !== 'scenarioLevel') throw new Error('fixture');
    expect(quality).toMatchObject({ currentLevel: 1, nextLevel: 2, constraint: true, requirement: question.descriptors[1]?.text });
    expect(quality?.guidance?.level).toBe(2);
    expect(quality?.entries.length).toBeGreaterThan(0);
    for (const { entry } of quality?.entries ?? []) expect(entry.scenarios).toContain('SME-07');
    // The scored part's questions have no level and no catalog domain: the question itself, no entries.
    const network = gapActions(fw, result, answers, entries).find((a) => a.key === 'network');
    expect(network).toMatchObject({ nextLevel: undefined, guidance: undefined, entries: [] });
  });

  it('quick check: the next answer option is what the next level needs, with the question\'s own guidance', () => {
    const fw = framework('quick-check');
    const answers: Answers = Object.fromEntries(fw.questions.map((q) => [q.id, { value: q.id === 'data-use' ? 'l1' : 'l2' }]));
    const result = scoreAssessment(fw, 'discrete', answers);
    const actions = gapActions(fw, result, answers, entries);
    expect(actions).toHaveLength(15);
    const dataUse = actions.find((a) => a.key === 'data-use');
    expect(dataUse?.requirement['zh-CN']).toBe('系统自动出报表');
    expect(dataUse?.guidance?.looksLike['zh-CN']).toContain('报表由系统自动生成');
    expect(actions.find((a) => a.key === 'quality')).toMatchObject({ currentLevel: 2, nextLevel: 3 });
  });
});
