import { afterEach, describe, expect, it } from 'vitest';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { completeAssessment, startAssessment } from '../assessment';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import { clientBackupJson, createCompany, importClientFile, listClients, listCompanies, provenFollowUps, saveCompanyProfile } from '.';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');
const encode = (text: string) => new TextEncoder().encode(text);

afterEach(() => installRoot(undefined));

describe('clients actions', () => {
  it('lists the clients matching a search with their follow-up line, and plans their roadmaps for the sheet', async () => {
    await installTestRoot();
    const assessed = await createCompany({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
    await createCompany({ name: '成都乙化工', industryType: 'process', isDemo: false });
    const record = await startAssessment(assessed, quick);
    await completeAssessment(record, quick, { strategy: { value: 'l2' } });

    expect((await listClients('')).map((row) => row.company.name).sort()).toEqual(['成都乙化工', '重庆甲机械']);
    const rows = await listClients('甲机械');
    expect(rows.map((row) => row.company.name)).toEqual(['重庆甲机械']);
    expect(rows[0]?.followUp.assessment?.frameworkId).toBe('quick-check');
    expect(rows[0]?.followUp.solutions).toEqual([]); // the table shows no roadmap
    const lines = await provenFollowUps(rows, loadReferenceCatalog().entries);
    expect(lines[0]?.solutions.length).toBeGreaterThan(0); // the exported sheet plans one, in the roadmap worker
  });

  it("moves one client's file to another installation, and refuses a file that is not one", async () => {
    await installTestRoot();
    const company = await saveCompanyProfile(undefined, { name: '重庆甲机械', industryType: 'discrete', isDemo: false });
    const renamed = await saveCompanyProfile(company.id, { name: '重庆甲机械有限公司', industryType: 'discrete', isDemo: false });
    expect(renamed.id).toBe(company.id);
    const json = await clientBackupJson(company.id);

    await installTestRoot();
    const refused = await importClientFile(encode('{"not":"a client"}'));
    expect(refused.ok).toBe(false);
    expect(await listCompanies()).toEqual([]);
    const imported = await importClientFile(encode(json));
    expect(imported.ok && imported.company.name).toBe('重庆甲机械有限公司');
    expect((await listCompanies()).map((c) => c.name)).toEqual(['重庆甲机械有限公司']);
  });
});
