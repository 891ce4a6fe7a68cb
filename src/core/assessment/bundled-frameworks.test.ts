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
    const all = Object.fromEntries(fw.questions.map((q) => [q.id, q.type === 'multiSelect' ? { value: q.options.map((o) => o.id) } : q.type === 'numericBands' ? { value: q.max } : q.type === 'singleChoice' ? { value: [...q.options].sort((a, b) => b.points - a.points)[0]?.id ?? '' } : { value: 4 }]));
    const result = scoreAssessment(fw, 'discrete', all);
    expect(result.totalScore).toBe(100);
    expect(result.elements.filter((e) => e.id !== 'operations').map((e) => [e.id, e.value])).toEqual([['foundation', 50], ['management', 30], ['outcomes', 20]]);
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
