import { useTranslation } from 'react-i18next';
import type { Answer, AttachmentRef, Evidence } from '../../core/assessment/answers';
import type { Question } from '../../core/assessment/framework-schema';
import { EvidenceEditor } from './EvidenceEditor';
import { QuestionInput } from './QuestionInput';
import { useLocalized } from '../common/localized';

interface Props {
  question: Question;
  number: number;
  total: number;
  answer: Answer | undefined;
  onChange(answer: Answer | undefined, mode: 'now' | 'typing'): void;
  onAttach(file: File): Promise<AttachmentRef>;
}

function withValue(answer: Answer | undefined, value: Answer['value']): Answer | undefined {
  const next: Answer = { ...(value !== undefined ? { value } : {}), ...(answer?.evidence ? { evidence: answer.evidence } : {}) };
  return Object.keys(next).length > 0 ? next : undefined;
}

function withEvidence(answer: Answer | undefined, evidence: Evidence | undefined): Answer | undefined {
  const next: Answer = {
    ...(answer?.value !== undefined ? { value: answer.value } : {}),
    ...(answer?.notApplicable ? { notApplicable: true as const } : {}),
    ...(evidence ? { evidence } : {}),
  };
  return Object.keys(next).length > 0 ? next : undefined;
}

/** One question: the text, plain-language help, the answer, not-applicable and evidence. */
export function QuestionCard({ question, number, total, answer, onChange, onAttach }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const notApplicable = answer?.notApplicable === true;
  return (
    <article className="gz-card gz-assess-question" aria-labelledby={`gz-q-${question.id}`} data-question={question.id}>
      <p className="gz-field-help">
        {t('question.position', { number, total })}
        {question.level !== undefined ? ` · ${t('question.requirementLevel', { level: question.level })}` : ''}
      </p>
      {/* Focus lands here when the questionnaire opens: the question is read, and the next Tab reaches the answers. */}
      <h2 className="gz-assess-question-text" id={`gz-q-${question.id}`} tabIndex={-1} data-focus-first>
        {local(question.text)}
      </h2>
      <details className="gz-assess-help">
        <summary>{t('question.help')}</summary>
        <p>{local(question.help)}</p>
      </details>
      <QuestionInput
        question={question}
        answer={answer}
        disabled={notApplicable}
        onChange={(value, mode) => onChange(withValue(answer, value), mode)}
      />
      {question.allowNotApplicable ? (
        <label className="gz-switch-row gz-assess-na">
          <input
            type="checkbox"
            checked={notApplicable}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? { notApplicable: true, ...(answer?.evidence ? { evidence: answer.evidence } : {}) }
                  : withEvidence(undefined, answer?.evidence),
                'now',
              )
            }
          />
          <span>{t('question.notApplicable')}</span>
        </label>
      ) : null}
      <EvidenceEditor
        key={question.id}
        question={question}
        evidence={answer?.evidence}
        disabled={false}
        onChange={(evidence, mode) => onChange(withEvidence(answer, evidence), mode)}
        onAttach={onAttach}
      />
    </article>
  );
}
