import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import type { FileProblem } from '../../core/assessment/file-problems';
import { readJsonFile } from '../../core/assessment/read-json-file';
import { parseClientBackup } from '../../core/clients/client-backup';
import type { Company } from '../../core/clients/company';
import { getWorkspace } from '../../db';
import { ClientBackupRepository } from '../../db/client-backup-repository';

async function repository(): Promise<ClientBackupRepository> {
  return new ClientBackupRepository((await getWorkspace()).db);
}

export async function clientBackupJson(companyId: string): Promise<string> {
  return JSON.stringify(await (await repository()).exportCompany(companyId), null, 1);
}

/** Checks a client file and, only when it is sound, stores it as a new company. */
export async function importClientFile(bytes: Uint8Array): Promise<{ ok: true; company: Company } | { ok: false; problems: FileProblem[] }> {
  const read = readJsonFile(bytes);
  if (!read.ok) return read;
  const checked = parseClientBackup(read.data, bundledFrameworks());
  if (!checked.ok) return checked;
  return { ok: true, company: await (await repository()).importCompany(checked.value) };
}
