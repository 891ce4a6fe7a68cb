import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../core/assessment/answers';
import type { Framework } from '../../core/assessment/framework-schema';
import type { TrainingCase } from '../../core/training/case-schema';
import { useLocalized } from '../common/localized';
import { SaveStatus } from '../common/SaveStatus';
import { hrefFor, navigate } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { CaseStory } from './CaseStory';
import { DraftRestored } from './DraftRestored';
import { submitAttempt } from './use-training';
import { useTrainingDraft } from './use-training-draft';

/** The trainee reads the case and assesses the factory (autosaved as a draft); submitting grades and stores the attempt. */
export function CasePractice({ found }: { found: { trainingCase: TrainingCase; framework: Framework } }) {
  const { t } = useTranslation('training');
  const local = useLocalized();
  const { trainingCase, framework } = found;
  const draft = useTrainingDraft(trainingCase.id);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const header = (
    <ScreenHeader
      title={local(trainingCase.title)}
      subtitle={t('practiceSubtitle')}
      actions={
        <a className="gz-button" href={hrefFor('/training')}>
          {t('backToCases')}
        </a>
      }
    />
  );
  if (draft.state.status === 'loading')
    return (
      <>
        {header}
        <p className="gz-loading">{t('loading')}</p>
      </>
    );
  if (draft.state.status === 'failed')
    return (
      <>
        {header}
        <p className="gz-notice gz-notice--error" role="alert">
          {t('draft.failed')}
        </p>
      </>
    );
  const { answers, restored, saveState } = draft.state;
  const unanswered = framework.questions.filter((q) => answers[q.id] === undefined).length;

  const submit = async (submitted: Answers) => {
    setBusy(true);
    setFailed(false);
    try {
      await draft.flush();
      const attempt = await submitAttempt(framework, trainingCase, submitted);
      navigate(`/training/case/${trainingCase.id}/attempt/${attempt.id}`);
    } catch (error) {
      console.error('training attempt', error);
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <>
      {header}
      {restored ? <DraftRestored draft={restored} onStartOver={draft.startOver} /> : null}
      <CaseStory trainingCase={trainingCase} />
      <form
        className="gz-card"
        aria-label={t('formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit(answers);
        }}
      >
        {framework.questions.map((q, index) =>
          q.type === 'levelChoice' ? (
            <fieldset key={q.id} className="gz-train-question">
              <legend>
                {index + 1}. {local(q.text)}
              </legend>
              {q.options.map((option) => (
                <label key={option.id} className="gz-train-option">
                  <input
                    type="radio"
                    name={q.id}
                    value={option.id}
                    checked={answers[q.id]?.value === option.id}
                    disabled={busy}
                    onChange={() => draft.change(q.id, { value: option.id })}
                  />
                  {t('levelOption', { level: option.level, label: local(option.label) })}
                </label>
              ))}
            </fieldset>
          ) : null,
        )}
        {failed ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('submitFailed')}
          </p>
        ) : null}
        <div className="gz-actions">
          <button type="submit" className="gz-button gz-button--primary" disabled={busy}>
            {t('submit')}
          </button>
          {saveState ? <SaveStatus state={saveState} /> : null}
          {unanswered > 0 ? <span className="gz-field-help">{t('unanswered', { count: unanswered })}</span> : null}
        </div>
      </form>
    </>
  );
}
