import { describe, expect, it } from 'vitest';
import type { Answers } from '../../assessment/answers';
import { bundledFrameworks } from '../../assessment/bundled-frameworks';
import { scoreAssessment } from '../../assessment/score-assessment';
import { loadReferenceCatalog } from '../reference-catalog';
import { gapActions } from './gap-actions';
import type { RoadmapPhase } from './roadmap-phases';
import { scenarioRuleAfterPlan } from './scenario-rule';

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
    // Entries made for the gap come before those that help it on the side.
    const made = (e: { entry: { lifts: { domain: string }[] } }) => e.entry.lifts[0]?.domain === 'data';
    const flags =
      gapActions(fw, result, answers, entries, { entriesPerGap: 20 })
        .find((a) => a.key === 'data')
        ?.entries.map(made) ?? [];
    expect(flags).toContain(true);
    expect(flags).toContain(false);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
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
    // At level 1 with the scored part full, the scenarios hold back level 2: those the roadmap plans for
    // come first, then constraint scenarios, then the rest.
    const full = Object.fromEntries(
      fw.questions.map((q) => [
        q.id,
        {
          value:
            q.type === 'multiSelect'
              ? q.options.map((o) => o.id)
              : q.type === 'numericBands'
                ? q.max
                : q.type === 'singleChoice'
                  ? ([...q.options].sort((a, b) => b.points - a.points)[0]?.id ?? '')
                  : 1,
        },
      ]),
    );
    const atOne = scoreAssessment(fw, 'discrete', full);
    expect(atOne.level).toBe(1);
    const planned = gapActions(fw, atOne, full, entries, { plannedEntryIds: new Set(quality?.entries.map((e) => e.entry.id)) });
    expect(planned.every((a) => a.blocksNextLevel)).toBe(true);
    const firstUnplanned = planned.findIndex((a) => !a.entries.some((e) => e.inRoadmap));
    expect(planned.findIndex((a) => a.key === 'sc-quality')).toBeLessThan(firstUnplanned);
    expect(planned.slice(firstUnplanned).every((a) => !a.entries.some((e) => e.inRoadmap))).toBe(true);
    const blockers = gapActions(fw, atOne, full, entries);
    expect(blockers.findIndex((a) => !a.constraint)).toBeGreaterThan(blockers.findLastIndex((a) => a.constraint));
    // The scored part's questions have no level and no catalog domain: the question itself, no entries.
    const network = gapActions(fw, result, answers, entries).find((a) => a.key === 'network');
    expect(network).toMatchObject({ nextLevel: undefined, guidance: undefined, entries: [] });
  });

  it("quick check: the next answer option is what the next level needs, with the question's own guidance", () => {
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

describe('scenarioRuleAfterPlan', () => {
  it('counts the scenarios a plan raises against what the next SME level asks', () => {
    const fw = framework('sme-digital-2024');
    const answers: Answers = Object.fromEntries(
      fw.questions.map((q) => [
        q.id,
        {
          value:
            q.type === 'multiSelect'
              ? q.options.map((o) => o.id)
              : q.type === 'numericBands'
                ? q.max
                : q.type === 'singleChoice'
                  ? ([...q.options].sort((a, b) => b.points - a.points)[0]?.id ?? '')
                  : 1,
        },
      ]),
    );
    const result = scoreAssessment(fw, 'discrete', answers);
    const phase = (codes: string[]): RoadmapPhase => ({
      kind: 'foundation',
      steps: [],
      costWan: 0,
      voucherWan: 0,
      subsidyWan: 0,
      netCostWan: 0,
      startWeek: 0,
      endWeek: 1,
      domainLevels: {},
      overallLevel: 1,
      raised: codes.map((code) => ({ kind: 'scenario', code, from: 1, to: 2 })),
    });
    // SME-07 quality, -08 equipment, -09 safety are constraint scenarios; -02 process design, -04 after-sales, -14 HR are not.
    const short = scenarioRuleAfterPlan(fw, result, [phase(['SME-07', 'SME-08', 'SME-02', 'SME-04', 'SME-14'])]);
    expect(short).toMatchObject({ level: 2, atLeastLevel: 2, need: 6, constraintNeed: 3, have: 5, constraintHave: 2, met: false });
    expect(scenarioRuleAfterPlan(fw, result, [phase(['SME-07', 'SME-08', 'SME-02']), phase(['SME-09', 'SME-04', 'SME-14'])])).toMatchObject(
      { have: 6, constraintHave: 3, met: true },
    );
  });
});
