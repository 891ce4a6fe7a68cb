import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackendPreference } from '../../app/inspection';
import { ScreenHeader } from '../common/ScreenHeader';
import { BackendPanel } from './BackendPanel';
import { loadProjectModel, readBackendPreference } from '../../app/inspection';
import { BatchCheck } from './BatchCheck';
import { CameraCheck } from './CameraCheck';
import { DefectTypesPanel } from './DefectTypesPanel';
import { HistoryPanel } from './HistoryPanel';
import { inspectErrorOf } from '../common/inspection-errors';
import { ProjectBar } from './ProjectBar';
import { RefitPanel } from './RefitPanel';
import { SingleCheck } from './SingleCheck';
import { StatsPanel } from './StatsPanel';
import { TeachPanel } from './TeachPanel';
import { useInspectionWorker } from '../common/use-inspection-worker';
import { useProjects } from './use-projects';
import './inspection.css';

const TABS = ['teach', 'check', 'history', 'stats'] as const;
type Tab = (typeof TABS)[number];

export function InspectionScreen() {
  const { t, i18n } = useTranslation('inspection');
  // The backend setting is changed on About; Inspect starts with the stored choice.
  const [preference] = useState<BackendPreference>(readBackendPreference);
  const worker = useInspectionWorker(preference);
  const projects = useProjects();
  const [tab, setTab] = useState<Tab>('teach');
  const [refreshKey, setRefreshKey] = useState(0);
  // corrections made in the history list change what a refit can use
  const [reviews, setReviews] = useState(0);
  const client = worker.status === 'ready' ? worker.client : undefined;
  const backend = worker.status === 'ready' ? worker.init.choice.backend : undefined;
  const project = projects.selected;

  // the worker needs the project's current model before it can check anything; a model it refuses (taught
  // with another backbone, or damaged) is said so, with the way to teach it again
  const [refused, setRefused] = useState<{ projectId: string; error: unknown }>();
  useEffect(() => {
    if (!client || !project?.model) return;
    let live = true;
    const projectId = project.id;
    loadProjectModel(client, { id: projectId, model: project.model }).then(
      () => live && setRefused(undefined),
      (error: unknown) => live && setRefused({ projectId, error }),
    );
    return () => {
      live = false;
    };
  }, [client, project?.id, project?.model]);
  const refusal = refused && refused.projectId === project?.id ? refused.error : undefined;

  return (
    <>
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      <BackendPanel worker={worker} />
      <ProjectBar projects={projects} />
      {project ? (
        <>
          <div className="gz-inspect-tabs" role="tablist">
            {TABS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={tab === id}
                className="gz-inspect-tab"
                onClick={() => {
                  setTab(id);
                  setRefreshKey((k) => k + 1);
                }}
              >
                {t(`tabs.${id}`)}
              </button>
            ))}
          </div>
          {tab === 'teach' ? (
            <>
              <TeachPanel key={project.id} client={client} projects={projects} />
              {client ? <DefectTypesPanel client={client} projects={projects} /> : null}
            </>
          ) : null}
          {tab === 'check' ? (
            <section className="gz-card" aria-labelledby="gz-inspect-check">
              <h2 className="gz-card-title" id="gz-inspect-check">
                {t('check.title')}
              </h2>
              {!project.model ? <p>{t('check.teachFirst')}</p> : null}
              {refusal ? (
                <p className="gz-notice gz-notice--error" role="alert">
                  {inspectErrorOf(i18n, refusal)}
                </p>
              ) : null}
              {refusal ? <RefitPanel client={client} projects={projects} refreshKey={refreshKey + reviews} stale /> : null}
              {project.model && client && backend && !refusal ? (
                <>
                  <SingleCheck client={client} backend={backend} project={project} />
                  <BatchCheck client={client} backend={backend} project={project} onOpenRecords={() => setTab('history')} />
                  <CameraCheck client={client} backend={backend} project={project} />
                </>
              ) : null}
            </section>
          ) : null}
          {tab === 'history' ? (
            <>
              <RefitPanel client={client} projects={projects} refreshKey={refreshKey + reviews} stale={refusal !== undefined} />
              <HistoryPanel projects={projects} refreshKey={refreshKey} onReviewed={() => setReviews((n) => n + 1)} />
            </>
          ) : null}
          {tab === 'stats' ? <StatsPanel projectId={project.id} refreshKey={refreshKey} /> : null}
        </>
      ) : null}
    </>
  );
}
