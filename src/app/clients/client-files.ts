import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import type { FileProblem } from '../../core/assessment/file-problems';
import { readJsonFile } from '../../core/assessment/read-json-file';
import { parseClientBackup } from '../../core/clients/client-backup';
import type { Company } from '../../core/clients/company';
import { repositories } from '../root';

/** One client's file: the company with its assessments, for another consultant or machine. */
export async function clientBackupJson(companyId: string): Promise<string> {
  return JSON.stringify(await (await repositories()).clientBackups.exportCompany(companyId), null, 1);
}

/** Checks a client file and, only when it is sound, stores it as a new company. */
export async function importClientFile(bytes: Uint8Array): Promise<{ ok: true; company: Company } | { ok: false; problems: FileProblem[] }> {
  const read = readJsonFile(bytes);
  if (!read.ok) return read;
  const checked = parseClientBackup(read.data, bundledFrameworks());
  if (!checked.ok) return checked;
  return { ok: true, company: await (await repositories()).clientBackups.importCompany(checked.value) };
}
