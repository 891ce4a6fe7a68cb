import { int, pick, type Random } from './random';

/**
 * Structure-aware mutations of JSON: a random node is replaced by a hostile value, removed, or given a
 * reserved key. Builds JSON text directly where JSON.stringify could not express the attack (a
 * "__proto__" key, 20,000 levels of nesting).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DEEP = 20_000;
const hostileValues: readonly (() => Json)[] = [
  () => null,
  () => -1,
  () => 1.5,
  () => 1e308,
  () => -0,
  () => 2 ** 53 + 1,
  () => 4_294_967_295,
  () => 1e9,
  () => 65_536,
  () => '',
  () => 'not-a-number',
  () => '9999-12-31T23:59:59.999Z',
  () => '1800-01-01T00:00:00.000Z',
  () => '1,2,3',
  () => 'x'.repeat(70_000),
  () => '\u0000\uFFFF\uD800',
  () => [],
  () => ({}),
  () => true,
  () => Array.from({ length: 300 }, (_, i) => i),
  () => ({ $gz: 'bigint', v: 'not-a-number' }),
  () => ({ $gz: 'bigint', v: 1.5 }),
  () => ({ $gz: 'date', v: 8.64e15 + 1 }),
  () => ({ $gz: 'typed', t: 'Float64Array', v: 'AAA=' }),
  () => ({ $gz: 'spaceship' }),
];

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slots(node: Json, out: Slot[], depth: number): Slot[] {
  if (depth > 40 || node === null || typeof node !== 'object') return out;
  const children: [string | number, Json][] = Array.isArray(node) ? node.map((child, index) => [index, child]) : Object.entries(node);
  for (const [key, child] of children) {
    out.push({ parent: node, key });
    slots(child, out, depth + 1);
  }
  return out;
}

const MARK = '"\u0001fuzz-mark\u0001"';

/** Returns mutated JSON text; `text` must be valid JSON. */
export function mutateJson(text: string, rnd: Random): string {
  const root = JSON.parse(text) as Json;
  const all = slots(root, [], 0);
  if (all.length === 0) return pick(rnd, ['', '[]', '{}', `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`]);
  const { parent, key } = pick(rnd, all);
  const kind = int(rnd, 10);
  const set = (value: Json) => ((parent as Record<string | number, Json>)[key] = value);
  let replacement: string | undefined;
  if (kind <= 3) set(pick(rnd, hostileValues)());
  else if (kind === 4) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (kind === 5) {
    set(MARK);
    replacement = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
  } else if (kind === 6) {
    set(MARK);
    replacement = pick(rnd, ['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"prototype":1}']);
  } else if (kind === 7 && !Array.isArray(parent)) {
    // a reserved key beside the real ones, with the node's own value
    const value = parent[key as string] ?? null;
    set(MARK);
    replacement = JSON.stringify(value);
    const textWithMark = JSON.stringify(root);
    return textWithMark.replace(`${JSON.stringify(key)}:${MARK}`, `"__proto__":${replacement},${JSON.stringify(key)}:${replacement}`);
  } else if (kind === 8) {
    // the same node many times: counts and sizes well past the usual
    const value = (parent as Record<string | number, Json>)[key] ?? null;
    set(Array.from({ length: 500 + int(rnd, 3000) }, () => value));
  } else {
    // another node's value, copied (the node may sit inside it)
    const other = pick(rnd, all);
    set(JSON.parse(JSON.stringify((other.parent as Record<string | number, Json>)[other.key] ?? null)) as Json);
  }
  const out = JSON.stringify(root);
  return replacement === undefined ? out : out.replace(MARK, replacement);
}
