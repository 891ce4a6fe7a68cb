import type { i18n as I18n } from 'i18next';
import { isCodedError } from '../../core/errors';
import { dynamicText } from '../../i18n/dynamic-text';

/** A translated message for anything thrown: coded errors by their code, everything else as unexpected. */
export function errorText(i18n: I18n, error: unknown): string {
  const unexpected = i18n.getFixedT(null, 'errors')('unexpected');
  if (!isCodedError(error)) return unexpected;
  return dynamicText(i18n, `errors:${error.code}`, { ...error.params }, unexpected);
}
