import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from './answers-file';
import { bundledFrameworks } from './bundled-frameworks';
import { readJsonFile } from './read-json-file';

const frameworks = bundledFrameworks();
const file = (answers: string) =>
  new TextEncoder().encode(
    `{"format":"gongzhi-answers","formatVersion":1,"frameworkId":"quick-check","frameworkVersion":"1.0.0","industryType":"discrete","answers":${answers}}`,
  );

function parse(bytes: Uint8Array) {
  const read = readJsonFile(bytes);
  return read.ok ? parseAnswersFile(read.data, frameworks) : read;
}

describe('answers files that must be refused', () => {
  it('accepts the smallest valid file (control)', () => {
    expect(parse(file('{"strategy":{"value":"l2"},"design":{"notApplicable":true}}')).ok).toBe(true);
  });

  it('refuses an answer that is both not applicable and has a value', () => {
    const parsed = parse(file('{"design":{"notApplicable":true,"value":"l2"}}'));
    expect(parsed).toMatchObject({ ok: false, problems: [{ code: 'file.invalid', path: 'answers.design.value' }] });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a question id or an evidence field id', (id) => {
    expect(parse(file(`{"${id}":{"value":"l2"}}`))).toMatchObject({ ok: false, problems: [{ code: 'file.invalid' }] });
    expect(parse(file(`{"strategy":{"value":"l2","evidence":{"numbers":{"${id}":1}}}}`))).toMatchObject({
      ok: false,
      problems: [{ code: 'file.invalid' }],
    });
  });

  it('refuses a file nested 20,000 deep or larger than the limit before parsing it', () => {
    expect(parse(file(`{"strategy":{"value":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`))).toMatchObject({
      ok: false,
      problems: [{ code: 'file.tooDeep' }],
    });
    expect(parse(new Uint8Array(65 * 2 ** 20).fill(0x20))).toMatchObject({
      ok: false,
      problems: [{ code: 'file.tooLarge', params: { limit: 64 } }],
    });
  });
});
