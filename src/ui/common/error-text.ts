import type { TFunction } from 'i18next';
import { isCodedError } from '../../core/errors';

/** A translated message for anything thrown: coded errors by their code, everything else as unexpected. */
export function errorText(t: TFunction, exists: (key: string) => boolean, error: unknown): string {
  if (isCodedError(error) && exists(`errors:${error.code}`)) return t(`errors:${error.code}`, { ...error.params });
  return t('errors:unexpected');
}
