import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import { useLocalized } from '../common/localized';

interface Props {
  frameworks: readonly Framework[];
  onStart(framework: Framework): void;
  busy: boolean;
}

/** Each framework with what it is aligned with, said plainly, and that the result is a self-assessment. */
export function FrameworkChooser({ frameworks, onStart, busy }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  return (
    <section className="gz-card" aria-labelledby="gz-frameworks-title">
      <h2 className="gz-card-title" id="gz-frameworks-title">
        {t('frameworks.title')}
      </h2>
      <p className="gz-notice">{t('frameworks.selfAssessment')}</p>
      <ul className="gz-assess-frameworks">
        {frameworks.map((fw) => (
          <li key={fw.id} className="gz-assess-framework">
            <h3>{local(fw.name)}</h3>
            <p className="gz-field-help">
              {t('frameworks.meta', { questions: fw.questions.length, minutes: fw.estimatedMinutes, version: fw.version })}
            </p>
            <details>
              <summary>{t('frameworks.alignment')}</summary>
              <p>{local(fw.alignment)}</p>
            </details>
            <button
              type="button"
              className="gz-button gz-button--primary"
              disabled={busy}
              onClick={() => onStart(fw)}
              data-framework={fw.id}
            >
              {t('frameworks.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
