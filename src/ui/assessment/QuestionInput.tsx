import { useTranslation } from 'react-i18next';
import type { Answer } from '../../core/assessment/answers';
import { SATISFACTION_STEPS } from '../../core/assessment/answers';
import type { Question } from '../../core/assessment/framework-schema';
import { useLocalized } from '../common/localized';

interface Props {
  question: Question;
  answer: Answer | undefined;
  disabled: boolean;
  onChange(value: Answer['value'], mode: 'now' | 'typing'): void;
}

const satisfactionKey = { 1: 'full', 0.8: 'mostly', 0.5: 'partly', 0: 'not' } as const;

/** The answer control for each question type; all choices are radio/checkbox inputs with visible labels. */
export function QuestionInput({ question: q, answer, disabled, onChange }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const name = `q-${q.id}`;
  const labelId = `gz-q-${q.id}`; // the question heading in QuestionCard
  const v = answer?.value;
  const radio = (key: string, label: string, checked: boolean, value: Answer['value']) => (
    <label key={key} className="gz-assess-option">
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={() => onChange(value, 'now')} />
      <span>{label}</span>
    </label>
  );
  switch (q.type) {
    case 'satisfaction':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="gz-assess-options">
          {SATISFACTION_STEPS.map((step) => radio(String(step), t(`answer.satisfaction.${satisfactionKey[step]}`), v === step, step))}
        </div>
      );
    case 'levelChoice':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="gz-assess-options">
          {q.options.map((o) => radio(o.id, `${t('answer.levelPrefix', { level: o.level })} ${local(o.label)}`, v === o.id, o.id))}
        </div>
      );
    case 'singleChoice':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="gz-assess-options">
          {q.options.map((o) => radio(o.id, local(o.label), v === o.id, o.id))}
        </div>
      );
    case 'scenarioLevel':
      return (
        <div role="radiogroup" aria-labelledby={labelId} className="gz-assess-options">
          {radio('0', t('answer.scenarioNone'), v === 0, 0)}
          {q.descriptors.map((d) =>
            radio(String(d.level), `${t('answer.levelPrefix', { level: d.level })} ${local(d.text)}`, v === d.level, d.level),
          )}
        </div>
      );
    case 'multiSelect': {
      const selected = Array.isArray(v) ? v : [];
      return (
        <div role="group" aria-labelledby={labelId} className="gz-assess-options">
          {q.options.map((o) => (
            <label key={o.id} className="gz-assess-option">
              <input
                type="checkbox"
                disabled={disabled}
                checked={selected.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, o.id] : selected.filter((id) => id !== o.id), 'now')}
              />
              <span>{local(o.label)}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'numericBands':
      return (
        <label className="gz-field">
          <span className="gz-field-label">{t('answer.number', { min: q.min, max: q.max, unit: local(q.unit) })}</span>
          <input
            className="gz-input gz-assess-number"
            type="number"
            min={q.min}
            max={q.max}
            step="any"
            disabled={disabled}
            // Uncontrolled so a half-typed or out-of-range number stays visible while the stored answer is cleared.
            defaultValue={typeof v === 'number' ? v : ''}
            key={q.id}
            onChange={(e) => {
              const n = e.target.valueAsNumber;
              onChange(Number.isFinite(n) && n >= q.min && n <= q.max ? n : undefined, 'typing');
            }}
          />
        </label>
      );
  }
}
