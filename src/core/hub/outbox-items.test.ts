import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../assessment/assessment-record';
import { parseBundle } from '../assessment/bundle';
import { bundledFrameworks, findFramework } from '../assessment/bundled-frameworks';
import { scoreAssessment } from '../assessment/score-assessment';
import type { Company } from '../clients/company';
import type { InspectionProject, InspectionResult } from '../inspection/records';
import { inspectionItems, workspaceItems } from './outbox-items';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

const company: Company = {
  id: 'c1',
  name: '重庆甲机械',
  contactName: '张三',
  contactPhone: '13800000000',
  notes: '私密',
  industryType: 'discrete',
  cluster: 'nev',
  isDemo: false,
  createdAt: '2026-01-01',
  updatedAt: '2026-01-02',
};
const demo: Company = { ...company, id: 'demo', isDemo: true };
const answers = Object.fromEntries(
  quick.questions.filter((q) => q.type === 'levelChoice').map((q) => [q.id, { value: q.options[1]?.id ?? 'l0' }]),
);
const record = (id: string, companyId: string, status: 'completed' | 'inProgress'): AssessmentRecord => ({
  id,
  companyId,
  frameworkId: quick.id,
  frameworkVersion: quick.version,
  industryType: 'discrete',
  status,
  answers,
  ...(status === 'completed' ? { result: scoreAssessment(quick, 'discrete', answers), completedAt: '2026-11-02T00:00:00.000Z' } : {}),
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
});

describe('workspaceItems', () => {
  it('sends real companies without contact details and their completed assessments as bundles the hub accepts', () => {
    const items = workspaceItems(
      [company, demo],
      [record('a1', 'c1', 'completed'), record('a2', 'c1', 'inProgress'), record('a3', 'demo', 'completed')],
    );
    expect(items.map((i) => i.id)).toEqual(['company:c1:2026-01-02', 'assessment:a1:2026-11-02T00:00:00.000Z']);
    expect(JSON.stringify(items)).not.toMatch(/张三|13800000000|私密/);
    const bundle = items[1]?.kind === 'assessment' ? items[1].bundle : undefined;
    const parsed = parseBundle(bundle, bundledFrameworks());
    expect(parsed.ok).toBe(true);
    // the same workspace collected again gives the same ids (nothing new is queued)
    expect(workspaceItems([company], [record('a1', 'c1', 'completed')]).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });
});

describe('inspectionItems', () => {
  it('counts checked, NG and defect types per finished month, and never sends an image', () => {
    const project = { id: 'p1', name: '外壳', createdAt: '', updatedAt: '', goodImages: 10, defectTypes: [] } as InspectionProject;
    const result = (day: string, verdict: 'ok' | 'ng', defectType?: string) =>
      ({
        id: day + verdict,
        projectId: 'p1',
        checkedAt: Date.parse(day),
        verdict,
        modelVerdict: verdict,
        thumbnail: new Uint8Array([1, 2, 3]),
        ...(defectType ? { defectType } : {}),
      }) as unknown as InspectionResult;
    const results = [
      result('2026-10-03', 'ok'),
      result('2026-10-04', 'ng', '划痕'),
      result('2026-10-05', 'ng', '划痕'),
      result('2026-10-06', 'ng', '裂纹'),
      result('2026-11-02', 'ok'),
      result('2026-12-01', 'ng', '划痕'),
    ];
    const items = inspectionItems('c1', project, results, new Date('2026-12-06T00:00:00Z'));
    expect(items).toEqual([
      {
        id: 'inspection:p1:2026-10',
        kind: 'inspection',
        companyLocalId: 'c1',
        stats: {
          projectLocalId: 'p1',
          projectName: '外壳',
          from: '2026-10-01T00:00:00.000Z',
          to: '2026-11-01T00:00:00.000Z',
          checked: 4,
          ng: 3,
          defectTypes: [
            { type: '划痕', count: 2 },
            { type: '裂纹', count: 1 },
          ],
        },
      },
      {
        id: 'inspection:p1:2026-11',
        kind: 'inspection',
        companyLocalId: 'c1',
        stats: {
          projectLocalId: 'p1',
          projectName: '外壳',
          from: '2026-11-01T00:00:00.000Z',
          to: '2026-12-01T00:00:00.000Z',
          checked: 1,
          ng: 0,
          defectTypes: [],
        },
      },
    ]);
  });
});
