import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/clients/company';
import { supportedLanguages } from '../../i18n/languages';

/* Each language is named in itself, so a user who cannot read the current language still finds their own. */
const languageNameKeys = {
  'zh-CN': 'common:languages.zh-CN',
  en: 'common:languages.en',
  'zh-TW': 'common:languages.zh-TW',
} as const satisfies Record<Language, string>;

interface LanguagePickerProps {
  value: Language;
  onChange(language: Language): void;
}

export function LanguagePicker({ value, onChange }: LanguagePickerProps) {
  const { t } = useTranslation(['settings', 'common']);
  const name = useId();
  return (
    <fieldset className="gz-fieldset">
      <legend className="gz-field-label">{t('language.label')}</legend>
      <p className="gz-field-help">{t('language.help')}</p>
      <div className="gz-segmented">
        {supportedLanguages.map((language) => (
          <label key={language} className="gz-segmented-option">
            <input type="radio" name={name} value={language} checked={value === language} onChange={() => onChange(language)} />
            <span lang={language}>{t(languageNameKeys[language])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
