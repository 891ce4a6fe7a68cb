/**
 * Reads assets from a directory on disk (the built renderer). In packaged Electron that directory is
 * inside app.asar, which Electron's patched node:fs reads transparently.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ReadAsset } from './app-protocol.ts';

/** Largest asset served; the biggest real one is onnxruntime's ~28 MB WASM, models are smaller. */
export const MAX_ASSET_BYTES = 256 * 1024 * 1024;

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function createDirectoryReader(root: string): ReadAsset {
  const base = resolve(root);
  return async (relativePath) => {
    const target = resolve(base, relativePath);
    // The handler already refuses traversal; this re-check keeps the reader safe on its own.
    const rel = relative(base, target);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
    try {
      const info = await stat(target);
      if (!info.isFile() || info.size > MAX_ASSET_BYTES) return null;
      return new Uint8Array(await readFile(target));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };
}
