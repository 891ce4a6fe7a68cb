import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roi } from '../../core/inspection/roi';
import type { InspectionSession } from '../../app/inspection';
import { CameraTeach } from './CameraTeach';
import { ImageSourceButtons } from './ImageSourceButtons';
import { inspectErrorOf, inspectErrorText } from '../common/inspection-errors';
import { RoiEditor } from './RoiEditor';
import { ThresholdHistogram } from './ThresholdHistogram';
import { VariantLine } from './VariantLine';
import type { ProjectsState } from './use-projects';
import { MAX_TEACH_IMAGES, MIN_TEACH_IMAGES, RECOMMENDED_TEACH_IMAGES, useTeach } from './use-teach';

export function TeachPanel({ client, projects }: { client: InspectionSession | undefined; projects: ProjectsState }) {
  const { t, i18n } = useTranslation('inspection');
  const project = projects.selected;
  const [roi, setRoi] = useState<Roi | undefined>(project?.roi);
  const { state, teach, teachWithoutSuspects } = useTeach(client, projects, roi);
  // Progress and outcome show under the buttons that started them; bring them into view when teaching starts.
  const statusRef = useRef<HTMLDivElement>(null);
  const fitting = state.status === 'fitting';
  useEffect(() => {
    if (fitting) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [fitting]);
  if (!project) return null;
  return (
    <section className="gz-card" aria-labelledby="gz-inspect-teach">
      <h2 className="gz-card-title" id="gz-inspect-teach">
        {t('teach.title')}
      </h2>
      <p className="gz-field-help">
        {t('teach.intro', { min: MIN_TEACH_IMAGES, max: MAX_TEACH_IMAGES, recommended: RECOMMENDED_TEACH_IMAGES })}
      </p>
      <RoiEditor roi={roi} onChange={setRoi} />
      <ImageSourceButtons
        disabled={!client || state.status === 'fitting'}
        onImages={(f) => void teach(f)}
        filesLabel={t('teach.files')}
        folderLabel={t('teach.folder')}
      />
      <div ref={statusRef} className="gz-inspect-teach-status">
        {state.status === 'fitting' ? (
          <div role="status">
            <progress max={state.total} value={state.done} aria-label={t('teach.progressLabel')} />
            <span>{t('teach.progress', { done: state.done, total: state.total })}</span>
          </div>
        ) : null}
        {state.status === 'tooFew' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('teach.tooFew', { min: MIN_TEACH_IMAGES, got: state.got })}
          </p>
        ) : null}
        {state.status === 'failed' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {inspectErrorOf(i18n, state.error)}
          </p>
        ) : null}
        {state.status === 'done' ? (
          <div className="gz-notice" role="status">
            <p>{t('teach.done', { count: state.used })}</p>
            {state.truncated > 0 ? <p>{t('teach.truncated', { max: MAX_TEACH_IMAGES, count: state.truncated })}</p> : null}
            {state.skipped.length > 0 ? (
              <ul className="gz-inspect-skipped">
                {state.skipped.map((s) => (
                  <li key={s.name}>
                    {s.name}: {inspectErrorText(i18n, s.code, { ...s.params })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <CameraTeach disabled={!client || state.status === 'fitting'} onTeach={teach} />
      {state.status === 'done' && state.suspects.length > 0 ? (
        <div className="gz-notice gz-notice--warning" role="note" data-suspect-teaching-images>
          <p>{t('teach.suspects', { count: state.suspects.length })}</p>
          <ul className="gz-inspect-suspects">
            {state.suspects.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <button className="gz-button" type="button" onClick={() => void teachWithoutSuspects()}>
            {t('teach.withoutSuspects', { count: state.suspects.length })}
          </button>
        </div>
      ) : null}
      {project.model ? (
        <>
          <h3>{t('threshold.title')}</h3>
          <p>{t('teach.taught', { count: project.goodImages })}</p>
          {project.goodImages < RECOMMENDED_TEACH_IMAGES ? (
            <p className="gz-notice" role="note" data-few-teaching-images>
              {t('teach.fewImages', { count: project.goodImages, recommended: RECOMMENDED_TEACH_IMAGES })}
            </p>
          ) : null}
          <VariantLine project={project} />
          <ThresholdHistogram
            key={`${project.id}-${project.updatedAt}`}
            project={project}
            onSave={(threshold) => void projects.update({ threshold })}
          />
        </>
      ) : null}
    </section>
  );
}
