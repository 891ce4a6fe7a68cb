import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import type { FileProblem } from '../../core/assessment/file-problems';
import { parseClientBackup } from '../../core/clients/client-backup';
import { readExchangeFile, wrongKindProblem } from '../../core/exchange/file-kind';
import type { Company } from '../../core/clients/company';
import { importBundleInto } from '../assessment/assessment-bundle';
import { repositories } from '../root';

/** One client's file: the company with its assessments, for another consultant or machine. */
export async function clientBackupJson(companyId: string): Promise<string> {
  return JSON.stringify(await (await repositories()).clientBackups.exportCompany(companyId), null, 1);
}

/**
 * Checks a client file and, only when it is sound, stores it as a new company. A results bundle is taken
 * too (it joins the company of the same name, or makes one); any other kind is refused with its name.
 */
export async function importClientFile(
  bytes: Uint8Array,
): Promise<{ ok: true; company: Company } | { ok: false; problems: FileProblem[] }> {
  const read = readExchangeFile(bytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  if (read.kind === 'assessmentBundle') {
    const ws = await repositories();
    const outcome = await importBundleInto(ws, bytes);
    if (!outcome.ok) return outcome;
    const company = await ws.companies.get(outcome.companyId);
    return company ? { ok: true, company } : { ok: false, problems: [wrongKindProblem(read.kind, 'clients')] };
  }
  if (read.kind !== 'clientFile') return { ok: false, problems: [wrongKindProblem(read.kind, 'clients')] };
  const checked = parseClientBackup(read.data, bundledFrameworks());
  if (!checked.ok) return checked;
  return { ok: true, company: await (await repositories()).clientBackups.importCompany(checked.value) };
}
