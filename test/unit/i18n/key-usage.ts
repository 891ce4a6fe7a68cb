/**
 * Finds the i18n keys a source file uses, so a test can check each exists in every locale.
 * Recognised: t('key'), x.t('key'), t('ns:key'), i18nKey="key", useTranslation('ns' | ['a','b'], { keyPrefix }),
 * any string literal 'ns:key' naming a known namespace (keys kept in tables), and template keys t(`a.${b}`),
 * whose fixed start must begin at least one key.
 */
export interface KeyUsage {
  /** Namespaces the key may live in (several when the file uses several). */
  namespaces: string[];
  key: string;
  /** "prefix" for a template key: some key must start with it. */
  match: 'exact' | 'prefix';
  line: number;
}

const defaultNamespace = 'common';

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}

function stringLiterals(text: string): string[] {
  return [...text.matchAll(/(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((match) => match[2] ?? '');
}

interface FileScope {
  namespaces: string[];
  keyPrefix: string;
}

function fileScope(source: string): FileScope {
  const namespaces = new Set<string>();
  let keyPrefix = '';
  for (const match of source.matchAll(/useTranslation\(\s*([^)]*)\)/g)) {
    const args = match[1] ?? '';
    const [nsPart, optionsPart] = args.split(/,\s*\{/);
    for (const ns of stringLiterals(nsPart ?? '')) namespaces.add(ns);
    const prefix = /keyPrefix\s*:\s*(['"])([^'"]+)\1/.exec(optionsPart ?? '');
    if (prefix?.[2]) keyPrefix = `${prefix[2]}.`;
  }
  for (const match of source.matchAll(/getFixedT\(\s*[^,]+,\s*(['"])([^'"]+)\1/g)) if (match[2]) namespaces.add(match[2]);
  // helpers that take one namespace's t: `t: TFunction<'catalog'>`
  for (const match of source.matchAll(/TFunction<\s*(['"])([^'"]+)\1\s*>/g)) if (match[2]) namespaces.add(match[2]);
  return { namespaces: namespaces.size > 0 ? [...namespaces] : [defaultNamespace], keyPrefix };
}

function qualified(raw: string, scope: FileScope, knownNamespaces: ReadonlySet<string>): { namespaces: string[]; key: string } {
  const colon = raw.indexOf(':');
  if (colon > 0 && knownNamespaces.has(raw.slice(0, colon))) {
    return { namespaces: [raw.slice(0, colon)], key: raw.slice(colon + 1) };
  }
  return { namespaces: scope.namespaces, key: scope.keyPrefix + raw };
}

export function findKeyUsages(source: string, knownNamespaces: ReadonlySet<string>): KeyUsage[] {
  const scope = fileScope(source);
  const usages: KeyUsage[] = [];
  const add = (raw: string, match: KeyUsage['match'], index: number): void => {
    usages.push({ ...qualified(raw, scope, knownNamespaces), match, line: lineOf(source, index) });
  };

  for (const call of source.matchAll(/(?<![\w$])t\(\s*(?:(['"])((?:(?!\1).)*)\1|`([^`]*)`)/g)) {
    if (call[2] !== undefined) {
      add(call[2], 'exact', call.index);
    } else if (call[3] !== undefined) {
      const dynamicAt = call[3].indexOf('${');
      add(dynamicAt === -1 ? call[3] : call[3].slice(0, dynamicAt), dynamicAt === -1 ? 'exact' : 'prefix', call.index);
    }
  }
  for (const attr of source.matchAll(/i18nKey=\{?\s*(['"])([^'"]+)\1/g)) add(attr[2] ?? '', 'exact', attr.index);
  for (const literal of source.matchAll(/(['"])([A-Za-z][\w-]*):([A-Za-z0-9_][\w.-]*)\1/g)) {
    const ns = literal[2] ?? '';
    if (knownNamespaces.has(ns))
      usages.push({ namespaces: [ns], key: literal[3] ?? '', match: 'exact', line: lineOf(source, literal.index) });
  }
  // t('ns:key') is seen both as a call and as a literal.
  const seen = new Set<string>();
  return usages.filter((usage) => {
    const id = `${usage.namespaces.join('|')}:${usage.key}:${usage.match}:${usage.line}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** True when the namespace's flat keys answer the usage (a plural key answers through its _one/_other forms). */
export function keyExists(usage: Pick<KeyUsage, 'key' | 'match'>, flatKeys: ReadonlySet<string>): boolean {
  if (usage.match === 'prefix') {
    for (const key of flatKeys) if (key.startsWith(usage.key)) return true;
    return false;
  }
  if (flatKeys.has(usage.key)) return true;
  for (const key of flatKeys) if (pluralSuffix.test(key) && key.replace(pluralSuffix, '') === usage.key) return true;
  return false;
}

export function pluralBase(key: string): { base: string; category: string | null } {
  const match = pluralSuffix.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1] ?? null } : { base: key, category: null };
}
