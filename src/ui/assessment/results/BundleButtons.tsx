import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../../core/assessment/file-problems';
import { getPlatform } from '../../../platform';
import { navigate } from '../../common/hash-location';
import { bundleFileName, bundleJson, importAssessmentBundle, type LoadedResult } from '../../../app/assessment';

type Message = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems?: FileProblem[] };

/** Export of this assessment as a bundle file, and import of a bundle from another installation. */
export function BundleButtons({ loaded }: { loaded?: LoadedResult }) {
  const { t } = useTranslation('assessment');
  const [message, setMessage] = useState<Message | null>(null);
  const filters = [{ name: t('bundle.filter'), extensions: ['json'] }];

  const exportBundle = async () => {
    setMessage(null);
    const json = loaded ? bundleJson(loaded, new Date()) : undefined;
    if (!loaded || !json) return;
    try {
      const saved = await getPlatform().saveFile({
        suggestedName: bundleFileName(loaded.company?.name ?? 'company', new Date()),
        mimeType: 'application/json',
        data: json,
        filters,
      });
      if (saved.status === 'saved') setMessage({ kind: 'ok', text: t('bundle.exported') });
    } catch (error) {
      console.error('bundle not exported', error);
      setMessage({ kind: 'error', text: t('bundle.exportFailed') });
    }
  };

  const importBundle = async () => {
    setMessage(null);
    try {
      const [file] = await getPlatform().openFiles({ multiple: false, filters });
      if (!file) return;
      const outcome = await importAssessmentBundle(await file.bytes());
      if (outcome.ok) navigate(outcome.assessmentId ? `/results/${outcome.assessmentId}` : `/assess/company/${outcome.companyId}`);
      else setMessage({ kind: 'error', text: t('bundle.refused', { name: file.name }), problems: outcome.problems });
    } catch (error) {
      console.error('bundle not imported', error);
      setMessage({ kind: 'error', text: t('bundle.importFailed') });
    }
  };

  return (
    <div className="gz-results-bundle">
      <div className="gz-actions">
        {loaded ? (
          <button type="button" className="gz-button" onClick={() => void exportBundle()}>
            {t('bundle.export')}
          </button>
        ) : null}
        <button type="button" className="gz-button" onClick={() => void importBundle()}>
          {t('bundle.import')}
        </button>
      </div>
      {message ? (
        <div
          className={message.kind === 'ok' ? 'gz-notice' : 'gz-notice gz-notice--error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          <p>{message.text}</p>
          {message.kind === 'error' && message.problems ? (
            <ul>
              {message.problems.map((p, i) => (
                <li key={i}>{t(`import.${p.code}`, { ...p.params, path: p.path })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
