import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FlatLocale = Map<string, unknown>;

/** "a.b.c" → value, for every leaf of a nested locale object. */
export function flatten(value: unknown, prefix = '', into: FlatLocale = new Map()): FlatLocale {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** language → namespace → flat keys, read from src/i18n/locales. */
export function readLocales(localesDir: string): Map<string, Map<string, FlatLocale>> {
  const languages = new Map<string, Map<string, FlatLocale>>();
  for (const language of readdirSync(localesDir)) {
    const namespaces = new Map<string, FlatLocale>();
    for (const file of readdirSync(join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
      const parsed: unknown = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'));
      namespaces.set(file.slice(0, -'.json'.length), flatten(parsed));
    }
    languages.set(language, namespaces);
  }
  return languages;
}
