import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { GapAction } from '../../../core/catalog/recommend/gap-actions';
import { firstYearCostWan } from '../../../core/catalog/filter-catalog';
import { pickText } from '../../../core/catalog/localized-text';
import { isLanguage } from '../../../i18n/languages';
import { useNumberFormat } from '../../../i18n/use-number-format';
import { hrefFor } from '../../common/hash-location';
import { useLocalized } from '../../common/localized';
import { PlainTerm } from '../../common/PlainTerm';
import { levelName, nodeName } from '../../common/framework-names';

/**
 * One gap as something to do: what the next level asks for, what it looks like in a small plant, the
 * first steps and the effort, and the catalog entries that help with their prices and voucher
 * eligibility, linked to the roadmap. `brief` keeps the first steps behind a disclosure.
 */
export function GapActionCard({ framework, action, brief }: { framework: Framework; action: GapAction; brief: boolean }) {
  const { t, i18n } = useTranslation(['assessment', 'catalog']);
  const local = useLocalized();
  const { fmt } = useNumberFormat();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const sub = nodeName(framework, 'subDomain', action.subDomainId);
  const { guidance, nextLevel, currentLevel } = action;
  const scenario = framework.scoring.model === 'points' && nextLevel !== undefined;
  const target =
    nextLevel === undefined
      ? undefined
      : scenario
        ? t('actions.scenarioLevel', { level: nextLevel })
        : local(levelName(framework, nextLevel) ?? { 'zh-CN': String(nextLevel), en: String(nextLevel), 'zh-TW': String(nextLevel) });
  // Under "start with these" (an h3) the card title is an h4; in the gap list (under the section's h2) an h3.
  const Title = brief ? 'h3' : 'h4';
  const steps = guidance ? (
    <ol className="gz-gap-steps">
      {guidance.firstSteps.map((step, i) => (
        <li key={i}>{local(step)}</li>
      ))}
    </ol>
  ) : null;
  return (
    <li className="gz-gap-action" data-gap={action.key}>
      <Title className="gz-gap-title">
        {sub ? local(sub) : action.subDomainId}
        {target ? (
          <span className="gz-gap-step">{t(currentLevel ? 'actions.fromTo' : 'actions.to', { from: currentLevel, to: target })}</span>
        ) : null}
        {action.constraint ? (
          <span className="gz-badge gz-badge--pending">
            <PlainTerm term={t('terms.constraintScenario')}>{t('actions.keyScenario')}</PlainTerm>
          </span>
        ) : null}
        {action.blocksNextLevel ? <span className="gz-badge gz-badge--off">{t('actions.blocks')}</span> : null}
      </Title>
      <p>
        <strong>{t('actions.needs')}</strong>
        {local(action.requirement)}
      </p>
      {guidance ? (
        <>
          <p>
            <strong>{t('actions.looksLike')}</strong>
            {local(guidance.looksLike)}
          </p>
          {brief ? (
            <details>
              <summary>{t('actions.firstSteps')}</summary>
              {steps}
            </details>
          ) : (
            <>
              <p className="gz-gap-label">
                <strong>{t('actions.firstSteps')}</strong>
              </p>
              {steps}
            </>
          )}
          <p>
            <strong>{t('actions.effort')}</strong>
            {local(guidance.effort)}
          </p>
        </>
      ) : null}
      {action.entries.length > 0 ? (
        <div className="gz-gap-entries">
          <p className="gz-gap-label">
            <strong>{t('actions.solutions')}</strong>
          </p>
          <ul>
            {action.entries.map(({ entry, inRoadmap }) => {
              const cost = firstYearCostWan(entry);
              return (
                <li key={entry.id}>
                  <span className="gz-gap-entry-name">{pickText(entry.name, language)}</span>
                  <span className="gz-gap-entry-facts">
                    {entry.price.onRequest
                      ? t('catalog:list.priceOnRequest')
                      : t('catalog:wanRange', { min: fmt(cost.min, 'price'), max: fmt(cost.max, 'price') })}
                    {entry.eligibility.aiVoucher ? ` · ${t('catalog:eligibility.aiVoucher')}` : ''}
                    {entry.eligibility.citySubsidy ? ` · ${t('catalog:eligibility.citySubsidy')}` : ''}
                  </span>
                  {inRoadmap ? <span className="gz-badge gz-badge--ok">{t('actions.inRoadmap')}</span> : null}
                </li>
              );
            })}
          </ul>
          <a href={hrefFor('/solutions')}>{t('actions.openRoadmap')}</a>
        </div>
      ) : nextLevel !== undefined && !scenario && framework.scoring.model === 'levelLadder' ? (
        <p className="gz-field-help">{t('actions.noSolutions')}</p>
      ) : null}
    </li>
  );
}
