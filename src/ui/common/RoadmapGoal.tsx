import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../core/assessment/result-types';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import { scenarioRuleAfterPlan, type ScenarioRuleCheck } from '../../core/catalog/recommend/scenario-rule';
import { levelKey } from './catalog-level';
import { useLocalized } from './localized';
import { useNumberFormat } from '../../i18n/use-number-format';

interface RoadmapGoalProps {
  roadmap: Roadmap;
  /** The target level, named as the framework names it. */
  target: string;
  /** The overall level the plan is expected to reach, named likewise. */
  reached: string;
  budgetWan: number;
  /** SME digital level: what the next level's scenario rule needs, and what the plan brings. */
  rule: ScenarioRuleCheck | undefined;
  /** Offers "use this budget" where the budget falls short; the printed report leaves it out. */
  onUseBudget?: (budgetWan: number) => void;
}

/**
 * The level names the goal banner uses (the framework's own for the SME check, 一级…五级 otherwise), the
 * target (current level plus the ambition, capped at the top), the level the plan reaches, and for the SME
 * check what the next level's scenario rule needs against what the plan brings.
 */
export function useGoalLevels(
  framework: Framework | undefined,
  result: AssessmentResult | undefined,
  overallLevel: number,
  ambition: number,
  roadmap: Roadmap,
) {
  const { t } = useTranslation('catalog');
  const local = useLocalized();
  const levelText = (level: number): string => {
    const name = framework?.scoring.model === 'points' ? framework.levels.find((l) => l.level === level)?.name : undefined;
    return name ? local(name) : t(levelKey(level));
  };
  const topLevel = framework?.levels.length ?? 5;
  const rule = framework && result ? scenarioRuleAfterPlan(framework, result, roadmap.phases) : undefined;
  // SME digital level: a phase reaches the next level when the scenarios done by then meet its rule (the
  // phases' own estimate knows maturity domains only).
  const phaseLevel =
    framework && result && rule
      ? (index: number) => (scenarioRuleAfterPlan(framework, result, roadmap.phases.slice(0, index + 1))?.met ? rule.level : result.level)
      : undefined;
  return {
    levelText,
    target: levelText(Math.min(topLevel, overallLevel + ambition)),
    reached: levelText(roadmap.phases.at(-1)?.overallLevel ?? overallLevel),
    rule,
    phaseLevel,
  };
}

/**
 * At the top of the roadmap: does the budget reach the target level, and if not, the smallest budget
 * that does (the exact solver's answer) and what this budget reaches, with a button to use that budget.
 * For the SME check the target is the next level's scenario rule; closing every gap comes second.
 */
export function RoadmapGoal({ roadmap, target, reached, budgetWan, rule, onUseBudget }: RoadmapGoalProps) {
  const { t } = useTranslation('catalog');
  const { fmt } = useNumberFormat();
  const { goal, ruleReach } = roadmap;
  const budget = fmt(budgetWan, 'price');
  const budgetButton = (min: number) =>
    onUseBudget && (
      <button type="button" className="gz-button" onClick={() => onUseBudget(min)}>
        {t('goal.useBudget', { min: fmt(min, 'price') })}
      </button>
    );
  if (!goal && !ruleReach) {
    if (roadmap.method === 'exact') return null;
    return (
      <p className="gz-notice" role="status" data-roadmap-goal="pending">
        {t('goal.pending', { level: target })}
      </p>
    );
  }
  if (rule) {
    const met = ruleReach ? ruleReach.met : rule.met;
    return (
      <div
        className={`gz-notice ${met && rule.scoreShort <= 0 ? 'gz-notice--ok' : 'gz-notice--warning'}`}
        role="status"
        data-roadmap-goal={met ? 'reachable' : 'unreachable'}
      >
        <p>
          <strong>
            {t(met ? 'goal.ruleMet' : 'goal.ruleShort', {
              level: target,
              have: rule.have,
              need: rule.need,
              at: rule.atLeastLevel,
              constraintHave: rule.constraintHave,
              constraintNeed: rule.constraintNeed,
            })}
          </strong>
        </p>
        {ruleReach && !ruleReach.met ? (
          ruleReach.minBudgetWan !== null ? (
            <>
              <p>{t('goal.ruleMinBudget', { level: target, min: fmt(ruleReach.minBudgetWan, 'price'), budget })}</p>
              {budgetButton(ruleReach.minBudgetWan)}
            </>
          ) : (
            <p>{t('goal.ruleNoBudget', { level: target })}</p>
          )
        ) : null}
        {met && roadmap.goalFirst ? <p className="gz-field-help">{t('goal.ruleFirst', { level: target })}</p> : null}
        {rule.scoreShort > 0 ? <p>{t('goal.scoreShort', { short: fmt(rule.scoreShort, 'score') })}</p> : null}
        {goal && goal.units > 0 ? (
          <p className="gz-field-help">
            {goal.reachable
              ? t('goal.reachableScenarios', { budget, count: goal.units, at: rule.atLeastLevel })
              : `${t('goal.unreachableScenarios', { budget, count: goal.units, at: rule.atLeastLevel })}${goal.minBudgetWan !== null ? t('goal.allGapsBudget', { min: fmt(goal.minBudgetWan, 'price') }) : ''}`}
          </p>
        ) : null}
      </div>
    );
  }
  if (!goal || goal.units === 0) return null;
  if (goal.reachable) {
    return (
      <div className="gz-notice gz-notice--ok" role="status" data-roadmap-goal="reachable">
        <p>
          <strong>{t('goal.reachable', { level: target, budget, count: goal.units })}</strong>
        </p>
        {roadmap.goalFirst ? <p className="gz-field-help">{t('goal.goalFirst')}</p> : null}
      </div>
    );
  }
  return (
    <div className="gz-notice gz-notice--warning" role="status" data-roadmap-goal="unreachable">
      <p>
        <strong>{t('goal.unreachable', { level: target, budget })}</strong>
      </p>
      {goal.minBudgetWan !== null ? <p>{t('goal.minBudget', { min: fmt(goal.minBudgetWan, 'price') })}</p> : <p>{t('goal.noBudget')}</p>}
      <p>{t('goal.budgetReaches', { reached: goal.unitsReached, count: goal.units, level: reached })}</p>
      {goal.minBudgetWan !== null ? budgetButton(goal.minBudgetWan) : null}
    </div>
  );
}
