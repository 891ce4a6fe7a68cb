import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../../src/i18n/languages';
import { findKeyUsages, keyExists, pluralBase, type KeyUsage } from './key-usage';
import { readLocales, type FlatLocale } from './locales';

const root = resolve(import.meta.dirname, '../../..');
const locales = readLocales(join(root, 'src/i18n/locales'));
const reference = locales.get('zh-CN') ?? new Map<string, FlatLocale>();
const namespaces = [...reference.keys()].sort();

function baseKeys(flat: FlatLocale | undefined): Set<string> {
  return new Set([...(flat?.keys() ?? [])].map((key) => pluralBase(key).base));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('locale files', () => {
  it('exist for exactly the supported languages, each with the same namespaces', () => {
    expect([...locales.keys()].sort()).toEqual([...supportedLanguages].sort());
    for (const [language, byNamespace] of locales) {
      expect({ language, namespaces: [...byNamespace.keys()].sort() }).toEqual({ language, namespaces });
    }
  });

  it.each(namespaces)('%s: every language has the same keys, none missing and none extra', (namespace) => {
    const expected = baseKeys(reference.get(namespace));
    for (const language of supportedLanguages) {
      const actual = baseKeys(locales.get(language)?.get(namespace));
      const missing = [...expected].filter((key) => !actual.has(key));
      const extra = [...actual].filter((key) => !expected.has(key));
      expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] });
    }
  });

  it.each(namespaces)('%s: plural keys have exactly the forms each language needs', (namespace) => {
    for (const language of supportedLanguages) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.map(String).sort();
      const forms = new Map<string, string[]>();
      for (const key of locales.get(language)?.get(namespace)?.keys() ?? []) {
        const { base, category } = pluralBase(key);
        if (category) forms.set(base, [...(forms.get(base) ?? []), category]);
      }
      for (const [base, categories] of forms) {
        expect({ language, key: base, forms: categories.sort() }).toEqual({ language, key: base, forms: needed });
      }
    }
  });

  it.each(namespaces)('%s: values are non-empty text with the same {{placeholders}} in every language', (namespace) => {
    const placeholdersByKey = (language: string): Map<string, string[]> => {
      const result = new Map<string, string[]>();
      for (const [key, value] of locales.get(language)?.get(namespace) ?? []) {
        expect({ language, key, isText: typeof value === 'string' && value.trim() !== '' }).toEqual({
          language,
          key,
          isText: true,
        });
        const base = pluralBase(key).base;
        const merged = new Set([...(result.get(base) ?? []), ...placeholders(String(value))]);
        result.set(base, [...merged].sort());
      }
      return result;
    };
    const expected = placeholdersByKey('zh-CN');
    for (const language of supportedLanguages) {
      for (const [key, names] of placeholdersByKey(language)) {
        expect({ language, key, names }).toEqual({ language, key, names: expected.get(key) });
      }
    }
  });
});

function sourceFiles(): string[] {
  const srcDir = join(root, 'src');
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(srcDir, file));
}

describe('keys used in the source', () => {
  const known = new Set(namespaces);
  const usages: { file: string; usage: KeyUsage }[] = sourceFiles().flatMap((file) =>
    findKeyUsages(readFileSync(file, 'utf8'), known).map((usage) => ({ file: file.slice(root.length + 1), usage })),
  );

  it('are found (the scan sees the navigation labels)', () => {
    const navKeys = usages.filter(({ usage }) => usage.namespaces.includes('common') && usage.key.startsWith('nav.'));
    expect(navKeys.length).toBeGreaterThanOrEqual(7);
  });

  it('exist in every language', () => {
    const problems: string[] = [];
    for (const { file, usage } of usages) {
      for (const language of supportedLanguages) {
        const found = usage.namespaces.some((ns) => keyExists(usage, new Set(locales.get(language)?.get(ns)?.keys() ?? [])));
        if (!found) problems.push(`${file}:${usage.line} ${usage.namespaces.join('|')}:${usage.key} missing in ${language}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
