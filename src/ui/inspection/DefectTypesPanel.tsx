import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teachDefectTypes, type InspectionSession } from '../../app/inspection';
import type { Roi } from '../../core/inspection/roi';
import { CameraCapture } from './CameraCapture';
import { inspectErrorOf } from '../common/inspection-errors';
import { pickImages, type NamedBytes } from './read-files';
import { RegionMarker } from './RegionMarker';
import type { ProjectsState } from './use-projects';

interface Example {
  label: string;
  file: NamedBytes;
  box?: Roi;
}

interface Taught {
  types: number;
  skipped: number;
  fused: boolean;
  likeGood: string[];
  otherShape: string[];
  outside: string[];
  tooFew: boolean;
}

/**
 * Known-bad photos, from one upwards, each with its defect type and optionally the defect marked with a
 * box. Teaching them (replacing the earlier ones) names failed parts, puts them on the threshold screen,
 * and — from two photos on, where cross-validation says it helps — trains a classifier that joins the score.
 */
export function DefectTypesPanel({ client, projects }: { client: InspectionSession; projects: ProjectsState }) {
  const { t, i18n } = useTranslation('inspection');
  const project = projects.selected;
  const [label, setLabel] = useState('');
  const [examples, setExamples] = useState<Example[]>([]);
  const [marking, setMarking] = useState<number>();
  const [message, setMessage] = useState<string>();
  const [taught, setTaught] = useState<Taught>();
  const [busy, setBusy] = useState(false);
  if (!project?.model) return null;
  const add = async () => {
    const name = label.trim();
    if (!name) return;
    const files = await pickImages(t('imageFilter'));
    setExamples((list) => [...list, ...files.map((file) => ({ label: name, file }))]);
  };
  const teach = async () => {
    setBusy(true);
    try {
      const { project: updated, outcome: out } = await teachDefectTypes(client, project, examples);
      projects.replace(updated);
      const skipped = new Set(out.skipped.map((s) => s.index));
      const used = examples.filter((_, i) => !skipped.has(i)).map((e) => e.file.name);
      const names = (indices: readonly number[]): string[] => indices.map((i) => used[i] ?? '');
      setTaught({
        types: out.types.length,
        skipped: out.skipped.length,
        fused: out.fused,
        likeGood: names(out.notes.defectsLikeGood),
        otherShape: names(out.notes.defectsOtherShape),
        outside: names(out.notes.regionsOutside),
        tooFew: out.notes.tooFewForClassifier,
      });
      setExamples([]);
      setMarking(undefined);
      setMessage(undefined);
    } catch (e) {
      setMessage(inspectErrorOf(i18n, e));
    } finally {
      setBusy(false);
    }
  };
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const current = examples[marking ?? -1];
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
        onCapture={(bytes) => setExamples((l) => [...l, { label: label.trim(), file: { name: `camera-${l.length + 1}.jpg`, bytes } }])}
      />
      {counts.size > 0 ? <p>{list.format([...counts].map(([name, n]) => t('types.pending', { name, count: n })))}</p> : null}
      {examples.length > 0 ? (
        <ul className="gz-inspect-examples" aria-label={t('types.pendingLabel')}>
          {examples.map((e, i) => (
            <li key={`${e.file.name}-${i}`} data-example={e.file.name} data-marked={e.box !== undefined}>
              <span>
                {e.label} · {e.file.name}
                {e.box ? ` · ${t('types.marked')}` : ''}
              </span>
              <button
                className="gz-button"
                type="button"
                aria-pressed={marking === i}
                onClick={() => setMarking(marking === i ? undefined : i)}
              >
                {t('types.mark')}
              </button>
              <button className="gz-button" type="button" onClick={() => setExamples((l) => l.filter((_, k) => k !== i))}>
                {t('types.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {current && marking !== undefined ? (
        <RegionMarker
          key={marking}
          bytes={current.file.bytes}
          name={current.file.name}
          box={current.box}
          onChange={(box) =>
            setExamples((l) => l.map((e, k) => (k === marking ? { label: e.label, file: e.file, ...(box ? { box } : {}) } : e)))
          }
        />
      ) : null}
      <button className="gz-button gz-button--primary" type="button" disabled={examples.length === 0 || busy} onClick={() => void teach()}>
        {t('types.teach')}
      </button>
      {taught ? (
        <div role="status" data-taught-defects={taught.types}>
          <p>{t('types.taught', { count: taught.types, skipped: taught.skipped })}</p>
          <p>{taught.fused ? t('types.fused') : taught.tooFew ? t('types.tooFew') : t('types.notFused')}</p>
          {taught.likeGood.length > 0 ? (
            <p className="gz-notice gz-notice--warning" data-like-good={taught.likeGood.length}>
              {t('types.likeGood', { count: taught.likeGood.length, list: list.format(taught.likeGood) })}
            </p>
          ) : null}
          {taught.otherShape.length > 0 ? (
            <p className="gz-notice gz-notice--warning" data-other-shape={taught.otherShape.length}>
              {t('types.otherShape', { count: taught.otherShape.length, list: list.format(taught.otherShape) })}
            </p>
          ) : null}
          {taught.outside.length > 0 ? (
            <p className="gz-notice gz-notice--warning" data-mark-outside={taught.outside.length}>
              {t('types.outside', { count: taught.outside.length, list: list.format(taught.outside) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {message ? (
        <p role="alert" className="gz-notice gz-notice--error">
          {message}
        </p>
      ) : null}
    </section>
  );
}
