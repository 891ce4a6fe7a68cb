import type { FlatNamespace, i18n as I18n } from 'i18next';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The one door for an i18n key the compiler cannot check. Every other t() call takes a key typed against the
 * zh-CN files (i18next.d.ts), so a missing key fails `npm run typecheck`. Only keys built from a code that
 * arrives with data come through here: an error code from a worker, a file or the hub; a catalog's priority,
 * KPI or domain code; a drill's defect type. The key is looked up at run time (i18n.exists) in the current
 * language; when it is missing the user reads `fallback` (a text the caller translated with a checked key) or
 * the translated "unknown" — never the raw key.
 */
export function dynamicText(
  i18n: Pick<I18n, 'exists' | 't'>,
  key: `${FlatNamespace}:${string}`,
  options: Record<string, unknown> = {},
  fallback?: string,
): string {
  const t = i18n.t as unknown as LooseT;
  if (i18n.exists(key)) return t(key, options);
  return fallback ?? t('common:unknownValue');
}
