import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework, LocalizedText } from '../../core/assessment/framework-schema';
import type { Grade, NodeGrade, QuestionGrade } from '../../core/training/grade';
import { useLocalized } from '../common/localized';

function nodeNames(framework: Framework): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const element of framework.elements) {
    for (const domain of element.domains) {
      names.set(`domain:${domain.id}`, domain.name);
      for (const sub of domain.subDomains) names.set(`subDomain:${sub.id}`, sub.name);
    }
  }
  return names;
}

const percent = (ratio: number) => Math.round(ratio * 100);

/** The grade: overall, then per domain and sub-domain (how far off, which way), then each difference explained. */
export function GradeView({ framework, grade }: { framework: Framework; grade: Grade }) {
  const { t } = useTranslation('training');
  const local = useLocalized();
  const names = useMemo(() => nodeNames(framework), [framework]);
  const questions = useMemo(() => new Map(framework.questions.map((q) => [q.id, q])), [framework]);
  const nameOf = (node: NodeGrade) => {
    const name = names.get(`${node.kind}:${node.id}`);
    return name ? local(name) : node.id;
  };
  const differences = grade.questions.filter((q): q is QuestionGrade & { direction: 'higher' | 'lower' } => q.direction !== 'same');
  const matches = grade.questions.filter((q) => q.direction === 'same');

  const nodeTable = (nodes: readonly NodeGrade[], caption: string) => (
    <table className="gz-train-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{t('col.area')}</th>
          <th className="gz-num">{t('col.yours')}</th>
          <th className="gz-num">{t('col.reference')}</th>
          <th>{t('col.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((node) => (
          <tr key={node.id} className={`gz-train-${node.direction}`}>
            <td>{nameOf(node)}</td>
            <td className="gz-num">{percent(node.trainee)}</td>
            <td className="gz-num">{percent(node.reference)}</td>
            <td>{t(`direction.${node.direction}`, { points: Math.abs(percent(node.delta)) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <section className="gz-card" aria-label={t('summaryLabel')}>
        <p className="gz-train-points" data-testid="training-points">
          {t('points', { points: grade.points })}
        </p>
        <p>{t('exact', { exact: grade.exact, withinOne: grade.withinOne, total: grade.total })}</p>
        <p>{t('levels', { yours: grade.traineeLevel, reference: grade.referenceLevel })}</p>
      </section>
      <section className="gz-card">
        {nodeTable(grade.domains, t('domainsCaption'))}
        {nodeTable(grade.subDomains, t('subDomainsCaption'))}
      </section>
      <section className="gz-card" aria-labelledby="gz-train-diff">
        <h2 className="gz-card-title" id="gz-train-diff">
          {t('differencesTitle', { count: differences.length })}
        </h2>
        <ol className="gz-train-diffs">
          {differences.map((q) => {
            const question = questions.get(q.questionId);
            return (
              <li key={q.questionId} className={`gz-train-${q.direction}`}>
                <p className="gz-train-q">{question ? local(question.text) : q.questionId}</p>
                <p>
                  {q.traineeLevel === undefined
                    ? t('questionMissing', { reference: q.referenceLevel })
                    : t(`questionOff.${q.direction}`, { yours: q.traineeLevel, reference: q.referenceLevel, levels: Math.abs(q.delta) })}
                </p>
                <p className="gz-train-reason">{t('why', { reasoning: local(q.reasoning) })}</p>
              </li>
            );
          })}
        </ol>
        {matches.length > 0 ? (
          <details>
            <summary>{t('matchesTitle', { count: matches.length })}</summary>
            <ul>
              {matches.map((q) => (
                <li key={q.questionId}>
                  {(() => {
                    const question = questions.get(q.questionId);
                    return question ? local(question.text) : q.questionId;
                  })()}
                  {' — '}
                  {local(q.reasoning)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </>
  );
}
