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
    const fw = structuredClone(tinyLadder()) as unknown as Record<string, unknown> & {
      elements: { name: Record<string, unknown> }[];
      questions: Record<string, unknown>[];
    };
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

  it('takes guidance on sub-domains and questions, and reports levels it does not have or names twice', () => {
    const fw = tinyLadder();
    const text = { 'zh-CN': '先做这个', en: 'Do this first', 'zh-TW': '先做這個' };
    const guidance = (level: number) => ({ level, looksLike: text, firstSteps: [text, text], effort: text });
    const sd = fw.elements[0]?.domains[0]?.subDomains[0];
    const q0 = fw.questions[0];
    if (!sd || !q0) throw new Error('fixture');
    sd.guidance = [guidance(1), guidance(2)];
    q0.guidance = [guidance(1)];
    expect(loadFramework(fw).ok).toBe(true);
    sd.guidance = [guidance(1), guidance(1), guidance(9)];
    expect(problemPaths(fw)).toEqual([
      'elements[0].domains[0].subDomains[0].guidance[1].level',
      'elements[0].domains[0].subDomains[0].guidance[2].level',
    ]);
    sd.guidance = undefined;
    q0.guidance = [{ ...guidance(2), firstSteps: [text] }];
    expect(problemPaths(fw)).toEqual(['questions[0].guidance[0].firstSteps']);
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
