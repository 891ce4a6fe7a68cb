import type { IndustryType } from '../clients/company';
import type { Answers } from './answers';
import { completionOf, indexFramework, round4, type FrameworkIndex, type IndexedNode } from './framework-index';
import type { Framework, LadderScoring } from './framework-schema';
import { ladderContribution, requirementRatio } from './question-score';
import type { AssessmentResult, Gap, LevelScore, NextLevel, NodeScore } from './result-types';

/** Per level (index k-1): the node's score at that level, or undefined when nothing in it touches the level. */
type PerLevel = (number | undefined)[];

const EPS = 1e-9;

/**
 * Sum of level scores from level 1 up, stopping after the first level below the threshold: higher
 * levels only count while every lower one is met. Levels with no applicable requirement are skipped.
 */
export function ladderTotal(levelScores: PerLevel, threshold: number): number {
  let total = 0;
  for (const s of levelScores) {
    if (s === undefined) continue;
    total += s;
    if (s + EPS < threshold) break;
  }
  return total;
}

/** Highest level reached bottom-up (every applicable level up to it scores at least the threshold). */
export function bottomUpLevel(levelScores: PerLevel, threshold: number): number {
  let reached = 0;
  for (const [i, s] of levelScores.entries()) {
    if (s === undefined) continue;
    if (s + EPS < threshold) break;
    reached = i + 1;
  }
  return reached;
}

export function levelFromTable(total: number, table: LadderScoring['scoreToLevel']): number {
  let level = 0;
  for (const row of table) if (total + EPS >= row.minScore) level = row.level;
  return level;
}

interface Rollup {
  scores: Map<string, PerLevel>;
  /** Share of each node within its parent at each level (0 where absent). */
  shares: Map<string, number[]>;
  /** Active questions of each sub-domain touching each level. */
  counts: Map<string, number[]>;
  top: PerLevel;
}

function rollUp(index: FrameworkIndex, answers: Answers, levelCount: number): Rollup {
  const scores = new Map<string, PerLevel>();
  const shares = new Map<string, number[]>();
  const counts = new Map<string, number[]>();
  for (const sd of index.subDomains) {
    const perLevel: PerLevel = [];
    const perLevelCount: number[] = [];
    for (let k = 1; k <= levelCount; k++) {
      let sum = 0;
      let n = 0;
      if (sd.applies) {
        for (const iq of index.questionsBySubDomain.get(sd.id) ?? []) {
          if (!iq.active) continue;
          const c = ladderContribution(iq.question, answers[iq.question.id], k);
          if (c === undefined) continue;
          sum += c;
          n += 1;
        }
      }
      perLevel.push(n > 0 ? sum / n : undefined);
      perLevelCount.push(n);
    }
    scores.set(sd.key, perLevel);
    counts.set(sd.key, perLevelCount);
  }
  const combine = (parents: IndexedNode[], children: IndexedNode[]): void => {
    const byKey = new Map(children.map((c) => [c.key, c]));
    for (const parent of parents) {
      const perLevel: PerLevel = [];
      for (let k = 0; k < levelCount; k++) {
        let weighted = 0;
        let weightSum = 0;
        for (const childKey of parent.childKeys) {
          const child = byKey.get(childKey);
          const s = scores.get(childKey)?.[k];
          if (!child || s === undefined || !child.applies) continue;
          weighted += child.weight * s;
          weightSum += child.weight;
        }
        perLevel.push(weightSum > 0 ? weighted / weightSum : undefined);
        for (const childKey of parent.childKeys) {
          const child = byKey.get(childKey);
          const s = scores.get(childKey)?.[k];
          const share = child && s !== undefined && child.applies && weightSum > 0 ? child.weight / weightSum : 0;
          const list = shares.get(childKey) ?? [];
          list[k] = share;
          shares.set(childKey, list);
        }
      }
      scores.set(parent.key, perLevel);
    }
  };
  combine(index.domains, index.subDomains);
  combine(index.elements, index.domains);
  const root: IndexedNode = {
    id: '(root)',
    key: '(root)',
    parentId: null,
    weight: 1,
    applies: true,
    childKeys: index.elements.map((e) => e.key),
  };
  combine([root], index.elements);
  return { scores, shares, counts, top: scores.get(root.key) ?? [] };
}

function nodeScores(nodes: IndexedNode[], kind: NodeScore['kind'], rollup: Rollup, threshold: number): NodeScore[] {
  return nodes.map((node) => {
    const perLevel = rollup.scores.get(node.key) ?? [];
    const max = perLevel.filter((s) => s !== undefined).length;
    const value = ladderTotal(perLevel, threshold);
    return {
      id: node.id,
      kind,
      parentId: node.parentId,
      applicable: node.applies && max > 0,
      value: round4(value),
      max,
      ratio: max > 0 ? round4(value / max) : 0,
      level: bottomUpLevel(perLevel, threshold),
    };
  });
}

/** Blockers of the next level first, then the biggest rise in total score, then lower levels first. */
export function compareGaps(a: Gap, b: Gap): number {
  return Number(b.blocksNextLevel) - Number(a.blocksNextLevel) || b.impact - a.impact || (a.level ?? 0) - (b.level ?? 0);
}

export function scoreLadder(fw: Framework, scoring: LadderScoring, industry: IndustryType, answers: Answers): AssessmentResult {
  const levelCount = fw.levels.length;
  const index = indexFramework(fw, industry, answers);
  const rollup = rollUp(index, answers, levelCount);
  const { threshold, scoreToLevel } = scoring;
  const total = ladderTotal(rollup.top, threshold);
  const level = levelFromTable(total, scoreToLevel);

  let stillCounting = true;
  const levelScores: LevelScore[] = rollup.top.map((s, i) => {
    const met = s !== undefined && s + EPS >= threshold;
    const counted = stillCounting && s !== undefined;
    if (s !== undefined && !met) stillCounting = false;
    return { level: i + 1, score: round4(s ?? 0), met, counted, applicable: s !== undefined };
  });
  const firstUnmet = levelScores.find((l) => l.applicable && !l.met);
  const nextRow = scoreToLevel.find((row) => row.level > level);
  const nextLevel: NextLevel | null = nextRow
    ? {
        model: 'levelLadder',
        level: nextRow.level,
        minTotalScore: nextRow.minScore,
        blockingLevel: firstUnmet?.level ?? null,
        blockingLevelScore: firstUnmet?.score ?? null,
        threshold,
      }
    : null;

  const share = (key: string, k: number): number => rollup.shares.get(key)?.[k] ?? 0;
  const gaps: { gap: Gap; order: number }[] = [];
  for (const iq of index.questions) {
    if (!iq.active) continue;
    const answer = answers[iq.question.id];
    const raised = [...rollup.top];
    let room = false;
    let roomAtBlocking = false;
    for (let k = 1; k <= levelCount; k++) {
      const c = ladderContribution(iq.question, answer, k);
      const current = raised[k - 1];
      if (c === undefined || c >= 1 || current === undefined) continue;
      room = true;
      if (firstUnmet?.level === k) roomAtBlocking = true;
      const n = rollup.counts.get(`s:${iq.subDomainId}`)?.[k - 1] ?? 1;
      const effective =
        (share(`e:${iq.elementId}`, k - 1) * share(`d:${iq.domainId}`, k - 1) * share(`s:${iq.subDomainId}`, k - 1)) / Math.max(1, n);
      raised[k - 1] = current + effective * (1 - c);
    }
    if (!room) continue;
    gaps.push({
      order: iq.order,
      gap: {
        questionId: iq.question.id,
        subDomainId: iq.subDomainId,
        domainId: iq.domainId,
        elementId: iq.elementId,
        ...(iq.question.level !== undefined ? { level: iq.question.level } : {}),
        ratio: round4(requirementRatio(iq.question, answer)),
        impact: round4(ladderTotal(raised, threshold) - total),
        blocksNextLevel: firstUnmet ? roomAtBlocking : true,
      },
    });
  }
  gaps.sort((x, y) => compareGaps(x.gap, y.gap) || x.order - y.order);

  return {
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    industryType: industry,
    model: 'levelLadder',
    totalScore: round4(total),
    maxScore: levelCount,
    level,
    levelScores,
    elements: nodeScores(index.elements, 'element', rollup, threshold),
    domains: nodeScores(index.domains, 'domain', rollup, threshold),
    subDomains: nodeScores(index.subDomains, 'subDomain', rollup, threshold),
    scenarios: [],
    nextLevel,
    gaps: gaps.map((g) => g.gap),
    completion: completionOf(index, answers),
  };
}
