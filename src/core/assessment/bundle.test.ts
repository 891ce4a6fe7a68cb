import { describe, expect, it } from 'vitest';
import type { Company } from '../clients/company';
import { bundledFrameworks } from './bundled-frameworks';
import { createBundle, parseBundle } from './bundle';
import { scoreAssessment } from './score-assessment';

const company: Company = {
  id: 'c1',
  name: '重庆某精密零件有限公司',
  cluster: 'equipment',
  industryType: 'discrete',
  size: 'small',
  contactName: '张经理',
  contactPhone: '138…',
  isDemo: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function exported() {
  const fw = bundledFrameworks().find((f) => f.id === 'quick-check');
  if (!fw) throw new Error('missing');
  const answers = { strategy: { value: 'l2' }, quality: { value: 'l3', evidence: { note: '有三坐标' } } };
  const result = scoreAssessment(fw, 'discrete', answers);
  const bundle = createBundle(
    {
      company,
      assessment: {
        id: 'a1',
        frameworkId: fw.id,
        frameworkVersion: fw.version,
        status: 'completed',
        answers,
        createdAt: '2026-01-05T08:00:00.000Z',
        updatedAt: '2026-01-06T08:00:00.000Z',
      },
      result,
    },
    '2026-02-01T00:00:00Z',
  );
  return { bundle, result };
}

describe('assessment bundle', () => {
  it('round-trips through JSON and recomputes the same result; contact details stay home', () => {
    const { bundle, result } = exported();
    const text = JSON.stringify(bundle);
    expect(text).not.toContain('张经理');
    const back = parseBundle(JSON.parse(text), bundledFrameworks());
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.result).toEqual(result);
      expect(back.value.bundle.company.name).toBe(company.name);
    }
  });

  it('refuses a bundle from a newer app, naming the version', () => {
    const { bundle } = exported();
    const r = parseBundle({ ...bundle, formatVersion: 2, somethingNew: true }, bundledFrameworks());
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.params])).toEqual([['file.newerFormat', { version: 2, supported: 1 }]]);
  });

  it('refuses an unknown framework version and answers that do not fit, saying which', () => {
    const { bundle } = exported();
    const unknown = parseBundle({ ...bundle, assessment: { ...bundle.assessment, frameworkVersion: '2.0.0' } }, bundledFrameworks());
    expect(unknown.ok ? [] : unknown.problems.map((p) => [p.code, p.path])).toEqual([
      ['file.unknownFramework', 'assessment.frameworkVersion'],
    ]);
    const bad = parseBundle(
      { ...bundle, assessment: { ...bundle.assessment, answers: { strategy: { value: 'l9' }, ghost: { value: 'l1' } } } },
      bundledFrameworks(),
    );
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.path])).toEqual([
      ['answers.unknownOption', 'assessment.answers.strategy'],
      ['answers.unknownQuestion', 'assessment.answers.ghost'],
    ]);
  });

  it('refuses other files and broken shapes with the path', () => {
    expect(parseBundle({ format: 'something-else' }, bundledFrameworks())).toMatchObject({
      ok: false,
      problems: [{ code: 'file.wrongFormat' }],
    });
    const { bundle } = exported();
    const r = parseBundle({ ...bundle, company: { ...bundle.company, name: '' } }, bundledFrameworks());
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['company.name']);
  });
});
