import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListFile } from '../import/published/read-list-file';
import { bundledTaxonomy } from '../taxonomy';
import { compileProblem } from './plan-problem';
import type { RecommendInput } from './recommend-types';

const input: RecommendInput = {
  domainLevels: { production: 1, equipment: 1, data: 1 },
  domainTargets: { production: 3, equipment: 3, data: 3 },
  scenarioLevels: { 'SME-07': 1, 'SME-10': 1 },
  scenarioTarget: 3,
  overallLevel: 1,
  company: { cluster: 'nev', size: 'small' },
  priorities: { quality: 3 },
  capabilities: [],
  ownedEntryIds: [],
};

describe('planning with a published list as it comes', () => {
  it('plans yearly-only prices at their yearly cost, inferred lifts as lifts, and leaves prices on request out of the budget', async () => {
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'test', 'fixtures', 'catalog-lists', '01-district-gbk.csv')));
    const list = await readListFile({ name: 'list.csv', bytes }, bundledTaxonomy, { publisher: '某区' });
    if (!list.ok) throw new Error('the district list must import');
    const problem = compileProblem(list.entries, input, bundledTaxonomy);
    const planned = problem.items.map((item) => [item.entry.name['zh-CN'], item.cost / 100]);
    expect(planned).toEqual([
      ['冲压件表面缺陷视觉检测', 25],
      ['设备联网与OEE看板', 3],
      ['SMT智能排产', 8],
      ['质量追溯系统', 30],
    ]);
    // 能耗监测平台 (待定) is not in the plan; its entry is still in the list for the screen to show beside it.
    expect(list.entries.find((e) => e.name['zh-CN'] === '能耗监测平台')?.price.onRequest).toBe(true);
    // The inferred lift gives the vision check a production gain for a company at level 1.
    const vision = problem.items[0];
    expect(vision?.primary).toMatchObject({ from: 1, to: 3 });
  });
});
