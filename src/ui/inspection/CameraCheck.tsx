import { useTranslation } from 'react-i18next';
import type { InspectionProject } from '../../core/inspection/records';
import type { BackendChoice } from '../../app/inspection';
import type { InspectionSession } from '../../app/inspection';
import { HeatmapView } from './HeatmapView';
import { useCamera } from './use-camera';
import { VerdictSignal } from './VerdictSignal';

export function CameraCheck({
  client,
  backend,
  project,
}: {
  client: InspectionSession;
  backend: BackendChoice['backend'];
  project: InspectionProject;
}) {
  const { t, i18n } = useTranslation('inspection');
  const { video, state, start, stop, saveFrame } = useCamera(client, backend, project);
  const fps = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(state.fps);
  return (
    <div className="gz-inspect-camera">
      <h3>{t('camera.title')}</h3>
      <div className="gz-actions">
        {state.running ? (
          <>
            <button className="gz-button" type="button" onClick={stop}>
              {t('camera.stop')}
            </button>
            <button className="gz-button" type="button" onClick={() => void saveFrame()}>
              {t('camera.save')}
            </button>
          </>
        ) : (
          <button className="gz-button gz-button--primary" type="button" onClick={() => void start()}>
            {t('camera.start')}
          </button>
        )}
      </div>
      {state.problem ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t(`camera.problems.${state.problem}`)}
        </p>
      ) : null}
      {state.running && state.outcome ? (
        <>
          <VerdictSignal
            isDefect={state.outcome.isDefect}
            score={state.outcome.score}
            threshold={state.outcome.threshold}
            defectType={state.outcome.defectType}
          />
          <p data-testid="fps">{t('camera.fps', { fps })}</p>
        </>
      ) : null}
      <div hidden={!state.running}>
        <HeatmapView map={state.outcome?.map} threshold={state.outcome?.threshold ?? 0} roi={project.roi}>
          <video ref={video} muted playsInline className="gz-inspect-video" />
        </HeatmapView>
      </div>
    </div>
  );
}
