import { describe, expect, it } from 'vitest';
import clusters from '../../../assets/clusters/chongqing-33618.json';
import { demoRows } from './demo-records';
import { bundledSampleData, bundledSamples, checkSample } from './bundled-samples';

describe('bundled sample companies', () => {
  it('are at least six, each in a different 33618 cluster, with an answer set for every bundled framework', () => {
    const samples = bundledSamples();
    expect(samples.length).toBeGreaterThanOrEqual(6);
    const known = new Set(clusters.clusters.map((c) => c.code));
    for (const s of samples) expect(known).toContain(s.cluster);
    expect(new Set(samples.map((s) => s.cluster)).size).toBe(samples.length);
    for (const s of samples)
      expect(s.assessments.map((a) => a.frameworkId).sort()).toEqual(['cmmm-2020', 'quick-check', 'sme-digital-2024']);
  });

  it('differ in maturity, so the demo shows more than one level', () => {
    const rows = demoRows(bundledSamples(), 'zh-CN', '2026-01-01T00:00:00.000Z');
    const cmmmLevels = rows.assessments.filter((a) => a.frameworkId === 'cmmm-2020').map((a) => a.result?.level);
    expect(new Set(cmmmLevels).size).toBeGreaterThanOrEqual(2);
    for (const a of rows.assessments) expect(a.result?.completion.unanswered).toBe(0);
  });

  it('names a company in the language asked for', () => {
    const [zh] = demoRows(bundledSamples(), 'zh-TW', 'x').companies;
    const [en] = demoRows(bundledSamples(), 'en', 'x').companies;
    expect(zh?.name).toBe('渝興汽車沖壓件有限公司');
    expect(en?.name).toBe('Yuxing Auto Stamping Co., Ltd.');
  });

  it('rejects a sample whose answers do not fit the framework, naming the question', () => {
    const base = structuredClone(bundledSampleData[0]) as { assessments: { answers: Record<string, unknown> }[] };
    const first = base.assessments[0];
    if (!first) throw new Error('no assessment');
    first.answers.strategy = { value: 'l9' };
    const checked = checkSample(base);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.join('\n')).toMatch(/quick-check\.strategy: no option "l9"/);
  });
});
