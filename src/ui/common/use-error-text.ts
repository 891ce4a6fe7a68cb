import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('errors');
  return useCallback((error: unknown) => errorText(t, (key) => i18n.exists(key), error), [t, i18n]);
}
