import { getPlatform, type PickedFile } from '../../platform';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'bmp', 'tif', 'tiff'];

/** Files of a picked folder that look like images (a folder often holds other files too). */
export function imageFilesOnly(files: PickedFile[]): PickedFile[] {
  return files.filter((f) => IMAGE_EXTENSIONS.includes(f.name.split('.').pop()?.toLowerCase() ?? ''));
}

export async function readPicked(files: PickedFile[]): Promise<NamedBytes[]> {
  const out: NamedBytes[] = [];
  for (const f of files) out.push({ name: f.relativePath || f.name, bytes: await f.bytes() });
  return out;
}

export async function readDropped(list: FileList): Promise<NamedBytes[]> {
  const out: NamedBytes[] = [];
  for (const f of Array.from(list)) out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

export async function pickImages(filterName: string): Promise<NamedBytes[]> {
  return readPicked(await getPlatform().openFiles({ multiple: true, filters: [{ name: filterName, extensions: IMAGE_EXTENSIONS }] }));
}

export async function pickImageFolder(): Promise<NamedBytes[]> {
  return readPicked(imageFilesOnly(await getPlatform().openFolder()));
}

/** A copy whose buffer can be transferred to the worker without detaching the caller's bytes. */
export function transferable(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
