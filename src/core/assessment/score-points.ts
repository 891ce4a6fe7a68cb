import type { IndustryType } from '../clients/company';
import type { Answers } from './answers';
import { completionOf, indexFramework, round4, type IndexedNode, type IndexedQuestion } from './framework-index';
import type { Framework, PointsScoring } from './framework-schema';
import { chosenLevel, earnedPoints, requirementRatio, topLevel } from './question-score';
import { compareGaps } from './score-ladder';
import type { AssessmentResult, Gap, NextLevel, NodeScore, ScenarioResult } from './result-types';

const EPS = 1e-9;
type Rule = PointsScoring['levelRules'][number];

interface RuleCheck {
  rule: Rule;
  scoreOk: boolean;
  have: number;
  constraintHave: number;
  scenariosOk: boolean;
}

function checkRule(rule: Rule, total: number, scenarios: ScenarioResult[]): RuleCheck {
  const need = rule.scenarios;
  const reached = need ? scenarios.filter((s) => s.level >= need.atLeastLevel) : [];
  const have = reached.length;
  const constraintHave = reached.filter((s) => s.constraint).length;
  const scenariosOk = !need || (have >= need.minCount && constraintHave >= need.minConstraint);
  return { rule, scoreOk: total + EPS >= rule.minScore, have, constraintHave, scenariosOk };
}

/** What each question adds up to in its node: points for scored questions, the level for scenarios. */
function questionValue(iq: IndexedQuestion, answers: Answers): { value: number; max: number } {
  const q = iq.question;
  if (q.type === 'scenarioLevel') return { value: chosenLevel(q, answers[q.id]), max: topLevel(q) };
  if ('points' in q) return { value: earnedPoints(q, answers[q.id]), max: q.points };
  return { value: 0, max: 0 };
}

function nodeScores(
  nodes: IndexedNode[],
  kind: NodeScore['kind'],
  sums: Map<string, { value: number; max: number; level: number }>,
): NodeScore[] {
  return nodes.map((node) => {
    const s = sums.get(node.key) ?? { value: 0, max: 0, level: 0 };
    return {
      id: node.id,
      kind,
      parentId: node.parentId,
      applicable: node.applies && s.max > 0,
      value: round4(s.value),
      max: round4(s.max),
      ratio: s.max > 0 ? round4(s.value / s.max) : 0,
      level: s.level,
    };
  });
}

export function scorePoints(fw: Framework, scoring: PointsScoring, industry: IndustryType, answers: Answers): AssessmentResult {
  const index = indexFramework(fw, industry, answers);
  const sums = new Map<string, { value: number; max: number; level: number }>();
  const addTo = (key: string, value: number, max: number, level: number): void => {
    const s = sums.get(key) ?? { value: 0, max: 0, level: 0 };
    sums.set(key, { value: s.value + value, max: s.max + max, level: Math.max(s.level, level) });
  };
  let earned = 0;
  let applicableMax = 0;
  const scenarios: ScenarioResult[] = [];
  for (const iq of index.questions) {
    if (!iq.active) continue;
    const { value, max } = questionValue(iq, answers);
    const isScenario = iq.question.type === 'scenarioLevel';
    const level = isScenario ? value : 0;
    if (isScenario) scenarios.push({ questionId: iq.question.id, subDomainId: iq.subDomainId, level, constraint: iq.constraint });
    else {
      earned += value;
      applicableMax += max;
    }
    for (const key of [`s:${iq.subDomainId}`, `d:${iq.domainId}`, `e:${iq.elementId}`]) addTo(key, value, max, level);
  }
  // Questions marked not applicable leave the scale rather than count as zero.
  const scale = applicableMax > 0 ? scoring.maxScore / applicableMax : 0;
  const total = earned * scale;

  const checks = scoring.levelRules.map((rule) => checkRule(rule, total, scenarios));
  let level = 0;
  for (const c of checks) {
    if (!(c.scoreOk && c.scenariosOk)) break;
    level = c.rule.level;
  }
  const next = checks.find((c) => c.rule.level > level);
  const nextLevel: NextLevel | null = next
    ? {
        model: 'points',
        level: next.rule.level,
        minScore: next.rule.minScore,
        scoreShort: round4(Math.max(0, next.rule.minScore - total)),
        scenarios: next.rule.scenarios ? { ...next.rule.scenarios, have: next.have, constraintHave: next.constraintHave } : null,
      }
    : null;

  const gaps: { gap: Gap; order: number }[] = [];
  const constraintIds = new Set(index.questions.filter((q) => q.constraint).map((q) => q.question.id));
  for (const iq of index.questions) {
    if (!iq.active) continue;
    const q = iq.question;
    const { value, max } = questionValue(iq, answers);
    if (value >= max) continue;
    let blocks = false;
    let impact = 0;
    if (q.type === 'scenarioLevel') {
      const need = next?.rule.scenarios;
      if (next && need && !next.scenariosOk && value < need.atLeastLevel) {
        const constraintShort = next.constraintHave < need.minConstraint;
        const countShort = next.have < need.minCount;
        blocks = countShort || (constraintShort && iq.constraint);
      }
    } else {
      impact = (max - value) * scale;
      blocks = next !== undefined && !next.scoreOk;
    }
    gaps.push({
      order: iq.order,
      gap: {
        questionId: q.id,
        subDomainId: iq.subDomainId,
        domainId: iq.domainId,
        elementId: iq.elementId,
        ratio: round4(requirementRatio(q, answers[q.id])),
        impact: round4(impact),
        blocksNextLevel: blocks,
      },
    });
  }
  const constraint = (g: Gap): number => Number(constraintIds.has(g.questionId));
  gaps.sort((x, y) => compareGaps(x.gap, y.gap) || constraint(y.gap) - constraint(x.gap) || x.order - y.order);

  return {
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    industryType: industry,
    model: 'points',
    totalScore: round4(total),
    maxScore: scoring.maxScore,
    level,
    levelScores: [],
    elements: nodeScores(index.elements, 'element', sums),
    domains: nodeScores(index.domains, 'domain', sums),
    subDomains: nodeScores(index.subDomains, 'subDomain', sums),
    scenarios,
    nextLevel,
    gaps: gaps.map((g) => g.gap),
    completion: completionOf(index, answers),
  };
}
