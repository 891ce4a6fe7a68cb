import { useTranslation } from 'react-i18next';
import type { Roi } from '../../core/inspection/roi';

const FIELDS = ['x', 'y', 'w', 'h'] as const;
const FULL: Roi = { x: 0, y: 0, w: 1, h: 1 };

/** Optional rectangular region, in percent of the image, applied when teaching and checking. */
export function RoiEditor({ roi, onChange }: { roi: Roi | undefined; onChange(roi: Roi | undefined): void }) {
  const { t } = useTranslation('inspection');
  return (
    <fieldset className="gz-fieldset gz-inspect-roi">
      <label className="gz-switch-row">
        <input
          type="checkbox"
          checked={roi !== undefined}
          onChange={(e) => onChange(e.target.checked ? { x: 0.1, y: 0.1, w: 0.8, h: 0.8 } : undefined)}
        />
        <span>{t('roi.enable')}</span>
      </label>
      {roi ? (
        <div className="gz-inspect-row">
          {FIELDS.map((f) => (
            <label key={f} className="gz-field">
              <span className="gz-field-label">{t(`roi.${f}`)}</span>
              <input
                className="gz-input"
                type="number"
                min={0}
                max={100}
                value={Math.round((roi[f] ?? FULL[f]) * 100)}
                onChange={(e) => onChange({ ...roi, [f]: Math.min(Math.max(Number(e.target.value) / 100, 0), 1) })}
              />
            </label>
          ))}
        </div>
      ) : null}
      <p className="gz-field-help">{t('roi.help')}</p>
    </fieldset>
  );
}
