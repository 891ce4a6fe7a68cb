import { describe, expect, it } from 'vitest';
import { findKeyUsages, keyExists } from './key-usage';

const known = new Set(['common', 'settings', 'errors']);

function keys(source: string): string[] {
  return findKeyUsages(source, known).map((usage) => `${usage.namespaces.join('|')}:${usage.key}${usage.match === 'prefix' ? '*' : ''}`);
}

describe('findKeyUsages', () => {
  it("reads keys in the file's namespace, with explicit namespaces and key prefixes", () => {
    const source = `
      const { t } = useTranslation('settings');
      t('title'); t("language.label", { x: 1 }); i18n.t('errors:screen.title');
      <Trans i18nKey="textSize.help" />`;
    expect(keys(source)).toEqual(['settings:title', 'settings:language.label', 'errors:screen.title', 'settings:textSize.help']);
    expect(keys(`useTranslation('settings', { keyPrefix: 'backup' }); t('title');`)).toEqual(['settings:backup.title']);
  });

  it('uses common when the file names no namespace, and every namespace of a list', () => {
    expect(keys(`t('nav.assess')`)).toEqual(['common:nav.assess']);
    expect(keys(`useTranslation(['settings', 'common']); t('nav.assess')`)).toEqual(['settings|common:nav.assess']);
  });

  it("reads the namespace of a helper typed with one namespace's t", () => {
    expect(keys(`function f(t: TFunction<'settings'>) { return t('title'); }`)).toEqual(['settings:title']);
  });

  it('checks keys kept in tables as "ns:key" literals, and only the fixed start of template keys', () => {
    expect(keys(`const labels = { a: 'common:nav.assess', url: 'http://x' };`)).toEqual(['common:nav.assess']);
    expect(keys('t(`backends.reasons.${reason}`)')).toEqual(['common:backends.reasons.*']);
  });

  it('does not take other functions ending in t for t', () => {
    expect(keys(`split('a.b'); set('x'); format('y')`)).toEqual([]);
  });
});

describe('keyExists', () => {
  const flat = new Set(['nav.assess', 'backends.threadCount_one', 'backends.threadCount_other']);

  it('fails on a typo and on a key that names a group rather than a text', () => {
    expect(keyExists({ key: 'nav.asess', match: 'exact' }, flat)).toBe(false);
    expect(keyExists({ key: 'nav', match: 'exact' }, flat)).toBe(false);
    expect(keyExists({ key: 'nav.assess', match: 'exact' }, flat)).toBe(true);
  });

  it('accepts a plural key through its forms and a template key by its fixed start', () => {
    expect(keyExists({ key: 'backends.threadCount', match: 'exact' }, flat)).toBe(true);
    expect(keyExists({ key: 'backends.', match: 'prefix' }, flat)).toBe(true);
    expect(keyExists({ key: 'backend.', match: 'prefix' }, flat)).toBe(false);
  });
});
