import type { FileProblem } from '../assessment/file-problems';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, parseBundle, type AssessmentBundle, type ImportedBundle } from '../assessment/bundle';
import { parseClientBackup, type ClientBackup } from '../clients/client-backup';
import { readExchangeFile, wrongKindProblem } from '../exchange/file-kind';
import type { Framework } from '../assessment/framework-schema';
import { sha256Hex } from '../backup/bytes';
import type { PoolRow } from './pool-row';

export interface BundleFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export type RejectReason =
  | { code: 'park.duplicate'; duplicateOf: 'pool' | 'batch' }
  | { code: 'park.invalid'; problems: FileProblem[] }
  | { code: 'park.nothingCompleted' };

export interface ImportOutcome {
  accepted: PoolRow[];
  rejected: { name: string; reason: RejectReason }[];
}

export interface ImportOptions {
  frameworks: readonly Framework[];
  /** Fingerprints already in the pool. */
  known: ReadonlySet<string>;
  importedAt: string;
  newId: () => string;
  onProgress?: (done: number, total: number) => void;
  /** Called between chunks so the UI thread can paint and take input (a macrotask in the app). */
  pause?: () => Promise<void>;
  chunkSize?: number;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What makes two bundles the same assessment: the company profile, the framework and the answers. */
export async function bundleFingerprint(parts: {
  company: unknown;
  frameworkId: string;
  frameworkVersion: string;
  answers: unknown;
}): Promise<string> {
  return sha256Hex(new TextEncoder().encode(canonical(parts)));
}

/** A client file's assessments as bundles: the latest completed one per framework, without contact details. */
export function bundlesFromClientFile(backup: ClientBackup): AssessmentBundle[] {
  const latest = new Map<string, ClientBackup['assessments'][number]>();
  for (const a of backup.assessments) {
    if (a.status !== 'completed') continue;
    const known = latest.get(a.frameworkId);
    if (!known || (a.completedAt ?? a.updatedAt) > (known.completedAt ?? known.updatedAt)) latest.set(a.frameworkId, a);
  }
  const { name, cluster, subSector, industryType, size, revenueBand } = backup.company;
  const company = {
    name,
    industryType,
    ...(cluster ? { cluster } : {}),
    ...(subSector ? { subSector } : {}),
    ...(size ? { size } : {}),
    ...(revenueBand ? { revenueBand } : {}),
  };
  return [...latest.values()].map((a) => ({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: backup.exportedAt,
    company,
    assessment: {
      id: a.id,
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
      status: a.status,
      answers: a.answers,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      ...(a.completedAt ? { completedAt: a.completedAt } : {}),
    },
    result: null,
  }));
}

async function rowOf(
  data: unknown,
  file: BundleFile,
  options: ImportOptions,
): Promise<{ ok: true; row: PoolRow } | { ok: false; reason: RejectReason }> {
  const parsed = parseBundle(data, options.frameworks);
  if (!parsed.ok) return { ok: false, reason: { code: 'park.invalid', problems: parsed.problems } };
  return {
    ok: true,
    row: { id: options.newId(), sourceName: file.name, importedAt: options.importedAt, ...(await pooledFigures(parsed.value)) },
  };
}

/** A parsed bundle as the pool keeps it: its fingerprint and the figures this app's engine computed. */
export async function pooledFigures({ bundle, result }: ImportedBundle): Promise<Omit<PoolRow, 'id' | 'sourceName' | 'importedAt'>> {
  const a = bundle.assessment;
  return {
    fingerprint: await bundleFingerprint({
      company: bundle.company,
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
      answers: a.answers,
    }),
    company: bundle.company,
    frameworkId: a.frameworkId,
    frameworkVersion: a.frameworkVersion,
    level: result.level,
    totalScore: result.totalScore,
    maxScore: result.maxScore,
    domains: result.domains.filter((d) => d.applicable).map((d) => ({ id: d.id, ratio: d.ratio })),
    ...(a.completedAt ? { completedAt: a.completedAt } : {}),
  };
}

/** One file's rows: a results bundle gives one, a client file one per framework it has completed; other kinds are named and refused. */
async function readOne(
  file: BundleFile,
  options: ImportOptions,
): Promise<{ ok: true; rows: PoolRow[] } | { ok: false; reason: RejectReason }> {
  const read = readExchangeFile(await file.bytes());
  if (!read.ok) return { ok: false, reason: { code: 'park.invalid', problems: [read.problem] } };
  if (read.kind === 'assessmentBundle') {
    const one = await rowOf(read.data, file, options);
    return one.ok ? { ok: true, rows: [one.row] } : one;
  }
  if (read.kind !== 'clientFile') return { ok: false, reason: { code: 'park.invalid', problems: [wrongKindProblem(read.kind, 'park')] } };
  const client = parseClientBackup(read.data, options.frameworks);
  if (!client.ok) return { ok: false, reason: { code: 'park.invalid', problems: client.problems } };
  const bundles = bundlesFromClientFile(client.value);
  if (bundles.length === 0) return { ok: false, reason: { code: 'park.nothingCompleted' } };
  const rows: PoolRow[] = [];
  for (const bundle of bundles) {
    const one = await rowOf(bundle, file, options);
    if (!one.ok) return one;
    rows.push(one.row);
  }
  return { ok: true, rows };
}

/**
 * Reads many exported bundles: each is validated and scored by this app's engine; invalid ones and
 * duplicates (of the pool or of an earlier file in the same batch) are rejected with the reason, and the
 * rest are accepted. Nothing is stored here, so the caller can store the accepted rows in one transaction.
 */
export async function importBundles(files: readonly BundleFile[], options: ImportOptions): Promise<ImportOutcome> {
  const accepted: PoolRow[] = [];
  const rejected: ImportOutcome['rejected'] = [];
  const seen = new Set<string>();
  const chunk = options.chunkSize ?? 100;
  for (let i = 0; i < files.length; i += 1) {
    const file = files[i];
    if (!file) continue;
    const read = await readOne(file, options);
    if (!read.ok) rejected.push({ name: file.name, reason: read.reason });
    else {
      for (const row of read.rows) {
        if (options.known.has(row.fingerprint)) rejected.push({ name: file.name, reason: { code: 'park.duplicate', duplicateOf: 'pool' } });
        else if (seen.has(row.fingerprint)) rejected.push({ name: file.name, reason: { code: 'park.duplicate', duplicateOf: 'batch' } });
        else {
          seen.add(row.fingerprint);
          accepted.push(row);
        }
      }
    }
    if ((i + 1) % chunk === 0 || i === files.length - 1) {
      options.onProgress?.(i + 1, files.length);
      if (options.pause) await options.pause();
    }
  }
  return { accepted, rejected };
}
