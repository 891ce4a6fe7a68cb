import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, ANSWERS_FORMAT_VERSION, parseAnswersFile } from '../../src/core/assessment/answers-file';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { readJsonFile } from '../../src/core/assessment/read-json-file';
import { scoreAssessment } from '../../src/core/assessment/score-assessment';
import { jsonBytes, jsonFileMutator } from './support/json-mutator';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';

const frameworks = bundledFrameworks();
const fixtures = join(import.meta.dirname, '../fixtures/assessment');

const target: FuzzTarget = {
  name: 'answers files',
  seeds: async () => [
    new Uint8Array(readFileSync(join(fixtures, 'quick-check-answers.json'))),
    new Uint8Array(readFileSync(join(fixtures, 'sme-answers.json'))),
    // the smallest file of every bundled framework: no answers yet
    ...frameworks.map((f) =>
      jsonBytes({
        format: ANSWERS_FORMAT,
        formatVersion: ANSWERS_FORMAT_VERSION,
        frameworkId: f.id,
        frameworkVersion: f.version,
        industryType: 'process',
        answers: {},
      }),
    ),
  ],
  mutators: { json: jsonFileMutator },
  // as `gongzhi score` does: read, check, score
  run: async (bytes) => {
    const read = readJsonFile(bytes);
    if (!read.ok) return { accepted: false, keys: read.problems.map((p) => `assessment:import.${p.code}`) };
    const parsed = parseAnswersFile(read.data, frameworks);
    if (!parsed.ok) return { accepted: false, keys: parsed.problems.map((p) => `assessment:import.${p.code}`) };
    scoreAssessment(parsed.value.framework, parsed.value.industryType, parsed.value.answers);
    return { accepted: true };
  },
};

describe('fuzz: answers files', () => {
  it(
    'scores or refuses every mutated answers file with translated problems, within budget',
    async () => {
      const stats = await runTarget(target, caseCount(300));
      expect(stats.accepted).toBeGreaterThanOrEqual(2 + frameworks.length);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
