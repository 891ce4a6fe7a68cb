/** Looks up a dotted key in a nested message bundle and fills {{params}}: for output outside i18next (the CLI). */
export function formatMessage(bundle: unknown, key: string, params: Readonly<Record<string, string | number>>): string {
  let node: unknown = bundle;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return `${key} ${JSON.stringify(params)}`;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
