import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraCapture } from './CameraCapture';
import type { NamedBytes } from './read-files';
import { MAX_TEACH_IMAGES, MIN_TEACH_IMAGES } from './use-teach';

/** Good parts captured from the live camera, then taught through the same fit and progress as files. */
export function CameraTeach({ disabled, onTeach }: { disabled: boolean; onTeach(files: NamedBytes[]): Promise<boolean> }) {
  const { t } = useTranslation('inspection');
  const [captured, setCaptured] = useState<NamedBytes[]>([]);
  const full = captured.length >= MAX_TEACH_IMAGES;
  return (
    <div className="gz-inspect-camera-teach" aria-labelledby="gz-inspect-teach-camera">
      <h3 id="gz-inspect-teach-camera">{t('teachCamera.title')}</h3>
      <CameraCapture
        captureLabel={t('teachCamera.capture')}
        disabled={disabled || full}
        onCapture={(bytes) =>
          setCaptured((list) => (list.length >= MAX_TEACH_IMAGES ? list : [...list, { name: `camera-${list.length + 1}.jpg`, bytes }]))
        }
      />
      <p role="status" data-captured={captured.length}>
        {t(full ? 'teachCamera.full' : 'teachCamera.count', { count: captured.length, min: MIN_TEACH_IMAGES, max: MAX_TEACH_IMAGES })}
      </p>
      <div className="gz-actions">
        <button
          className="gz-button gz-button--primary"
          type="button"
          disabled={disabled || captured.length < MIN_TEACH_IMAGES}
          onClick={() => void onTeach(captured).then((ok) => ok && setCaptured([]))}
        >
          {t('teachCamera.teach', { count: captured.length })}
        </button>
        <button className="gz-button" type="button" disabled={disabled || captured.length === 0} onClick={() => setCaptured([])}>
          {t('teachCamera.clear')}
        </button>
      </div>
    </div>
  );
}
