import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryReader } from './asset-reader.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gz-assets-'));
  await mkdir(join(dir, 'root', 'assets'), { recursive: true });
  await writeFile(join(dir, 'root', 'assets', 'a.js'), 'ok');
  await writeFile(join(dir, 'secret.txt'), 'secret');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('directory reader', () => {
  it('reads files below the root', async () => {
    const read = createDirectoryReader(join(dir, 'root'));
    expect(new TextDecoder().decode((await read('assets/a.js')) ?? new Uint8Array())).toBe('ok');
  });

  it('returns null for missing files and directories', async () => {
    const read = createDirectoryReader(join(dir, 'root'));
    expect(await read('assets/missing.js')).toBeNull();
    expect(await read('assets')).toBeNull();
    expect(await read('assets/a.js/x')).toBeNull();
  });

  it('never reads outside the root even when handed a parent path', async () => {
    const read = createDirectoryReader(join(dir, 'root'));
    expect(await read('../secret.txt')).toBeNull();
    expect(await read(join(dir, 'secret.txt'))).toBeNull();
  });
});
