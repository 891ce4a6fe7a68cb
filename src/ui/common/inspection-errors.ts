import type { i18n as I18n } from 'i18next';
import { isCodedError } from '../../core/errors';
import { dynamicText } from '../../i18n/dynamic-text';

/** Translates a coded error: inspection and vision codes from the `inspection` namespace, the rest from `errors`. */
export function inspectErrorText(i18n: I18n, code: string, params: Record<string, string | number> = {}): string {
  const unexpected = i18n.getFixedT(null, 'inspection')('errors.inspect.unexpected');
  if (i18n.exists(`inspection:errors.${code}`)) return dynamicText(i18n, `inspection:errors.${code}`, params, unexpected);
  return dynamicText(i18n, `errors:${code}`, params, unexpected);
}

export function inspectErrorOf(i18n: I18n, error: unknown): string {
  if (isCodedError(error)) return inspectErrorText(i18n, error.code, { ...error.params });
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return i18n.getFixedT(null, 'errors')('storage.quotaExceeded');
  return i18n.getFixedT(null, 'inspection')('errors.inspect.unexpected');
}
