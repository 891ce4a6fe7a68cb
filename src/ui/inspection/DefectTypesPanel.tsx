import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionClient } from '../../app/inspection/inspection-client';
import { CameraCapture } from './CameraCapture';
import { inspectErrorOf } from './inspection-errors';
import { pickImages, transferable, type NamedBytes } from './read-files';
import { inspectionRepository, type ProjectsState } from './use-projects';

/** A few labelled examples per defect type; teaching replaces the project's earlier types. */
export function DefectTypesPanel({ client, projects }: { client: InspectionClient; projects: ProjectsState }) {
  const { t, i18n } = useTranslation('inspection');
  const project = projects.selected;
  const [label, setLabel] = useState('');
  const [examples, setExamples] = useState<{ label: string; file: NamedBytes }[]>([]);
  const [message, setMessage] = useState<string>();
  if (!project?.model) return null;
  const add = async () => {
    const name = label.trim();
    if (!name) return;
    const files = await pickImages(t('imageFilter'));
    setExamples((list) => [...list, ...files.map((file) => ({ label: name, file }))]);
  };
  const teach = async () => {
    try {
      const out = await client.request({ type: 'teachTypes', key: project.id, examples: examples.map((e) => ({ label: e.label, image: transferable(e.file.bytes) })), roi: project.roi });
      await (await inspectionRepository()).replaceTeachImages(project.id, 'defect', out.copies);
      await projects.update({ model: out.model, defectTypes: out.types, defectScores: out.defectScores });
      setExamples([]);
      setMessage(t('types.taught', { count: out.types.length, skipped: out.skipped.length }));
    } catch (e) {
      setMessage(inspectErrorOf(t, i18n.exists, e));
    }
  };
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return (
    <section className="gz-card" aria-labelledby="gz-inspect-types">
      <h2 className="gz-card-title" id="gz-inspect-types">
        {t('types.title')}
      </h2>
      <p className="gz-field-help">{t('types.intro')}</p>
      {project.defectTypes.length > 0 ? (
        <p>{t('types.current', { list: project.defectTypes.map((d) => `${d.name} (${d.examples})`).join('、') })}</p>
      ) : null}
      <div className="gz-inspect-row">
        <label className="gz-field">
          <span className="gz-field-label">{t('types.name')}</span>
          <input className="gz-input" value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('types.placeholder')} />
        </label>
        <button className="gz-button" type="button" disabled={!label.trim()} onClick={() => void add()}>
          {t('types.addExamples')}
        </button>
      </div>
      <CameraCapture
        captureLabel={t('teachCamera.captureExample', { name: label.trim() || '…' })}
        disabled={!label.trim()}
        onCapture={(bytes) => setExamples((list) => [...list, { label: label.trim(), file: { name: `camera-${list.length + 1}.jpg`, bytes } }])}
      />
      {counts.size > 0 ? (
        <ul>
          {[...counts].map(([name, n]) => (
            <li key={name}>{t('types.pending', { name, count: n })}</li>
          ))}
        </ul>
      ) : null}
      <button className="gz-button gz-button--primary" type="button" disabled={examples.length === 0} onClick={() => void teach()}>
        {t('types.teach')}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
