import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { createBundle, parseBundle } from '../../core/assessment/bundle';
import type { FileProblem } from '../../core/assessment/file-problems';
import { parseClientBackup } from '../../core/clients/client-backup';
import { readExchangeFile, wrongKindProblem } from '../../core/exchange/file-kind';
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
  return JSON.stringify(
    createBundle({ company: loaded.company, assessment: loaded.record, result: loaded.result }, when.toISOString()),
    null,
    2,
  );
}

export type ImportOutcome = { ok: true; assessmentId?: string; companyId: string } | { ok: false; problems: FileProblem[] };

/**
 * Imports one file the results screen is given: a results bundle (an assessment exported from another
 * installation) joins the company of the same name, or a new company made from its profile; a client file
 * becomes a client with all its assessments; any other kind is refused with its name. Everything is checked
 * before anything is written, so a refused file changes nothing.
 */
export async function importAssessmentBundle(bytes: Uint8Array): Promise<ImportOutcome> {
  return importBundleInto(await repositories(), bytes);
}

export async function importBundleInto(
  ws: Pick<Repositories, 'companies' | 'assessments' | 'clientBackups'>,
  bytes: Uint8Array,
): Promise<ImportOutcome> {
  const read = readExchangeFile(bytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  if (read.kind === 'clientFile') {
    const client = parseClientBackup(read.data, bundledFrameworks());
    if (!client.ok) return client;
    return { ok: true, companyId: (await ws.clientBackups.importCompany(client.value)).id };
  }
  if (read.kind !== 'assessmentBundle') return { ok: false, problems: [wrongKindProblem(read.kind, 'results')] };
  const data = read.data;
  const parsed = parseBundle(data, bundledFrameworks());
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
