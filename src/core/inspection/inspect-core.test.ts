import { describe, expect, it } from 'vitest';
import { resultsCsv } from './csv';
import { expectedFalseAlarmRate, histogram } from './histogram';
import { cropToRoi } from './roi';
import { inspectionStats } from './stats';
import type { InspectionResult } from './records';

const base = {
  projectId: 'p',
  fileName: 'a.png',
  source: 'batch',
  score: 1,
  threshold: 2,
  backend: 'wasm',
  timingMs: 10,
  thumbnail: new Uint8Array(),
  map: { width: 1, height: 1, low: 0, high: 0, data: new Uint8Array(1) },
} as const;

describe('inspection helpers', () => {
  it('moves the expected false-alarm rate as the threshold moves', () => {
    const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(expectedFalseAlarmRate(scores, 100)).toBeCloseTo(0.5 / 11);
    expect(expectedFalseAlarmRate(scores, 9)).toBeCloseTo(2.5 / 11);
    expect(expectedFalseAlarmRate(scores, 0)).toBeGreaterThan(0.9);
    const h = histogram(scores, 5, [20]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(h.max).toBeGreaterThan(20);
  });

  it('crops a region of interest given in fractions', () => {
    const img = { width: 4, height: 2, data: Uint8Array.from({ length: 24 }, (_, i) => i) };
    const out = cropToRoi(img, { x: 0.5, y: 0.5, w: 0.5, h: 0.5 });
    expect(out).toMatchObject({ width: 2, height: 1 });
    expect(Array.from(out.data)).toEqual([18, 19, 20, 21, 22, 23]);
    expect(cropToRoi(img, { x: 0, y: 0, w: 0.001, h: 1 })).toBe(img);
  });

  it('counts reviewed verdicts, groups by day and ranks defect types for the Pareto chart', () => {
    const day = new Date(2026, 10, 20, 10).getTime();
    const results = [
      { checkedAt: day, verdict: 'ng', modelVerdict: 'ng', defectType: '划痕' },
      { checkedAt: day, verdict: 'ng', modelVerdict: 'ng', defectType: '划痕' },
      { checkedAt: day, verdict: 'ng', modelVerdict: 'ng', defectType: '凹坑' },
      { checkedAt: day + 86_400_000, verdict: 'ok', modelVerdict: 'ng' },
      { checkedAt: day + 86_400_000, verdict: 'ng', modelVerdict: 'ng' },
    ] as const;
    const stats = inspectionStats(results, '未命名');
    expect(stats).toMatchObject({ ok: 1, ng: 4, corrected: 1 });
    expect(stats.byDay).toEqual([
      { day: '2026-11-20', ok: 0, ng: 3 },
      { day: '2026-11-21', ok: 1, ng: 1 },
    ]);
    expect(stats.pareto.map((p) => [p.name, p.count])).toEqual([
      ['划痕', 2],
      ['凹坑', 1],
      ['未命名', 1],
    ]);
    expect(stats.pareto.at(-1)?.cumulative).toBe(1);
  });

  it('exports CSV that Excel opens in UTF-8 and that cannot smuggle formulas', () => {
    const rows: InspectionResult[] = [
      {
        ...base,
        id: '1',
        checkedAt: new Date(2026, 10, 20, 8, 30, 15).getTime(),
        verdict: 'ng',
        modelVerdict: 'ok',
        defectType: '=HYPERLINK("x")',
        fileName: 'a,b.png',
      },
    ];
    const csv = resultsCsv('阀体', rows, {
      headers: ['项目', '时间', '文件', '结论', '模型结论', '分数', '阈值', '缺陷类型', '后端', '耗时'],
      verdict: { ok: '合格', ng: '不合格' },
    });
    expect(csv.startsWith('\uFEFF项目,')).toBe(true);
    expect(csv).toContain('阀体,2026-11-20 08:30:15,"a,b.png",不合格,合格,1.000,2.000,"\'=HYPERLINK(""x"")",wasm,10');
  });
});

describe('refit with corrections', () => {
  it('raises the threshold above false alarms but never above a confirmed defect, and lowers it for misses', async () => {
    const { thresholdFromCorrections } = await import('./refit');
    const r = (verdict: 'ok' | 'ng', modelVerdict: 'ok' | 'ng', score: number) => ({ verdict, modelVerdict, score });
    expect(thresholdFromCorrections(5, [r('ok', 'ok', 1), r('ng', 'ng', 9)])).toBeUndefined();
    expect(thresholdFromCorrections(5, [r('ok', 'ng', 6), r('ng', 'ng', 9)])).toBeCloseTo(6.006, 2);
    expect(thresholdFromCorrections(5, [r('ok', 'ng', 9.5), r('ng', 'ng', 9)])).toBe(9);
    expect(thresholdFromCorrections(5, [r('ng', 'ok', 4), r('ng', 'ng', 9)])).toBe(4);
  });
});
