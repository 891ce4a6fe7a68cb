import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drillTypeName } from '../common/drill-type';
import type { Judgement } from '../../core/training/drill';
import { hrefFor } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { drillImageUrl, drillSet } from '../common/drill-assets';
import { DrillResults } from './DrillResults';
import { useRecordDrill } from './use-drill-attempts';
import { useModelCalls } from '../common/use-model-calls';

/** The trainee judges each bundled image OK or NG (and the defect type); then sees how they compare. */
export function DefectDrill() {
  const { t } = useTranslation('training');
  const model = useModelCalls(drillSet);
  const [calls, setCalls] = useState<Judgement[]>([]);
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const saveState = useRecordDrill(drillSet, calls, model, startedAt);
  const index = calls.length;
  const item = drillSet.items[index];
  const choices: Judgement[] = [{ verdict: 'ok' }, ...drillSet.defectTypes.map((type): Judgement => ({ verdict: 'ng', defectType: type }))];

  useEffect(() => {
    if (!item) return;
    const onKey = (event: KeyboardEvent) => {
      const choice = choices[Number(event.key) - 1];
      if (choice) setCalls((current) => [...current, choice]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const header = (
    <ScreenHeader
      title={t('drill.title')}
      subtitle={t('drill.subtitle')}
      actions={
        <a className="gz-button" href={hrefFor('/training')}>
          {t('backToCases')}
        </a>
      }
    />
  );
  if (!item) {
    return (
      <>
        {header}
        <DrillResults
          calls={calls}
          model={model}
          saveState={saveState}
          onAgain={() => {
            setCalls([]);
            setStartedAt(new Date().toISOString());
          }}
        />
      </>
    );
  }
  return (
    <>
      {header}
      <section className="gz-card gz-drill">
        <p>{t('drill.count', { index: index + 1, total: drillSet.items.length })}</p>
        <img className="gz-drill-image" src={drillImageUrl(item.file)} alt={t('drill.imageAlt', { index: index + 1 })} />
        <div className="gz-actions">
          {choices.map((choice, i) => (
            <button
              key={i}
              type="button"
              className={choice.verdict === 'ok' ? 'gz-button gz-button--primary gz-drill-choice' : 'gz-button gz-drill-choice'}
              onClick={() => setCalls([...calls, choice])}
            >
              {t('drill.key', { key: i + 1 })}{' '}
              {choice.verdict === 'ok' ? t('drill.ok') : t('drill.ng', { type: drillTypeName(t, choice.defectType) })}
            </button>
          ))}
        </div>
        <p className="gz-field-help">{t('drill.keys')}</p>
      </section>
    </>
  );
}
