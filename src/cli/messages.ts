/**
 * Every English text the CLI prints about errors and its own frame. The CLI is a tool for providers and
 * CI, so it speaks English; the app translates the same error codes through i18next instead.
 */
import type { CorruptionDetail } from '../core/backup';
import { isCodedError } from '../core/errors';

export const mainMessages = {
  usage: 'Usage: gongzhi <command> [options]\n       gongzhi <command> --help',
  commandsTitle: 'Commands:',
  unknownCommand: (name: string) => `Unknown command "${name}". Run "gongzhi --help" to list the commands.`,
  missingCommand: 'No command given.',
  usageErrorHint: (command: string) => `Run "gongzhi ${command} --help" for its usage.`,
  errorPrefix: 'Error: ',
};

const corruption: Record<CorruptionDetail, string> = {
  header: 'its header is not valid',
  hashMismatch: 'its data does not match the SHA-256 checksum in the header',
  trailingData: 'there are unexpected bytes after its data',
  compression: 'its data cannot be decompressed',
  payload: 'its data is not valid JSON of the expected shape',
  rowCounts: 'its tables or row counts differ from those in the header',
  encoding: 'a stored value is encoded wrongly',
  nesting: 'its data is nested deeper than any backup the app writes',
};

type Params = Readonly<Record<string, string | number>>;

const byCode: Record<string, (params: Params) => string> = {
  'backup.notBackup': () => 'Not a Gongzhi backup file (it does not start with GONGZHI-BACKUP).',
  'backup.truncated': () => 'The backup file is truncated: it ends before the data its header declares.',
  'backup.corrupt': (params) => `The backup file is damaged: ${corruption[params.detail as CorruptionDetail] ?? String(params.detail)}.`,
  'backup.newerFormat': (params) =>
    `The backup was written in file format ${params.fileVersion}; this version reads format ${params.supportedVersion} and older. Update Gongzhi to restore it.`,
  'backup.newerSchema': (params) =>
    `The backup comes from a newer Gongzhi (database version ${params.fileVersion}; this one has ${params.supportedVersion}). Update Gongzhi to restore it.`,
  'backup.unknownTable': (params) => `The backup holds a table this version does not know: "${params.table}".`,
  'backup.unsupportedValue': (params) => `The value at ${params.path} cannot be stored in a backup.`,
  'backup.invalidRows': (params) =>
    `Row ${params.row} of table "${params.table}" is not valid${params.field ? ` (field ${params.field})` : ''}; nothing would be restored.`,
  'backup.tooLarge': (params) =>
    `The backup is larger than the app restores (over ${params.limit} MB of data, or too many tables or rows).`,
  'storage.quotaExceeded': () => 'The disk or storage quota is full.',
  'storage.databaseClosed': () => 'The database was closed.',
  'storage.unavailable': () => 'No database is available here.',
  'storage.versionConflict': () => 'The database was opened by a different version.',
  'storage.duplicateKey': () => 'Two records have the same key.',
  'storage.notFound': () => 'The record does not exist.',
  'storage.invalidData': () => 'A value cannot be stored.',
  'storage.companyNameRequired': () => 'A company needs a name.',
  'storage.unknown': () => 'The database reported an unexpected error.',
};

/** One line explaining an error: the English text for coded errors, the message for anything else. */
export function describeError(error: unknown): string {
  if (isCodedError(error)) return byCode[error.code]?.(error.params) ?? `${error.code} ${JSON.stringify(error.params)}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

export const infoMessages = {
  summary: 'Show the app version, runtime and what is bundled (frameworks, catalog, models)',
  usage: [
    'Usage: gongzhi info [--json]',
    '',
    'Shows the app name and version, the Node version, the backup format and database schema versions,',
    'and the frameworks, catalog, scenarios and models found in this installation.',
    '',
    '  --json  print one JSON object instead of text',
  ].join('\n'),
  node: 'Node',
  backupFormat: 'Backup format',
  databaseSchema: 'database schema',
  assetsTitle: (group: string) => `Bundled ${group} (assets/${group}):`,
  noAssets: 'Bundled assets: none found under assets/',
  unreadable: 'NOT VALID JSON',
  modelsTitle: 'Models (models/):',
  noModels: '  none found',
  manifestUnreadable: '  models/manifest.json: NOT VALID JSON',
  onnxWithoutManifest: '  .onnx files:',
};

export const backupMessages = {
  summary: 'Check a workspace backup file: header, tables, row counts and integrity',
  usage: [
    'Usage: gongzhi backup verify <file> [--json]',
    '',
    'Reads a Gongzhi backup (.gzbak), prints its header and row counts, checks its SHA-256 checksum,',
    'decodes every row and checks that this version can restore it. Exit code 0 when intact, 1 when not.',
    '',
    '  --json  print one JSON object instead of text',
  ].join('\n'),
  missingSubcommand: 'Missing subcommand: expected "verify".',
  unknownSubcommand: (name: string) => `Unknown subcommand "${name}": expected "verify".`,
  missingFile: 'Missing the backup file to verify.',
  tooManyFiles: 'Give exactly one backup file.',
  cannotRead: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
  file: 'File',
  bytes: (count: number) => `${count} bytes`,
  format: 'Format',
  created: 'Created',
  appVersion: 'App version',
  schema: (file: number, current: number) => `${file} (this version: ${current})`,
  databaseSchema: 'Database schema',
  tables: 'Tables',
  rows: (count: number) => (count === 1 ? '1 row' : `${count} rows`),
  payload: 'Payload',
  integrity: 'Integrity',
  ok: 'OK',
  failed: 'FAILED',
};
