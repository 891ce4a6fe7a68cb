import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** What `info` says about one bundled JSON file, read generically because each feature owns its format. */
export interface BundledFile {
  /** Path relative to the installation root, with "/" separators. */
  path: string;
  id?: string;
  version?: string;
  /** Length of each top-level array (e.g. `entries: 12`), a rough size that needs no schema. */
  counts: Record<string, number>;
  /** Set when the file is not valid JSON: a broken bundled asset is worth reporting. */
  unreadable?: true;
}

export interface BundledModel {
  name: string;
  version?: string;
  file?: string;
}

async function filesBelow(folder: string, keep: (name: string) => boolean, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return []; // A missing folder simply means nothing of that kind is bundled yet.
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !skip.has(entry.name)) found.push(...(await filesBelow(path, keep, skip)));
    else if (entry.isFile() && keep(entry.name)) found.push(path);
  }
  return found;
}

function asLabel(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function rootRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

async function describeJson(root: string, path: string): Promise<BundledFile> {
  const file: BundledFile = { path: rootRelative(root, path), counts: {} };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return { ...file, unreadable: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    if (Array.isArray(data)) file.counts.items = data.length;
    return file;
  }
  const record = data as Record<string, unknown>;
  const id = asLabel(record.id);
  const version = asLabel(record.version);
  for (const [key, value] of Object.entries(record)) if (Array.isArray(value)) file.counts[key] = value.length;
  return { ...file, ...(id ? { id } : {}), ...(version ? { version } : {}) };
}

/** Every JSON file below assets/ (frameworks, catalog, scenarios …), grouped by its top-level folder. */
export async function bundledAssets(root: string): Promise<Map<string, BundledFile[]>> {
  const groups = new Map<string, BundledFile[]>();
  for (const path of await filesBelow(join(root, 'assets'), (name) => name.endsWith('.json'))) {
    const described = await describeJson(root, path);
    const group = described.path.split('/')[1] ?? 'assets';
    groups.set(group, [...(groups.get(group) ?? []), described]);
  }
  return groups;
}

function modelsFromManifest(data: unknown): BundledModel[] {
  const list = typeof data === 'object' && data !== null ? (data as { models?: unknown }).models : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const name = asLabel(record.name) ?? asLabel(record.id);
    if (!name) return [];
    const version = asLabel(record.version);
    const file = asLabel(record.file) ?? asLabel(record.path);
    return [{ name, ...(version ? { version } : {}), ...(file ? { file } : {}) }];
  });
}

export interface BundledModels {
  /** Entries of models/manifest.json, when it exists and lists models. */
  manifest: BundledModel[];
  manifestUnreadable: boolean;
  /** Every .onnx file below models/ (the training pipeline's work folder excluded). */
  onnxFiles: string[];
}

export async function bundledModels(root: string): Promise<BundledModels> {
  let manifest: BundledModel[] = [];
  let manifestUnreadable = false;
  try {
    manifest = modelsFromManifest(JSON.parse(await readFile(join(root, 'models', 'manifest.json'), 'utf8')) as unknown);
  } catch (error) {
    manifestUnreadable = (error as { code?: unknown }).code !== 'ENOENT';
  }
  const onnx = await filesBelow(join(root, 'models'), (name) => name.endsWith('.onnx'), new Set(['train']));
  return { manifest, manifestUnreadable, onnxFiles: onnx.map((path) => rootRelative(root, path)) };
}
