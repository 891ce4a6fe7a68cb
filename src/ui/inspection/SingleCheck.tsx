import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionProject } from '../../core/inspection/records';
import type { BackendChoice } from '../../app/inspection';
import type { InspectionSession } from '../../app/inspection';
import { checkAndStore, type CheckedImage } from '../../app/inspection';
import { HeatmapView } from './HeatmapView';
import { inspectErrorOf } from '../common/inspection-errors';
import { pickImages } from './read-files';
import { VerdictSignal } from './VerdictSignal';

export function SingleCheck({
  client,
  backend,
  project,
}: {
  client: InspectionSession;
  backend: BackendChoice['backend'];
  project: InspectionProject;
}) {
  const { t, i18n } = useTranslation('inspection');
  const [result, setResult] = useState<{ checked: CheckedImage; url: string; name: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result]);
  const check = async () => {
    setError(undefined);
    const [file] = await pickImages(t('imageFilter'));
    if (!file) return;
    setBusy(true);
    try {
      const checked = await checkAndStore(client, backend, project, file, 'file');
      setResult({ checked, url: URL.createObjectURL(new Blob([file.bytes.slice()])), name: file.name });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const o = result?.checked.outcome;
  return (
    <div>
      <button className="gz-button gz-button--primary" type="button" disabled={busy} onClick={() => void check()}>
        {t('check.single')}
      </button>
      {error ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {inspectErrorOf(i18n, error)}
        </p>
      ) : null}
      {result && o ? (
        <div className="gz-inspect-single">
          <VerdictSignal isDefect={o.isDefect} score={o.score} threshold={o.threshold} defectType={o.defectType} />
          <p className="gz-field-help">
            {t('check.timing', { name: result.name, ms: Math.round(o.timing.totalMs), model: Math.round(o.timing.modelMs) })}
          </p>
          <HeatmapView map={o.map} threshold={o.threshold} roi={project.roi}>
            <img src={result.url} alt={t('check.imageAlt')} />
          </HeatmapView>
        </div>
      ) : null}
    </div>
  );
}
