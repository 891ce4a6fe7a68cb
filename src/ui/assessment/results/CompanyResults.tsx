import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCompanyAssessments } from '../../../app/assessment';
import { useAsync } from '../../common/use-async';
import { AssessmentHistory } from '../AssessmentHistory';
import { hrefFor, navigate } from '../../common/hash-location';
import type { AssessmentRecord } from '../../../core/assessment/assessment-record';
import { findFramework } from '../../../core/assessment/bundled-frameworks';
import type { Framework } from '../../../core/assessment/framework-schema';
import { useNumberFormat } from '../../../i18n/use-number-format';
import { useLocalized } from '../../common/localized';
import { levelName } from '../../common/framework-names';

/** A company's history, and the choice of two finished assessments to compare. */
export function CompanyResults({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('assessment');
  const local = useLocalized();
  const { fmt } = useNumberFormat();
  const data = useAsync(() => loadCompanyAssessments(companyId), companyId);
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value.company)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('companies.notFound')}
      </p>
    );
  const { company, assessments } = data.value;
  const completed = assessments.filter((a) => a.status === 'completed');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const frameworkOf = (id: string) => completed.find((a) => a.id === id)?.frameworkId;
  const groups = [...new Set(completed.map((a) => a.frameworkId))].map((frameworkId) => {
    const members = completed.filter((a) => a.frameworkId === frameworkId);
    const fw = members[0] ? findFramework(frameworkId, members[0].frameworkVersion) : undefined;
    return { frameworkId, name: fw ? local(fw.name) : t('compare.unknownFramework'), members, fw };
  });
  const optionText = (a: AssessmentRecord, fw: Framework | undefined) => {
    const level = a.result?.level ?? 0;
    const name = fw ? levelName(fw, level) : undefined;
    return t('compare.option', {
      date: date.format(new Date(a.updatedAt)),
      level: name ? local(name) : t('results.belowLevel1'),
      score: fmt(a.result?.totalScore ?? 0, 'score'),
    });
  };
  const mixed = Boolean(before && after && frameworkOf(before) !== frameworkOf(after));
  return (
    <>
      <section className="gz-card" aria-labelledby="gz-company-history">
        <h2 className="gz-card-title" id="gz-company-history">
          {t('history.titleFor', { company: company.name })}
        </h2>
        <AssessmentHistory assessments={assessments} />
      </section>
      <section className="gz-card" aria-labelledby="gz-compare-pick">
        <h2 className="gz-card-title" id="gz-compare-pick">
          {t('compare.pickTitle')}
        </h2>
        {completed.length < 2 ? (
          <p className="gz-lead">{t('compare.needTwo')}</p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (before && after && before !== after && !mixed) navigate(`/results/compare/${before}/${after}`);
            }}
          >
            {(
              [
                ['before', before, setBefore],
                ['after', after, setAfter],
              ] as const
            ).map(([which, value, set]) => (
              <label key={which} className="gz-field">
                <span className="gz-field-label">{t(`compare.${which}`)}</span>
                <select className="gz-select" value={value} onChange={(e) => set(e.target.value)}>
                  <option value="">{t('profile.choose')}</option>
                  {groups.map((group) => (
                    <optgroup key={group.frameworkId} label={group.name}>
                      {group.members.map((a) => (
                        <option key={a.id} value={a.id}>
                          {optionText(a, group.fw)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
            ))}
            {mixed ? (
              <p className="gz-notice" role="status">
                {t('compare.pickDifferent')}
              </p>
            ) : null}
            <button type="submit" className="gz-button gz-button--primary" disabled={!before || !after || before === after || mixed}>
              {t('compare.go')}
            </button>
          </form>
        )}
        <p className="gz-field-help">
          <a href={hrefFor(`/assess/company/${company.id}`)}>{t('results.backToCompany')}</a>
        </p>
      </section>
    </>
  );
}
