import { describe, expect, it } from 'vitest';
import { bundledFrameworkData, bundledFrameworks } from './bundled-frameworks';
import { loadFramework } from './load-framework';
import { scoreAssessment } from './score-assessment';

describe('bundled frameworks', () => {
  it.each(bundledFrameworkData.map((data, i) => [i, data] as const))('file %i passes the schema and the consistency checks', (_i, data) => {
    const result = loadFramework(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('CMMM has 4 elements, 12 domains, 20 sub-domains, 5 levels and a requirement for every sub-domain at every level', () => {
    const fw = bundledFrameworks().find((f) => f.id === 'cmmm-2020');
    expect(fw).toBeDefined();
    if (!fw) return;
    const domains = fw.elements.flatMap((e) => e.domains);
    const subDomains = domains.flatMap((d) => d.subDomains);
    expect([fw.elements.length, domains.length, subDomains.length, fw.levels.length]).toEqual([4, 12, 20, 5]);
    for (const sd of subDomains) {
      const levels = new Set(fw.questions.filter((q) => q.subDomainId === sd.id).map((q) => q.level));
      expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
    }
    expect(fw.scoring).toMatchObject({ model: 'levelLadder', threshold: 0.8 });
  });

  it('SME 2024 is worth 100 points split 50/30/20 and has 16 scenarios, 10 of them constraint scenarios', () => {
    const fw = bundledFrameworks().find((f) => f.id === 'sme-digital-2024');
    if (!fw) throw new Error('missing');
    const all = Object.fromEntries(
      fw.questions.map((q) => [
        q.id,
        q.type === 'multiSelect'
          ? { value: q.options.map((o) => o.id) }
          : q.type === 'numericBands'
            ? { value: q.max }
            : q.type === 'singleChoice'
              ? { value: [...q.options].sort((a, b) => b.points - a.points)[0]?.id ?? '' }
              : { value: 4 },
      ]),
    );
    const result = scoreAssessment(fw, 'discrete', all);
    expect(result.totalScore).toBe(100);
    expect(result.elements.filter((e) => e.id !== 'operations').map((e) => [e.id, e.value])).toEqual([
      ['foundation', 50],
      ['management', 30],
      ['outcomes', 20],
    ]);
    expect(result.scenarios).toHaveLength(16);
    expect(result.scenarios.filter((s) => s.constraint)).toHaveLength(10);
    expect(result.level).toBe(4);
  });

  it('the quick check has about 15 questions on the same 12 domains as CMMM', () => {
    const [quick, cmmm] = ['quick-check', 'cmmm-2020'].map((id) => bundledFrameworks().find((f) => f.id === id));
    if (!quick || !cmmm) throw new Error('missing');
    expect(quick.questions.length).toBe(15);
    const ids = (fw: typeof quick) => fw.elements.flatMap((e) => e.domains.map((d) => d.id));
    expect(ids(quick)).toEqual(ids(cmmm));
  });
});

describe('guidance in the bundled frameworks', () => {
  const byId = (id: string) => {
    const fw = bundledFrameworks().find((f) => f.id === id);
    if (!fw) throw new Error(`missing ${id}`);
    return fw;
  };
  const levelsOf = (guidance: readonly { level: number }[] | undefined) => (guidance ?? []).map((g) => g.level);

  it('every CMMM sub-domain has guidance for each of its five levels', () => {
    const fw = byId('cmmm-2020');
    for (const sd of fw.elements.flatMap((e) => e.domains.flatMap((d) => d.subDomains)))
      expect([sd.id, levelsOf(sd.guidance)]).toEqual([sd.id, [1, 2, 3, 4, 5]]);
  });

  it('every SME scenario has guidance for levels 1–4', () => {
    const fw = byId('sme-digital-2024');
    const scenarios = fw.questions.filter((q) => q.type === 'scenarioLevel');
    expect(scenarios).toHaveLength(16);
    const subDomains = new Map(fw.elements.flatMap((e) => e.domains.flatMap((d) => d.subDomains)).map((sd) => [sd.id, sd]));
    for (const q of scenarios) expect([q.id, levelsOf(subDomains.get(q.subDomainId)?.guidance)]).toEqual([q.id, [1, 2, 3, 4]]);
  });

  it('every quick-check question has guidance for each level its answers can reach', () => {
    const fw = byId('quick-check');
    for (const q of fw.questions) expect([q.id, levelsOf(q.guidance)]).toEqual([q.id, [1, 2, 3, 4, 5]]);
  });

  it('each entry gives two or three first steps and says them in all three languages, zh-TW in Traditional characters', () => {
    const all = bundledFrameworks().flatMap((fw) =>
      [...fw.elements.flatMap((e) => e.domains.flatMap((d) => d.subDomains)), ...fw.questions].flatMap((n) => n.guidance ?? []),
    );
    expect(all.length).toBe(100 + 64 + 75);
    // Characters that only Simplified Chinese writes this way, common in this text (数据 → 資料, 设备 → 設備 …).
    const simplifiedOnly = /[数据设备产质务现门们进这时间层级测检检应为样请问个类发实历关开队]/u;
    for (const g of all) {
      expect(g.firstSteps.length).toBeGreaterThanOrEqual(2);
      for (const text of [g.looksLike, g.effort, ...g.firstSteps]) {
        expect(text['zh-TW']).not.toMatch(simplifiedOnly);
        expect(text.en).not.toMatch(/[\u4e00-\u9fff]/u);
      }
    }
  });
});
