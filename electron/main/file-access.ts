/**
 * Host file access behind the DesktopApi. Main only reads files the user picked in a dialog during
 * this session (an allow-list keyed by random ids), never a path the renderer names, and bounds every
 * read and listing so a stray pick of a whole drive cannot exhaust memory.
 */
import { randomUUID } from 'node:crypto';
import { lstat, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES, MAX_FOLDER_FILES } from '../../src/shared/desktop-api.ts';
import type { PickedFileInfo } from '../../src/shared/desktop-api.ts';
import { PlatformError } from '../../src/shared/platform-error.ts';

interface PickedEntry {
  path: string;
  info: PickedFileInfo;
}

/** Oldest picks are forgotten beyond this, so a long session cannot grow the list without bound. */
const MAX_REMEMBERED_PICKS = 100_000;
const MAX_FOLDER_DEPTH = 32;

export interface PickedFileRegistry {
  remember(path: string, relativePath: string, size: number): PickedFileInfo;
  lookup(id: string): PickedEntry | undefined;
}

export function createPickedFileRegistry(): PickedFileRegistry {
  const entries = new Map<string, PickedEntry>();
  return {
    remember(path, relativePath, size) {
      const info: PickedFileInfo = { id: randomUUID(), name: basename(path), relativePath, size };
      entries.set(info.id, { path, info });
      if (entries.size > MAX_REMEMBERED_PICKS) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return info;
    },
    lookup: (id) => entries.get(id),
  };
}

function ioCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function readError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  return new PlatformError(
    ioCode(error) === 'EACCES' || ioCode(error) === 'EPERM' ? 'platform.notPermitted' : 'platform.readFailed',
    {},
    { cause: error },
  );
}

/** Size of a regular file the user picked directly (dialogs can return links and devices too). */
export async function statPickedFile(path: string): Promise<number> {
  try {
    const info = await lstat(path);
    if (!info.isFile()) throw new PlatformError('platform.readFailed');
    return info.size;
  } catch (error) {
    throw readError(error);
  }
}

/** Every regular file below `root`, with "/"-separated relative paths, in a stable order. */
export async function listFolder(root: string): Promise<Array<{ path: string; relativePath: string; size: number }>> {
  const found: Array<{ path: string; relativePath: string; size: number }> = [];
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    if (depth > MAX_FOLDER_DEPTH) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw readError(error);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Dotfiles are OS litter (.DS_Store, .git). Symlinks, which could lead outside the folder the
      // user chose, are skipped too: a Dirent describes the link itself, so it is neither file nor dir.
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(path, relativePath, depth + 1);
      } else if (entry.isFile()) {
        if (found.length >= MAX_FOLDER_FILES) throw new PlatformError('platform.tooManyFiles', { max: MAX_FOLDER_FILES });
        found.push({ path, relativePath, size: await statPickedFile(path) });
      }
    }
  }
  await walk(root, '', 0);
  return found;
}

/** Reads at most MAX_FILE_BYTES; re-checks the size because the file may have grown since the pick. */
export async function readPickedPath(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) throw new PlatformError('platform.readFailed');
    if (info.size > MAX_FILE_BYTES) throw new PlatformError('platform.tooLarge', { max: MAX_FILE_BYTES });
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    throw readError(error);
  } finally {
    await handle?.close();
  }
}

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a full disk
 * or a crash mid-write leaves the user's previous file intact instead of a truncated one.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = ioCode(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new PlatformError('platform.diskFull', {}, { cause: error });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new PlatformError('platform.notPermitted', {}, { cause: error });
    throw new PlatformError('platform.writeFailed', {}, { cause: error });
  }
}
