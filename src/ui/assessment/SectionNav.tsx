import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/assessment/answers';
import { isAnswered, type DomainSection } from '../../core/assessment/progress';
import { useLocalized } from '../common/localized';

interface Props {
  sections: DomainSection[];
  answers: Answers;
  currentId: string;
  onPick(questionId: string): void;
}

/** Domains with how many of their questions are answered; any question can be opened directly. */
export function SectionNav({ sections, answers, currentId, onPick }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  // Numbered through the whole questionnaire, as the question card counts ("question 4 of 31").
  const firstNumber = sections.map((_, i) => 1 + sections.slice(0, i).reduce((sum, s) => sum + s.questions.length, 0));
  return (
    <nav className="gz-assess-sections" aria-label={t('questionnaire.sections')}>
      <ol>
        {sections.map((s, sectionIndex) => {
          const done = s.questions.filter((q) => isAnswered(answers, q.id)).length;
          return (
            <li key={s.domainId}>
              <details open={s.questions.some((q) => q.id === currentId)}>
                <summary>
                  {local(s.name)}{' '}
                  <span className="gz-field-help">{t('questionnaire.sectionProgress', { done, total: s.questions.length })}</span>
                </summary>
                <ol className="gz-assess-section-questions">
                  {s.questions.map((q, i) => (
                    <li key={q.id}>
                      <button
                        type="button"
                        className={q.id === currentId ? 'gz-assess-qlink gz-assess-qlink--current' : 'gz-assess-qlink'}
                        aria-current={q.id === currentId ? 'step' : undefined}
                        onClick={() => onPick(q.id)}
                      >
                        {isAnswered(answers, q.id) ? '✓ ' : '○ '}
                        {t('questionnaire.questionShort', { number: (firstNumber[sectionIndex] ?? 1) + i })}
                      </button>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
