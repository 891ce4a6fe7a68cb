import { useTranslation } from 'react-i18next';
import { domainCodes, priorityCodes } from '../../core/catalog/vocabulary';
import type { FundingInput } from '../../core/catalog/recommend/recommend-types';
import { levelKey } from '../common/catalog-level';
import type { RoadmapSettings } from '../common/roadmap-settings';

interface RoadmapInputsProps {
  settings: RoadmapSettings;
  showAssumedLevels: boolean;
  onChange: (settings: RoadmapSettings) => void;
}

const levels = [0, 1, 2, 3, 4, 5];

/** The weights a priority can be given (each has its label, inputs.weight.<w>). */
const priorityWeights = [0, 1, 2, 3] as const;

/** Priorities, ambition, budget and support; and assumed levels while no assessment exists. */
export function RoadmapInputs({ settings, showAssumedLevels, onChange }: RoadmapInputsProps) {
  const { t } = useTranslation('catalog');
  const funding = (patch: Partial<FundingInput>) => onChange({ ...settings, funding: { ...settings.funding, ...patch } });
  const number = (value: string) => (value === '' || Number.isNaN(Number(value)) ? 0 : Math.max(0, Number(value)));
  return (
    <div className="gz-card">
      <div className="gz-sol-filters">
        {priorityCodes.map((code) => (
          <label key={code} className="gz-field">
            <span className="gz-field-label">{t('inputs.priority', { priority: t(`priority.${code}`) })}</span>
            <select
              className="gz-select"
              value={settings.priorities[code]}
              onChange={(e) => onChange({ ...settings, priorities: { ...settings.priorities, [code]: Number(e.target.value) } })}
            >
              {priorityWeights.map((w) => (
                <option key={w} value={w}>
                  {t(`inputs.weight.${w}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="gz-field">
          <span className="gz-field-label">{t('inputs.ambition')}</span>
          <select
            className="gz-select"
            value={settings.ambition}
            onChange={(e) => onChange({ ...settings, ambition: Number(e.target.value) })}
          >
            <option value={1}>{t('inputs.ambitionOne')}</option>
            <option value={2}>{t('inputs.ambitionTwo')}</option>
          </select>
        </label>
      </div>
      <div className="gz-sol-filters">
        <label className="gz-field">
          <span className="gz-field-label">{t('inputs.budget')}</span>
          <input
            className="gz-input"
            type="number"
            min={0}
            value={settings.funding.budgetWan}
            onChange={(e) => funding({ budgetWan: number(e.target.value) })}
          />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('inputs.voucher')}</span>
          <input
            className="gz-input"
            type="number"
            min={0}
            value={settings.funding.voucherWan}
            onChange={(e) => funding({ voucherWan: number(e.target.value) })}
          />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('inputs.subsidyRate')}</span>
          <input
            className="gz-input"
            type="number"
            min={0}
            max={100}
            value={Math.round(settings.funding.subsidyRate * 100)}
            onChange={(e) => funding({ subsidyRate: Math.min(100, number(e.target.value)) / 100 })}
          />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('inputs.subsidyCap')}</span>
          <input
            className="gz-input"
            type="number"
            min={0}
            value={settings.funding.subsidyCapWan}
            onChange={(e) => funding({ subsidyCapWan: number(e.target.value) })}
          />
        </label>
      </div>
      {showAssumedLevels ? (
        <details>
          <summary>{t('inputs.assumedLevels')}</summary>
          <div className="gz-sol-filters">
            {domainCodes.map((code) => (
              <label key={code} className="gz-field">
                <span className="gz-field-label">{t(`domain.${code}`)}</span>
                <select
                  className="gz-select"
                  value={settings.assumedLevels[code]}
                  onChange={(e) => onChange({ ...settings, assumedLevels: { ...settings.assumedLevels, [code]: Number(e.target.value) } })}
                >
                  {levels.map((l) => (
                    <option key={l} value={l}>
                      {t(levelKey(l))}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
