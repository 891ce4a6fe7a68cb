import { describe, expect, it } from 'vitest';
import { loadFramework } from './load-framework';
import { tinyLadder, tinyPoints } from './test-support/tiny-frameworks';

function problemPaths(data: unknown): string[] {
  const r = loadFramework(data);
  return r.ok ? [] : r.problems.map((p) => p.path);
}

describe('loadFramework', () => {
  it('accepts a valid framework', () => {
    expect(loadFramework(tinyLadder()).ok).toBe(true);
  });

  it('reports the path of every shape problem at once', () => {
    const fw = structuredClone(tinyLadder()) as unknown as Record<string, unknown> & { elements: { name: Record<string, unknown> }[]; questions: Record<string, unknown>[] };
    delete fw.elements[0]?.name.en;
    if (fw.questions[2]) fw.questions[2].type = 'essay';
    fw.version = 'one';
    expect(problemPaths(fw).sort()).toEqual(['elements[0].name.en', 'questions[2].type', 'version']);
  });

  it('reports every broken reference, duplicate and inconsistent number', () => {
    const fw = tinyLadder();
    const [q0, q1] = fw.questions;
    const l3 = fw.levels[2];
    if (!q0 || !q1 || !l3) throw new Error('fixture');
    q0.subDomainId = 'ghost';
    q1.id = q0.id;
    l3.level = 4;
    expect(problemPaths(fw)).toEqual(['levels[2].level', 'questions[0].subDomainId', 'questions[1].id']);
  });

  it('finds gaps between bands and point totals that do not add up', () => {
    const fw = tinyPoints();
    const rate = fw.questions[0];
    if (rate?.type !== 'numericBands') throw new Error('fixture');
    rate.bands[1] = { from: 12, to: 60, points: 3 };
    fw.scoring = { ...fw.scoring, model: 'points', maxScore: 12, levelRules: [{ level: 1, minScore: 3 }] };
    expect(problemPaths(fw)).toEqual(['questions[0].bands[1].from', 'scoring.maxScore']);
  });

  it('rejects a ladder requirement without its level', () => {
    const fw = tinyLadder();
    const q = fw.questions[0];
    if (q) delete q.level;
    expect(problemPaths(fw)).toEqual(['questions[0].level']);
  });
});
