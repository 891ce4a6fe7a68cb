import { afterEach, describe, expect, it } from 'vitest';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { recommendInputFromAssessment } from '../../core/catalog/recommend/from-assessment';
import { defaultRoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { planExactRoadmap, saveRoadmapPreferences } from '../catalog';
import { createCompany } from '../clients';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import { completeAssessment, gapActionsOf, loadGapActions, loadResult, startAssessment } from '.';

const found = findFramework('cmmm-2020');
if (!found) throw new Error('CMMM missing');
const cmmm = found;

afterEach(() => installRoot(undefined));

/** A completed CMMM assessment at level 1 (every level-1 requirement met, nothing above). */
async function levelOneResult() {
  await installTestRoot();
  const company = await createCompany({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
  const record = await startAssessment(company, cmmm);
  const answers = Object.fromEntries(cmmm.questions.map((q) => [q.id, { value: q.level === 1 ? 1 : 0 }]));
  await completeAssessment(record, cmmm, answers);
  const loaded = await loadResult(record.id);
  if (!loaded) throw new Error('no result');
  expect(loaded.result.level).toBe(1);
  return { company, loaded };
}

describe('gap actions for a result', () => {
  it('without the catalog: every gap with its guidance, no entries', async () => {
    const { loaded } = await levelOneResult();
    const actions = gapActionsOf(loaded);
    expect(actions).toHaveLength(20);
    expect(actions.every((a) => a.guidance?.level === 2 && a.entries.length === 0)).toBe(true);
  });

  it("marks exactly the entries the company's saved roadmap plans, and none when its budget buys nothing", async () => {
    const { company, loaded } = await levelOneResult();
    const preferences = { ...defaultRoadmapPreferences, funding: { ...defaultRoadmapPreferences.funding, budgetWan: 30 } };
    await saveRoadmapPreferences(company.id, preferences);
    const actions = await loadGapActions(loaded);
    const input = recommendInputFromAssessment(loaded.result, company, {
      priorities: preferences.priorities,
      ambition: preferences.ambition,
    });
    const roadmap = await planExactRoadmap(loadReferenceCatalog().entries, input, preferences.funding);
    const planned = new Set(roadmap.phases.flatMap((p) => p.steps.map((s) => s.entryId)));
    expect(planned.size).toBeGreaterThan(0);
    const shown = actions.flatMap((a) => a.entries);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((e) => e.inRoadmap).length).toBeGreaterThan(0);
    for (const e of shown) expect(e.inRoadmap).toBe(planned.has(e.entry.id));

    await saveRoadmapPreferences(company.id, {
      ...preferences,
      funding: { budgetWan: 0, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 },
    });
    const unfunded = await loadGapActions(loaded);
    expect(unfunded.flatMap((a) => a.entries).length).toBeGreaterThan(0);
    expect(unfunded.flatMap((a) => a.entries).some((e) => e.inRoadmap)).toBe(false);
  });
});
