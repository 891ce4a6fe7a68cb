import { readFile } from 'node:fs/promises';
import { parseAnswersFile } from '../../core/assessment/answers-file';
import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { describeFileProblems } from '../../core/assessment/file-problems';
import { readJsonFile } from '../../core/assessment/read-json-file';
import type { Framework } from '../../core/assessment/framework-schema';
import { describeProblems, loadFramework } from '../../core/assessment/load-framework';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { UsageError, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';

const usage = `Usage: gongzhi score <answers.json> [--framework <framework.json>]

Scores an answers file (format "gongzhi-answers", see docs/answers-format.md) with the app's
scoring engine and prints the full result as JSON: total score, level, level scores, scores per
element, domain and sub-domain, scenarios, what blocks the next level and the gap list.

  --framework <file>  also accept answers for this framework file (e.g. one a park publishes);
                      it is validated first and every problem is listed with its path.

Exit codes: 0 scored, 1 the file (or framework) is not valid — every problem is named — 2 bad usage.`;

async function readJson(path: string, what: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const read = readJsonFile(bytes);
  if (!read.ok) throw new Error(`${what} ${path} is not valid JSON: ${describeFileProblems(read.problems)}`);
  return read.data;
}

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'Score an answers file with the assessment engine and print the result as JSON',
  usage,
  async run(args, { io }) {
    const { values, positionals } = parseOptions(args, { framework: { type: 'string' } });
    const [path, ...extra] = positionals;
    if (path === undefined) throw new UsageError('give the answers file to score');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra.join(' ')}"`);
    const frameworks: Framework[] = [...bundledFrameworks()];
    if (values.framework !== undefined) {
      const loaded = loadFramework(await readJson(values.framework, 'framework file'));
      if (!loaded.ok) {
        io.err(`Error: framework file ${values.framework} is not valid:\n${describeProblems(loaded.problems)}`);
        return 1;
      }
      frameworks.unshift(loaded.framework);
    }
    const parsed = parseAnswersFile(await readJson(path, 'answers file'), frameworks);
    if (!parsed.ok) {
      io.err(`Error: answers file ${path} is not valid:\n${describeFileProblems(parsed.problems)}`);
      return 1;
    }
    const { framework, industryType, answers } = parsed.value;
    io.out(JSON.stringify(scoreAssessment(framework, industryType, answers), null, 2));
    return 0;
  },
};
