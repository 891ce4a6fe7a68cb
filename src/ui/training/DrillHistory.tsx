import { useTranslation } from 'react-i18next';
import { summariseDrills } from '../../core/training/drill-history';
import { useDrillAttempts } from './use-drill-attempts';

const SHOWN = 10;
const pct = (x: number) => Math.round(x * 100);

/** The trainee's defect drills: progress in one line, then the latest rounds with the model beside them. */
export function DrillHistory() {
  const { t, i18n } = useTranslation('training');
  const { attempts, failed } = useDrillAttempts();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const progress = summariseDrills(attempts ?? []);
  const latest = [...(attempts ?? [])].reverse().slice(0, SHOWN);
  return (
    <section className="gz-card" aria-labelledby="drill-history-title">
      <h2 className="gz-card-title" id="drill-history-title">
        {t('drill.title')}
      </h2>
      {failed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('drill.historyFailed')}
        </p>
      ) : null}
      <p data-testid="drill-progress">
        {progress.attempts > 0
          ? t('drill.progress', { count: progress.attempts, best: progress.best, latest: progress.latest })
          : t('drill.notTried')}
        {progress.improvement !== undefined
          ? ` ${t('drill.improvement', { points: progress.improvement > 0 ? `+${progress.improvement}` : progress.improvement })}`
          : ''}
      </p>
      {latest.length > 0 ? (
        <table className="gz-train-table" aria-label={t('drill.historyLabel')}>
          <thead>
            <tr>
              <th>{t('drill.hcol.when')}</th>
              <th>{t('drill.hcol.yours')}</th>
              <th>{t('drill.hcol.types')}</th>
              <th>{t('drill.hcol.mistakes')}</th>
              <th>{t('drill.hcol.model')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((a) => (
              <tr key={a.id}>
                <td>{date.format(new Date(a.completedAt))}</td>
                <td>{t('drill.hcell.accuracy', { percent: pct(a.score.accuracy), correct: a.score.correct, total: a.score.total })}</td>
                <td>{t('drill.hcell.types', { typeCorrect: a.score.typeCorrect, defective: a.score.defective })}</td>
                <td>{t('drill.hcell.mistakes', { missed: a.score.missed, falseAlarms: a.score.falseAlarms })}</td>
                <td>
                  {a.modelScore
                    ? t('drill.hcell.accuracy', {
                        percent: pct(a.modelScore.accuracy),
                        correct: a.modelScore.correct,
                        total: a.modelScore.total,
                      })
                    : t('drill.hcell.modelUnfinished')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
