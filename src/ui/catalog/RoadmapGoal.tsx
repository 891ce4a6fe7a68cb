import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';

/**
 * At the top of the roadmap: does the budget reach the target level, and if not, the smallest budget
 * that does (the exact solver's answer) and what this budget reaches, with a button to use that budget.
 */
export function RoadmapGoal({ roadmap, targetLevel, budgetWan, onUseBudget }: { roadmap: Roadmap; targetLevel: number; budgetWan: number; onUseBudget: (budgetWan: number) => void }) {
  const { t } = useTranslation('catalog');
  const { goal } = roadmap;
  const target = t(`level.${targetLevel}`);
  const reached = roadmap.phases.at(-1)?.overallLevel;
  if (!goal) {
    if (roadmap.method === 'exact') return null;
    return <p className="gz-notice" role="status" data-roadmap-goal="pending">{t('goal.pending', { level: target })}</p>;
  }
  if (goal.units === 0) return null;
  if (goal.reachable) {
    return (
      <div className="gz-notice gz-notice--ok" role="status" data-roadmap-goal="reachable">
        <p><strong>{t('goal.reachable', { level: target, budget: budgetWan })}</strong></p>
        <p>{t('goal.reachableDetail', { count: goal.units })}</p>
        {roadmap.goalFirst ? <p className="gz-field-help">{t('goal.goalFirst')}</p> : null}
      </div>
    );
  }
  return (
    <div className="gz-notice gz-notice--warning" role="status" data-roadmap-goal="unreachable">
      <p><strong>{t('goal.unreachable', { level: target, budget: budgetWan })}</strong></p>
      {goal.minBudgetWan !== null ? <p>{t('goal.minBudget', { min: goal.minBudgetWan })}</p> : <p>{t('goal.noBudget')}</p>}
      <p>{t('goal.budgetReaches', { reached: goal.unitsReached, count: goal.units, level: t(`level.${reached ?? 0}`) })}</p>
      {goal.minBudgetWan !== null ? (
        <button type="button" className="gz-button" onClick={() => onUseBudget(goal.minBudgetWan ?? budgetWan)}>{t('goal.useBudget', { min: goal.minBudgetWan })}</button>
      ) : null}
    </div>
  );
}
