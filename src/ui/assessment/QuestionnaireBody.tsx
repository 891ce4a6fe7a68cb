import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachEvidence, completeAssessment } from '../../app/assessment';
import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import type { Framework } from '../../core/assessment/framework-schema';
import { domainSections, isAnswered, nextUnanswered } from '../../core/assessment/progress';
import { hrefFor, navigate } from '../common/hash-location';
import { QuestionCard } from './QuestionCard';
import { SaveStatus } from '../common/SaveStatus';
import { SectionNav } from './SectionNav';
import { useAutosavedAnswers } from './use-autosaved-answers';

interface Props {
  record: AssessmentRecord;
  framework: Framework;
}

/** Questions grouped by domain with progress; skip and come back; every change saved as it happens. */
export function QuestionnaireBody({ record, framework }: Props) {
  const { t } = useTranslation('assessment');
  const { answers, saveState, change, flush } = useAutosavedAnswers(record.id, record.answers);
  const sections = useMemo(() => domainSections(framework, record.industryType, answers), [framework, record.industryType, answers]);
  const all = useMemo(() => sections.flatMap((s) => s.questions), [sections]);
  const [currentId, setCurrentId] = useState(() => record.lastQuestionId ?? nextUnanswered(sections, record.answers)?.id ?? all[0]?.id);
  const [finishing, setFinishing] = useState(false);
  const [finishFailed, setFinishFailed] = useState(false);
  const index = Math.max(
    0,
    all.findIndex((q) => q.id === currentId),
  );
  const question = all[index];
  const answeredCount = all.filter((q) => isAnswered(answers, q.id)).length;

  const go = (id: string | undefined) => {
    if (!id) return;
    setCurrentId(id);
    // Bring the new question's top into view when it scrolled away; the sticky buttons stay on screen anyway.
    const card = document.querySelector<HTMLElement>('.gz-assess-question');
    if (card && card.getBoundingClientRect().top < 0) card.scrollIntoView({ block: 'start' });
  };

  const finish = async () => {
    setFinishing(true);
    setFinishFailed(false);
    try {
      await flush();
      await completeAssessment(record, framework, answers);
      navigate(`/results/${record.id}`);
    } catch (error) {
      console.error('assessment not completed', error);
      setFinishFailed(true);
      setFinishing(false);
    }
  };

  if (!question) return <p className="gz-notice">{t('questionnaire.empty')}</p>;
  return (
    <div className="gz-assess-layout">
      <div className="gz-assess-main">
        <div className="gz-assess-progress">
          <progress max={all.length} value={answeredCount} aria-label={t('questionnaire.progress')} />
          <span>{t('questionnaire.answered', { answered: answeredCount, total: all.length })}</span>
          <SaveStatus state={saveState} />
        </div>
        <QuestionCard
          question={question}
          number={index + 1}
          total={all.length}
          answer={answers[question.id]}
          onChange={(answer, mode) => change(question.id, answer, mode)}
          onAttach={(file) => attachEvidence(record.id, question.id, file)}
        />
        <div className="gz-actions gz-assess-nav-buttons">
          <button type="button" className="gz-button" disabled={index === 0} onClick={() => go(all[index - 1]?.id)}>
            {t('questionnaire.previous')}
          </button>
          <button
            type="button"
            className="gz-button"
            onClick={() => go(nextUnanswered(sections, answers, question.id)?.id)}
            disabled={answeredCount === all.length}
          >
            {t('questionnaire.nextUnanswered')}
          </button>
          <button
            type="button"
            className="gz-button gz-button--primary"
            disabled={index === all.length - 1}
            onClick={() => go(all[index + 1]?.id)}
          >
            {t('questionnaire.next')}
          </button>
        </div>
        <section className="gz-card" aria-labelledby="gz-finish-title">
          <h2 className="gz-card-title" id="gz-finish-title">
            {t('questionnaire.finishTitle')}
          </h2>
          <p className="gz-field-help">
            {answeredCount < all.length
              ? t('questionnaire.finishUnanswered', { n: all.length - answeredCount })
              : t('questionnaire.finishReady')}
          </p>
          {finishFailed ? (
            <p className="gz-notice gz-notice--error" role="alert">
              {t('questionnaire.finishFailed')}
            </p>
          ) : null}
          <div className="gz-actions">
            <button type="button" className="gz-button gz-button--primary" disabled={finishing} onClick={() => void finish()}>
              {t('questionnaire.finish')}
            </button>
            <a className="gz-button" href={hrefFor(`/assess/company/${record.companyId}`)}>
              {t('questionnaire.later')}
            </a>
          </div>
        </section>
      </div>
      {/* After the question in the document, so the first answer is the first Tab stop; CSS puts it on the left. */}
      <SectionNav sections={sections} answers={answers} currentId={question.id} onPick={go} />
    </div>
  );
}
