import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { ScenarioRuleCheck } from '../../core/catalog/recommend/scenario-rule';

interface RoadmapGoalProps {
  roadmap: Roadmap;
  /** The target level, named as the framework names it. */
  target: string;
  /** The overall level the plan is expected to reach, named likewise. */
  reached: string;
  budgetWan: number;
  /** SME digital level: what the next level's scenario rule needs, and what the plan brings. */
  rule: ScenarioRuleCheck | undefined;
  onUseBudget: (budgetWan: number) => void;
}

/**
 * At the top of the roadmap: does the budget reach the target level, and if not, the smallest budget
 * that does (the exact solver's answer) and what this budget reaches, with a button to use that budget.
 */
export function RoadmapGoal({ roadmap, target, reached, budgetWan, rule, onUseBudget }: RoadmapGoalProps) {
  const { t } = useTranslation('catalog');
  const { goal } = roadmap;
  const ruleLines = rule ? (
    <>
      <p><strong>{t(rule.met ? 'goal.ruleMet' : 'goal.ruleShort', { level: target, have: rule.have, need: rule.need, at: rule.atLeastLevel, constraintHave: rule.constraintHave, constraintNeed: rule.constraintNeed })}</strong></p>
      {rule.scoreShort > 0 ? <p>{t('goal.scoreShort', { short: rule.scoreShort.toFixed(1) })}</p> : null}
    </>
  ) : null;
  const scope = rule ? 'Scenarios' : '';
  if (!goal) {
    if (roadmap.method === 'exact') return ruleLines ? <div className="gz-notice" role="status">{ruleLines}</div> : null;
    return <p className="gz-notice" role="status" data-roadmap-goal="pending">{t('goal.pending', { level: target })}</p>;
  }
  if (goal.units === 0) return null;
  const tone = rule ? (rule.met ? 'gz-notice--ok' : 'gz-notice--warning') : goal.reachable ? 'gz-notice--ok' : 'gz-notice--warning';
  return (
    <div className={`gz-notice ${tone}`} role="status" data-roadmap-goal={goal.reachable ? 'reachable' : 'unreachable'}>
      {ruleLines}
      {goal.reachable ? (
        <>
          <p><strong>{t(`goal.reachable${scope}`, { level: target, at: rule?.atLeastLevel, budget: budgetWan, count: goal.units })}</strong></p>
          {roadmap.goalFirst ? <p className="gz-field-help">{t('goal.goalFirst')}</p> : null}
        </>
      ) : (
        <>
          <p><strong>{t(`goal.unreachable${scope}`, { level: target, at: rule?.atLeastLevel, budget: budgetWan, count: goal.units })}</strong></p>
          {goal.minBudgetWan !== null ? <p>{t('goal.minBudget', { min: goal.minBudgetWan })}</p> : <p>{t('goal.noBudget')}</p>}
          <p>{t('goal.budgetReaches', { reached: goal.unitsReached, count: goal.units, level: reached })}</p>
          {goal.minBudgetWan !== null ? (
            <button type="button" className="gz-button" onClick={() => onUseBudget(goal.minBudgetWan ?? budgetWan)}>{t('goal.useBudget', { min: goal.minBudgetWan })}</button>
          ) : null}
        </>
      )}
    </div>
  );
}
