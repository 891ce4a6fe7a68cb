import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { readJsonFile } from '../../core/assessment/read-json-file';
import { checkTrainingCase, type CaseProblem } from '../../core/training/load-case';
import { getPlatform } from '../../platform';
import { useLocalized } from '../common/localized';

type Outcome = { kind: 'ok'; title: string } | { kind: 'refused'; name: string; problems: CaseProblem[] } | { kind: 'failed' };

type CaseOnlyProblem = Extract<CaseProblem, { code: `case.${string}` }>;

const isCaseOnly = (problem: CaseProblem): problem is CaseOnlyProblem => problem.code.startsWith('case.');

/** The two problems only cases have are in `training`; the file problems cases share with answer files in `assessment`. */
function problemKey(problem: CaseProblem) {
  return isCaseOnly(problem) ? (`training:${problem.code}` as const) : (`assessment:import.${problem.code}` as const);
}

/** For course authors: checks a case file they wrote against the case schema and names every problem. */
export function CaseFileCheck() {
  const { t } = useTranslation(['training', 'assessment']);
  const local = useLocalized();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const check = async () => {
    setOutcome(undefined);
    try {
      const [file] = await getPlatform().openFiles({ multiple: false, filters: [{ name: t('caseFilter'), extensions: ['json'] }] });
      if (!file) return;
      const read = readJsonFile(await file.bytes());
      if (!read.ok) {
        setOutcome({ kind: 'refused', name: file.name, problems: read.problems });
        return;
      }
      const checked = checkTrainingCase(read.data, bundledFrameworks());
      setOutcome(
        checked.ok
          ? { kind: 'ok', title: local(checked.trainingCase.title) }
          : { kind: 'refused', name: file.name, problems: checked.problems },
      );
    } catch (error) {
      console.error('case file check', error);
      setOutcome({ kind: 'failed' });
    }
  };

  return (
    <section className="gz-card">
      <h2 className="gz-card-title">{t('check.title')}</h2>
      <p className="gz-field-help">{t('check.help')}</p>
      <div className="gz-actions">
        <button type="button" className="gz-button" onClick={() => void check()}>
          {t('check.button')}
        </button>
      </div>
      {outcome?.kind === 'ok' ? (
        <p className="gz-notice" role="status">
          {t('check.ok', { title: outcome.title })}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('check.failed')}
        </p>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <div className="gz-notice gz-notice--error" role="alert">
          <p>{t('check.refused', { name: outcome.name })}</p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{t(problemKey(p), { ...p.params, path: p.path })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
