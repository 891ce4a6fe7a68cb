import { ANSWERS_FORMAT } from '../assessment/answers-file';
import { BUNDLE_FORMAT } from '../assessment/bundle';
import type { FileProblem } from '../assessment/file-problems';
import { readJsonFile } from '../assessment/read-json-file';
import { BACKUP_MAGIC } from '../backup/format';
import { CLIENT_BACKUP_FORMAT } from '../clients/client-backup';
import { CASE_FORMAT } from '../training/case-schema';

/**
 * Every kind of file the app writes (or reads as data), told apart by its "format" field or, for the
 * workspace backup, its first line. Each import screen takes some kinds; for the others it names what
 * the file is and where it belongs, instead of calling it "not a Gongzhi file".
 */
export const exchangeFileKinds = [
  'assessmentBundle',
  'clientFile',
  'answersFile',
  'workspaceBackup',
  'framework',
  'trainingCase',
  'defectDrill',
  'peerBenchmarks',
  'unknown',
] as const;
export type ExchangeFileKind = (typeof exchangeFileKinds)[number];

/** The import places, each naming in its error the kinds it takes. */
export type ImportPlace = 'park' | 'clients' | 'results';

const kindByFormat: Record<string, ExchangeFileKind> = {
  [BUNDLE_FORMAT]: 'assessmentBundle',
  [CLIENT_BACKUP_FORMAT]: 'clientFile',
  [ANSWERS_FORMAT]: 'answersFile',
  'gongzhi-framework': 'framework',
  [CASE_FORMAT]: 'trainingCase',
  'gongzhi-defect-drill': 'defectDrill',
  'gongzhi-peer-benchmarks': 'peerBenchmarks',
};

export type ReadExchangeFile = { ok: true; kind: ExchangeFileKind; data: unknown } | { ok: false; problem: FileProblem };

function startsWith(bytes: Uint8Array, text: string): boolean {
  const prefix = new TextEncoder().encode(text);
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Reads a file's bytes as one of the app's files: its kind and, for JSON files, the parsed data. */
export function readExchangeFile(bytes: Uint8Array): ReadExchangeFile {
  if (startsWith(bytes, `${BACKUP_MAGIC}\n`)) return { ok: true, kind: 'workspaceBackup', data: undefined };
  // size and nesting are checked before parsing (a huge or bracket-bomb file is refused at once, translated)
  const read = readJsonFile(bytes);
  if (!read.ok) return { ok: false, problem: read.problems[0] ?? { code: 'file.notJson', path: '', params: {}, message: '' } };
  const data = read.data;
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  return { ok: true, kind: (typeof format === 'string' ? kindByFormat[format] : undefined) ?? 'unknown', data };
}

/** "This is a <seen>; <place> takes …": the problem an import place reports for a kind it does not take. */
export function wrongKindProblem(seen: ExchangeFileKind, place: ImportPlace): FileProblem {
  return {
    code: 'file.wrongKind',
    path: 'format',
    params: { seen, expected: place },
    message: `this is a ${seen} file, which the ${place} import does not take`,
  };
}
