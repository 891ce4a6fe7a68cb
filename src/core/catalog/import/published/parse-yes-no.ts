import { labelKey } from './normalize-text';

const yes = new Set([
  '是',
  '√',
  '✓',
  '✔',
  'y',
  'yes',
  'true',
  '1',
  '有',
  '可',
  '可用',
  '可以',
  '支持',
  '适用',
  '纳入',
  '可申请',
  '符合',
  '能',
  '☑',
  'o',
  '○',
  '●',
]);
const no = new Set([
  '否',
  '×',
  '✗',
  '✘',
  'x',
  'n',
  'no',
  'false',
  '0',
  '无',
  '無',
  '不可',
  '不可用',
  '不支持',
  '不适用',
  '未纳入',
  '不符合',
  '不能',
  '-',
  '—',
  '/',
]);

export type YesNo = { kind: 'yes' } | { kind: 'no' } | { kind: 'blank' } | { kind: 'invalid'; text: string };

/** 是/否, √/×, Y/N, 有/无 and the like; "是（限首次）" counts by its first word. */
export function parseYesNo(raw: string): YesNo {
  const key = labelKey(raw);
  if (key === '') return { kind: 'blank' };
  if (yes.has(key)) return { kind: 'yes' };
  if (no.has(key)) return { kind: 'no' };
  const head = /^([^(（,，;；]+)[(（,，;；]/.exec(key)?.[1];
  if (head !== undefined && yes.has(head)) return { kind: 'yes' };
  if (head !== undefined && no.has(head)) return { kind: 'no' };
  return { kind: 'invalid', text: raw.trim().slice(0, 80) };
}
