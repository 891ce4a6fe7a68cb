import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../src/i18n/locales');
const languages = ['zh-CN', 'en', 'zh-TW'] as const;

function load(language: string): Map<string, unknown> {
  const dir = join(root, language);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
  );
}

const byLanguage = new Map(languages.map((language) => [language, load(language)]));

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

/**
 * Whether "namespace:key" is a non-empty string in every language: an error whose code has no text in
 * one of them would show the raw code there, which is what "untranslated" means here.
 */
export function translatedEverywhere(namespacedKey: string): boolean {
  const [namespace, key] = namespacedKey.split(':');
  if (!namespace || !key) return false;
  return languages.every((language) => {
    const text = lookup(byLanguage.get(language)?.get(namespace), key);
    return typeof text === 'string' && text.trim() !== '';
  });
}
