import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import Papa from 'papaparse';
import { VisionError } from '../../core/vision/errors';

export interface DatasetItem {
  /** Path relative to the dataset folder. */
  readonly path: string;
  /** 'good' or a defect type. */
  readonly label: string;
  readonly mask?: string;
}

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.bmp', '.tif', '.tiff']);

async function fromLabels(folder: string): Promise<DatasetItem[]> {
  const text = await readFile(join(folder, 'labels.csv'), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('path') || !fields.includes('label')) {
    throw new VisionError('dataset-invalid', `${join(folder, 'labels.csv')} needs the columns path,label[,mask].`, { folder });
  }
  return parsed.data
    .filter((r) => r.path && r.label)
    .map((r) => ({ path: r.path ?? '', label: (r.label ?? '').trim(), ...(r.mask ? { mask: r.mask } : {}) }));
}

// Without labels.csv: good/ holds good images, every other sub-folder one defect type; files named
// <name>.mask.png (or <name>_mask.png) next to an image are its pixel mask.
async function fromFolders(folder: string): Promise<DatasetItem[]> {
  const items: DatasetItem[] = [];
  for (const sub of (await readdir(folder)).sort()) {
    if (!(await stat(join(folder, sub))).isDirectory()) continue;
    const files = (await readdir(join(folder, sub))).sort();
    const names = new Set(files);
    for (const f of files) {
      if (!IMAGE_EXT.has(extname(f).toLowerCase()) || /[._]mask\.[a-z]+$/i.test(f)) continue;
      const stem = f.slice(0, f.length - extname(f).length);
      const mask = [`${stem}.mask.png`, `${stem}_mask.png`].find((m) => names.has(m));
      items.push({ path: join(sub, f), label: sub.toLowerCase() === 'good' ? 'good' : sub, ...(mask ? { mask: join(sub, mask) } : {}) });
    }
  }
  return items;
}

export async function loadDataset(folder: string): Promise<DatasetItem[]> {
  const hasLabels = await stat(join(folder, 'labels.csv')).then(
    (s) => s.isFile(),
    () => false,
  );
  const items = hasLabels ? await fromLabels(folder) : await fromFolders(folder);
  if (!items.some((i) => i.label === 'good')) {
    throw new VisionError('dataset-invalid', `${folder} has no good images (label "good" in labels.csv, or a good/ folder).`, { folder });
  }
  return items;
}

/** Deterministic shuffle (mulberry32), so --seed reproduces the same fit/test split. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
