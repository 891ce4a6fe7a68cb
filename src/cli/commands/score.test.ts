import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../core/assessment/result-types';
import { runCli } from '../run-cli';
import { captureIo } from '../test-support';

const root = resolve(__dirname, '../../..');
const fixture = (name: string) => join(root, 'test/fixtures/assessment', name);

async function tempFile(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gz-score-'));
  const path = join(dir, 'answers.json');
  await writeFile(path, content);
  return path;
}

describe('gongzhi score', () => {
  it('prints the full result of the quick-check example as JSON', async () => {
    const cap = captureIo(root);
    expect(await runCli(['score', fixture('quick-check-answers.json')], cap.context)).toBe(0);
    const result = JSON.parse(cap.stdout()) as AssessmentResult;
    // L2 (discrete weights 8/12/12/68, design N/A): personnel 1, technology (0.5+1+1)/3, resources 1,
    // manufacturing (40+10+15+0)/80 → S2 = 0.8525, met. L3: resources 0.5, manufacturing (40/3)/80 → S3 = 0.17333.
    expect(result).toMatchObject({
      frameworkId: 'quick-check',
      model: 'levelLadder',
      totalScore: 2.0258,
      level: 2,
      completion: { notApplicable: 1, unanswered: 0 },
    });
    expect(result.levelScores.map((l) => l.score)).toEqual([1, 0.8525, 0.1733, 0, 0]);
    expect(result.domains).toHaveLength(12);
    expect(result.nextLevel).toMatchObject({ level: 3, blockingLevel: 3 });
    expect(result.gaps[0]?.blocksNextLevel).toBe(true);
  });

  it('scores the SME example on the 100-point scale', async () => {
    const cap = captureIo(root);
    expect(await runCli(['score', fixture('sme-answers.json')], cap.context)).toBe(0);
    const result = JSON.parse(cap.stdout()) as AssessmentResult;
    // 4 + 4.5 + 3 + 2.8 + 5 + 2.5 + 1.25 + 4.5 + 1.875 + 3 + 1.875 + 7 + 7 + 1.5 + 1.5
    expect(result.totalScore).toBe(51.3);
    expect(result.level).toBe(2);
  });

  it('names unknown question ids and out-of-range values and exits 1', async () => {
    const path = await tempFile(
      JSON.stringify({
        format: 'gongzhi-answers',
        formatVersion: 1,
        frameworkId: 'cmmm-2020',
        frameworkVersion: '1.0.0',
        industryType: 'discrete',
        answers: { 'data-l1': { value: 0.7 }, 'made-up': { value: 1 } },
      }),
    );
    const cap = captureIo(root);
    expect(await runCli(['score', path], cap.context)).toBe(1);
    expect(cap.stderr()).toContain('answers.data-l1: 0.7 is not one of 1, 0.8, 0.5, 0');
    expect(cap.stderr()).toContain('answers.made-up: no question "made-up"');
    expect(cap.stdout()).toBe('');
  });

  it('explains files that are not JSON, from a newer app, or for an unknown framework version', async () => {
    const cases: [string, string][] = [
      ['{ not json', 'is not valid JSON'],
      [JSON.stringify({ format: 'gongzhi-answers', formatVersion: 9 }), 'format version 9 is newer'],
      [
        JSON.stringify({
          format: 'gongzhi-answers',
          formatVersion: 1,
          frameworkId: 'cmmm-2020',
          frameworkVersion: '7.0.0',
          industryType: 'discrete',
          answers: {},
        }),
        'unknown framework cmmm-2020 7.0.0',
      ],
      [
        JSON.stringify({
          format: 'gongzhi-answers',
          formatVersion: 1,
          frameworkId: 'cmmm-2020',
          frameworkVersion: '1.0.0',
          industryType: 'both',
          answers: {},
        }),
        'industryType',
      ],
    ];
    for (const [content, expected] of cases) {
      const cap = captureIo(root);
      expect(await runCli(['score', await tempFile(content)], cap.context)).toBe(1);
      expect(cap.stderr()).toContain(expected);
    }
  });

  it('lists every problem of a broken --framework file with its path', async () => {
    const framework = await tempFile(
      JSON.stringify({ format: 'gongzhi-framework', formatVersion: 1, id: 'Park', version: '1', levels: [] }),
    );
    const cap = captureIo(root);
    expect(await runCli(['score', fixture('quick-check-answers.json'), '--framework', framework], cap.context)).toBe(1);
    for (const path of ['id:', 'version:', 'name:', 'levels:', 'questions:', 'scoring:']) expect(cap.stderr()).toContain(path);
  });
});
