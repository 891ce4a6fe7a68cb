import type { TFunction } from 'i18next';
import { isCodedError } from '../../core/errors';

/** Translates a coded error: inspection and vision codes from the `inspect` namespace, the rest from `errors`. */
export function inspectErrorText(
  t: TFunction,
  exists: (key: string) => boolean,
  code: string,
  params: Record<string, string | number> = {},
): string {
  if (exists(`inspection:errors.${code}`)) return t(`inspection:errors.${code}`, params);
  if (exists(`errors:${code}`)) return t(`errors:${code}`, params);
  return t('inspection:errors.inspect.unexpected');
}

export function inspectErrorOf(t: TFunction, exists: (key: string) => boolean, error: unknown): string {
  if (isCodedError(error)) return inspectErrorText(t, exists, error.code, { ...error.params });
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('errors:storage.quotaExceeded');
  return t('inspection:errors.inspect.unexpected');
}
