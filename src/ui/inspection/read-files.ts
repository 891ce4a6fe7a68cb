import type { ImageSource, NamedBytes } from '../../app/inspection';
import { getPlatform, type PickedFile } from '../../platform';

export type { ImageSource, NamedBytes };

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'bmp', 'tif', 'tiff'];

/** Files of a picked folder that look like images (a folder often holds other files too). */
export function imageFilesOnly(files: PickedFile[]): PickedFile[] {
  return files.filter((f) => IMAGE_EXTENSIONS.includes(f.name.split('.').pop()?.toLowerCase() ?? ''));
}

export function pickedSources(files: PickedFile[]): ImageSource[] {
  return files.map((f) => ({ name: f.relativePath || f.name, bytes: () => f.bytes() }));
}

export function droppedSources(list: FileList): ImageSource[] {
  return Array.from(list).map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
}

export async function pickImageSources(filterName: string): Promise<ImageSource[]> {
  return pickedSources(await getPlatform().openFiles({ multiple: true, filters: [{ name: filterName, extensions: IMAGE_EXTENSIONS }] }));
}

export async function pickImageFolderSources(): Promise<ImageSource[]> {
  return pickedSources(imageFilesOnly(await getPlatform().openFolder()));
}

export async function readPicked(files: PickedFile[]): Promise<NamedBytes[]> {
  const out: NamedBytes[] = [];
  for (const f of files) out.push({ name: f.relativePath || f.name, bytes: await f.bytes() });
  return out;
}

export async function pickImages(filterName: string): Promise<NamedBytes[]> {
  return readPicked(await getPlatform().openFiles({ multiple: true, filters: [{ name: filterName, extensions: IMAGE_EXTENSIONS }] }));
}
