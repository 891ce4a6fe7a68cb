import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TextSizeToggleProps {
  largeText: boolean;
  onChange(largeText: boolean): void;
}

export function TextSizeToggle({ largeText, onChange }: TextSizeToggleProps) {
  const { t } = useTranslation('settings');
  const id = useId();
  return (
    <div className="gz-field">
      <div className="gz-switch-row">
        <input
          id={id}
          className="gz-switch"
          type="checkbox"
          role="switch"
          checked={largeText}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-help`}
        />
        <label className="gz-field-label" htmlFor={id}>
          {t('textSize.label')}
        </label>
      </div>
      <p className="gz-field-help" id={`${id}-help`}>
        {t('textSize.help')}
      </p>
    </div>
  );
}
