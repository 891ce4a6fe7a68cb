import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { createBundle, parseBundle } from '../../core/assessment/bundle';
import type { FileProblem } from '../../core/assessment/file-problems';
import { readJsonFile } from '../../core/assessment/read-json-file';
import { localDay } from '../../core/format/local-time';
import { repositories, type Repositories } from '../root';
import type { LoadedResult } from './assessment-results';

export function bundleFileName(companyName: string, when: Date): string {
  const day = localDay(when);
  const safe = companyName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40);
  return `gongzhi-assessment-${safe}-${day}.json`;
}

export function bundleJson(loaded: LoadedResult, when: Date): string | undefined {
  if (!loaded.company) return undefined;
  return JSON.stringify(createBundle({ company: loaded.company, assessment: loaded.record, result: loaded.result }, when.toISOString()), null, 2);
}

export type ImportOutcome = { ok: true; assessmentId: string; companyId: string } | { ok: false; problems: FileProblem[] };

/**
 * Imports one bundle (an assessment exported from another installation): everything is checked before anything is written, so a refused file changes
 * nothing. The assessment joins the company of the same name, or a new company made from the profile.
 */
export async function importAssessmentBundle(bytes: Uint8Array): Promise<ImportOutcome> {
  return importBundleInto(await repositories(), bytes);
}

async function importBundleInto(ws: Pick<Repositories, 'companies' | 'assessments'>, bytes: Uint8Array): Promise<ImportOutcome> {
  const read = readJsonFile(bytes);
  if (!read.ok) return read;
  const parsed = parseBundle(read.data, bundledFrameworks());
  if (!parsed.ok) return parsed;
  const { bundle, result } = parsed.value;
  const existing = (await ws.companies.list()).find((c) => c.name === bundle.company.name);
  const company = existing ?? (await ws.companies.create({ ...bundle.company, isDemo: false }));
  const a = bundle.assessment;
  const record = await ws.assessments.importRecord({
    companyId: company.id,
    frameworkId: a.frameworkId,
    frameworkVersion: a.frameworkVersion,
    industryType: bundle.company.industryType,
    status: a.status,
    answers: a.answers,
    ...(a.status === 'completed' ? { result } : {}),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...(a.completedAt ? { completedAt: a.completedAt } : {}),
  });
  return { ok: true, assessmentId: record.id, companyId: company.id };
}
