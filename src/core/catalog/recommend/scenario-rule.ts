import type { Framework } from '../../assessment/framework-schema';
import type { AssessmentResult } from '../../assessment/result-types';
import { smeScenarioCode } from './from-assessment';
import type { RoadmapPhase } from './roadmap-phases';
import type { ScenarioRule } from './rule-plan';

/** The next SME level's scenario rule in the catalog's scenario codes, for the roadmap to plan against. */
export function scenarioRuleOf(framework: Framework, result: AssessmentResult): ScenarioRule | undefined {
  const next = result.nextLevel;
  if (next?.model !== 'points' || !next.scenarios) return undefined;
  const constraintCodes = framework.elements
    .flatMap((e) => e.domains.flatMap((d) => d.subDomains))
    .filter((sd) => sd.constraint)
    .flatMap((sd) => smeScenarioCode(sd.id) ?? []);
  return {
    atLeastLevel: next.scenarios.atLeastLevel,
    need: next.scenarios.minCount,
    constraintNeed: next.scenarios.minConstraint,
    constraintCodes,
  };
}

/** The SME level rule's scenario counts once a plan is done, against what the next level asks. */
export interface ScenarioRuleCheck {
  level: number;
  atLeastLevel: number;
  need: number;
  constraintNeed: number;
  have: number;
  constraintHave: number;
  /** Points the score still lacks; solutions in the list do not add points to the scored part. */
  scoreShort: number;
  met: boolean;
}

/**
 * For a points framework (SME digital level), whether the plan brings enough business scenarios (and
 * enough constraint ones) to the level the next overall level asks for. The roadmap aims every scenario
 * one level up, which is more than the rule needs, so this says what the rule itself needs.
 */
export function scenarioRuleAfterPlan(
  framework: Framework,
  result: AssessmentResult,
  phases: readonly RoadmapPhase[],
): ScenarioRuleCheck | undefined {
  const next = result.nextLevel;
  if (next?.model !== 'points' || !next.scenarios) return undefined;
  const constraint = new Set(
    framework.elements
      .flatMap((e) => e.domains.flatMap((d) => d.subDomains))
      .filter((sd) => sd.constraint)
      .map((sd) => sd.id),
  );
  const raised = new Map<string, number>();
  for (const phase of phases)
    for (const r of phase.raised) if (r.kind === 'scenario') raised.set(r.code, Math.max(raised.get(r.code) ?? 0, r.to));
  let have = 0;
  let constraintHave = 0;
  for (const scenario of result.scenarios) {
    const code = smeScenarioCode(scenario.subDomainId);
    const level = Math.max(scenario.level, code ? (raised.get(code) ?? 0) : 0);
    if (level < next.scenarios.atLeastLevel) continue;
    have += 1;
    if (constraint.has(scenario.subDomainId)) constraintHave += 1;
  }
  const { atLeastLevel, minCount: need, minConstraint: constraintNeed } = next.scenarios;
  return {
    level: next.level,
    atLeastLevel,
    need,
    constraintNeed,
    have,
    constraintHave,
    scoreShort: next.scoreShort,
    met: have >= need && constraintHave >= constraintNeed && next.scoreShort <= 0,
  };
}
