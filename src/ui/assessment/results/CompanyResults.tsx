import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getWorkspace } from '../../../db';
import { useAsync } from '../../common/use-async';
import { AssessmentHistory } from '../AssessmentHistory';
import { hrefFor, navigate } from '../../common/hash-location';

/** A company's history, and the choice of two finished assessments to compare. */
export function CompanyResults({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('assessment');
  const data = useAsync(async () => {
    const ws = await getWorkspace();
    return { company: await ws.companies.get(companyId), assessments: await ws.assessments.listForCompany(companyId) };
  }, companyId);
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value.company) return <p className="gz-notice gz-notice--error" role="alert">{t('companies.notFound')}</p>;
  const { company, assessments } = data.value;
  const completed = assessments.filter((a) => a.status === 'completed');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const option = (id: string) => {
    const a = completed.find((x) => x.id === id);
    return a ? `${date.format(new Date(a.updatedAt))} · ${a.frameworkId} · ${t('history.levelScore', { level: a.result?.level ?? 0, score: a.result?.totalScore ?? 0 })}` : id;
  };
  return (
    <>
      <section className="gz-card" aria-labelledby="gz-company-history">
        <h2 className="gz-card-title" id="gz-company-history">{t('history.titleFor', { company: company.name })}</h2>
        <AssessmentHistory assessments={assessments} />
      </section>
      <section className="gz-card" aria-labelledby="gz-compare-pick">
        <h2 className="gz-card-title" id="gz-compare-pick">{t('compare.pickTitle')}</h2>
        {completed.length < 2 ? (
          <p className="gz-lead">{t('compare.needTwo')}</p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (before && after && before !== after) navigate(`/results/compare/${before}/${after}`);
            }}
          >
            {([['before', before, setBefore], ['after', after, setAfter]] as const).map(([which, value, set]) => (
              <label key={which} className="gz-field">
                <span className="gz-field-label">{t(`compare.${which}`)}</span>
                <select className="gz-select" value={value} onChange={(e) => set(e.target.value)}>
                  <option value="">{t('profile.choose')}</option>
                  {completed.map((a) => (
                    <option key={a.id} value={a.id}>{option(a.id)}</option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit" className="gz-button gz-button--primary" disabled={!before || !after || before === after}>{t('compare.go')}</button>
          </form>
        )}
        <p className="gz-field-help">
          <a href={hrefFor(`/assess/company/${company.id}`)}>{t('results.backToCompany')}</a>
        </p>
      </section>
    </>
  );
}
