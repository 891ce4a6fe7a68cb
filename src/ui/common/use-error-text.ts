import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export function useErrorText(): (error: unknown) => string {
  const { i18n } = useTranslation('errors');
  return useCallback((error: unknown) => errorText(i18n, error), [i18n]);
}
