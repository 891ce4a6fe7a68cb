import { afterEach, describe, expect, it } from 'vitest';
import { bundledSamples } from '../../core/demo/bundled-samples';
import { demoCompanyId } from '../../core/demo/demo-records';
import { createCompany, listCompanies } from '../clients';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import { removeDemo, resetDemo } from '.';

afterEach(() => installRoot(undefined));

describe('demo actions', () => {
  it("loads the sample companies in the user's language beside the user's own, and removes only them", async () => {
    await installTestRoot();
    await createCompany({ name: '我的企业', industryType: 'discrete', isDemo: false });
    await resetDemo('en');
    await resetDemo('en'); // loading again resets, never duplicates
    const samples = bundledSamples();
    const companies = await listCompanies();
    expect(
      companies
        .filter((c) => c.isDemo)
        .map((c) => c.id)
        .sort(),
    ).toEqual(samples.map((s) => demoCompanyId(s.id)).sort());
    await removeDemo();
    expect((await listCompanies()).map((c) => c.name)).toEqual(['我的企业']);
  });
});
