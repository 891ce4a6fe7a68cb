import { readFile } from 'node:fs/promises';
import { BACKUP_MAGIC, parseBackup, readBackupHeader, type BackupHeader } from '../../core/backup';
import { checkSnapshotRows } from '../../core/backup/check-rows';
import { checkBackupCompatibility, primaryKeysAt } from '../../db/backup-compatibility';
import { migrations } from '../../db/migrations';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { backupMessages as text, describeError } from '../messages';
import { parseOptions } from '../parse-options';

function headerLines(path: string, size: number, header: BackupHeader): string[] {
  const current = migrations.at(-1)?.version ?? 0;
  const width = Math.max(0, ...header.tables.map((table) => table.name.length));
  return [
    `${text.file}: ${path} (${text.bytes(size)})`,
    `${text.format}: ${BACKUP_MAGIC} v${header.format}`,
    `${text.created}: ${header.createdAt}`,
    `${text.appVersion}: ${header.appVersion}`,
    `${text.databaseSchema}: ${text.schema(header.schemaVersion, current)}`,
    `${text.tables}:`,
    ...header.tables.map((table) => `  ${table.name.padEnd(width)}  ${text.rows(table.rows)}`),
    `${text.payload}: ${header.payload.compression}, ${text.bytes(header.payload.bytes)}, SHA-256 ${header.payload.sha256}`,
  ];
}

/** Runs every check the app runs before a restore; the first failure is the one reported. */
async function check(bytes: Uint8Array): Promise<void> {
  const { header, snapshot } = await parseBackup(bytes);
  checkBackupCompatibility(header, migrations);
  // Rows of an older version are checked in full only after the app's migrations ran on them.
  const current = header.schemaVersion === (migrations.at(-1)?.version ?? 0);
  checkSnapshotRows(snapshot, primaryKeysAt(migrations, header.schemaVersion), { schemas: current });
}

function tryHeader(bytes: Uint8Array): BackupHeader | undefined {
  try {
    return readBackupHeader(bytes).header;
  } catch {
    return undefined; // The full check below reports why.
  }
}

async function verify(path: string, json: boolean, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(text.cannotRead(path, error instanceof Error ? error.message : String(error)), { cause: error });
  }
  const header = tryHeader(bytes);
  let problem: string | undefined;
  let code: string | undefined;
  try {
    await check(bytes);
  } catch (error) {
    problem = describeError(error);
    code = (error as { code?: unknown }).code as string | undefined;
  }
  if (json) {
    io.out(
      JSON.stringify(
        {
          file: path,
          bytes: bytes.length,
          header: header ?? null,
          ok: problem === undefined,
          ...(problem ? { error: { code: code ?? null, message: problem } } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    if (header) io.out(headerLines(path, bytes.length, header).join('\n'));
    if (problem === undefined) io.out(`${text.integrity}: ${text.ok}`);
    else {
      if (header) io.out(`${text.integrity}: ${text.failed}`);
      io.err(problem);
    }
  }
  return problem === undefined ? 0 : 1;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: text.summary,
  usage: text.usage,
  async run(args, { io }) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
    const [subcommand, file, ...extra] = positionals;
    if (subcommand === undefined) throw new UsageError(text.missingSubcommand);
    if (subcommand !== 'verify') throw new UsageError(text.unknownSubcommand(subcommand));
    if (file === undefined) throw new UsageError(text.missingFile);
    if (extra.length > 0) throw new UsageError(text.tooManyFiles);
    return verify(file, values.json === true, io);
  },
};
