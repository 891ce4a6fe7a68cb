import { afterEach, describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import { bundleJson, importAssessmentBundle } from './assessment-bundle';

async function workspaceWithAssessment() {
  const root = await installTestRoot();
  const ws = root.repositories;
  const company = await ws.companies.create({ name: '重庆甲机械', industryType: 'discrete', isDemo: false, contactName: '张经理' });
  const fw = bundledFrameworks().find((f) => f.id === 'quick-check');
  if (!fw) throw new Error('missing');
  const record = await ws.assessments.create({
    companyId: company.id,
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    industryType: 'discrete',
  });
  await ws.assessments.saveAnswer(record.id, 'strategy', { value: 'l3' });
  const result = scoreAssessment(fw, 'discrete', { strategy: { value: 'l3' } });
  const done = await ws.assessments.complete(record.id, result);
  return { root, ws, company, record: done, framework: fw, result };
}

const encode = (text: string) => new TextEncoder().encode(text);

afterEach(() => installRoot(undefined));

describe('assessment bundle export and import', () => {
  it('moves an assessment to another installation with its answers and result', async () => {
    const source = await workspaceWithAssessment();
    const json = bundleJson(
      { record: source.record, framework: source.framework, company: source.company, result: source.result },
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(json).not.toContain('张经理');
    const target = (await installTestRoot()).repositories;
    const outcome = await importAssessmentBundle(encode(json ?? ''));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const imported = await target.assessments.get(outcome.assessmentId ?? '');
    expect(imported).toMatchObject({ status: 'completed', answers: { strategy: { value: 'l3' } }, result: source.result });
    expect((await target.companies.get(outcome.companyId))?.name).toBe('重庆甲机械');
  });

  it('refuses a bad file and changes nothing', async () => {
    const target = await workspaceWithAssessment();
    const before = await target.root.database.assessments.count();
    const json = JSON.parse(
      bundleJson({ record: target.record, framework: target.framework, company: target.company, result: target.result }, new Date()) ??
        '{}',
    ) as Record<string, unknown>;
    const cases: [Uint8Array, string][] = [
      [encode('not json'), 'file.notJson'],
      [encode(JSON.stringify({ ...json, formatVersion: 3 })), 'file.newerFormat'],
      [
        encode(JSON.stringify({ ...json, assessment: { ...(json.assessment as object), frameworkVersion: '9.9.9' } })),
        'file.unknownFramework',
      ],
      [
        encode(JSON.stringify({ ...json, assessment: { ...(json.assessment as object), answers: { strategy: { value: 'l42' } } } })),
        'answers.unknownOption',
      ],
    ];
    for (const [bytes, code] of cases) {
      const outcome = await importAssessmentBundle(bytes);
      expect(outcome.ok ? 'imported' : outcome.problems[0]?.code).toBe(code);
    }
    expect(await target.root.database.assessments.count()).toBe(before);
    expect(await target.ws.companies.list()).toHaveLength(1);
  });

  it('routes a client file to a new client and names the kind of a file it does not take', async () => {
    const source = await workspaceWithAssessment();
    const clientFile = JSON.stringify(await source.ws.clientBackups.exportCompany(source.company.id));
    const target = (await installTestRoot()).repositories;
    const outcome = await importAssessmentBundle(encode(clientFile));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect((await target.companies.get(outcome.companyId))?.contactName).toBe('张经理');
    expect(await target.assessments.listForCompany(outcome.companyId)).toHaveLength(1);
    const refused = await importAssessmentBundle(encode('GONGZHI-BACKUP\n{}\n'));
    expect(refused.ok ? [] : refused.problems).toEqual([
      expect.objectContaining({ code: 'file.wrongKind', params: { seen: 'workspaceBackup', expected: 'results' } }),
    ]);
  });
});
