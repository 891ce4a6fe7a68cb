import { describe, expect, it } from 'vitest';
import { readExchangeFile, wrongKindProblem } from './file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readExchangeFile', () => {
  it.each([
    ['{"format":"gongzhi-assessment-bundle","formatVersion":1}', 'assessmentBundle'],
    ['\uFEFF{"format":"gongzhi-client-backup","formatVersion":1}', 'clientFile'],
    ['{"format":"gongzhi-answers"}', 'answersFile'],
    ['{"format":"gongzhi-framework"}', 'framework'],
    ['{"format":"gongzhi-training-case"}', 'trainingCase'],
    ['{"format":"gongzhi-defect-drill"}', 'defectDrill'],
    ['{"format":"gongzhi-peer-benchmarks"}', 'peerBenchmarks'],
    ['{"format":"something-else"}', 'unknown'],
    ['[1,2,3]', 'unknown'],
    ['GONGZHI-BACKUP\n{"format":1}\n', 'workspaceBackup'],
  ])('%s → %s', (text, kind) => {
    expect(readExchangeFile(bytes(text))).toMatchObject({ ok: true, kind });
  });

  it("says a file is not JSON, with the parser's detail", () => {
    const read = readExchangeFile(bytes('{"format": "gongzhi-'));
    expect(read).toMatchObject({ ok: false, problem: { code: 'file.notJson' } });
  });

  it('names the kind seen and the place that refused it', () => {
    expect(wrongKindProblem('clientFile', 'results')).toMatchObject({
      code: 'file.wrongKind',
      params: { seen: 'clientFile', expected: 'results' },
    });
  });
});
