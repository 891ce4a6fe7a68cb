import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopHandlers } from './desktop-handlers.ts';
import type { DialogHost } from './desktop-handlers.ts';
import type { SenderEvent } from './ipc-handlers.ts';

const event: SenderEvent = { senderFrame: { url: 'app://gongzhi/', parent: null } };
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gz-desktop-'));
  await mkdir(join(dir, 'parts', 'good', 'deep'), { recursive: true });
  await writeFile(join(dir, 'parts', 'good', 'a.png'), 'A');
  await writeFile(join(dir, 'parts', 'good', 'deep', 'b.png'), 'BB');
  await writeFile(join(dir, 'parts', '.DS_Store'), 'junk');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  await symlink(join(dir, 'secret.txt'), join(dir, 'parts', 'link.txt'));
  // A link back up to the parent would both escape the folder and loop forever if followed.
  await symlink(dir, join(dir, 'parts', 'up'), 'dir');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function host(answers: { save?: string | null; open?: string[] }): DialogHost<SenderEvent> & { saveDefaults: string[] } {
  const saveDefaults: string[] = [];
  return {
    saveDefaults,
    showSaveDialog: async (_event, options) => {
      saveDefaults.push(options.defaultPath);
      return answers.save ?? null;
    },
    showOpenDialog: async () => answers.open ?? [],
    printToPdf: async () => new TextEncoder().encode('%PDF-1.7'),
    defaultDirectory: () => join(dir, 'Documents'),
    appInfo: () => ({ appName: 'Gongzhi', appVersion: '0.1.0', shell: 'desktop', versions: {}, platform: 'linux', arch: 'x64' }),
    setHubOrigin: (origin) => {
      const changed = origin !== hubOrigins.at(-1);
      hubOrigins.push(origin);
      return changed;
    },
  };
}

const hubOrigins: (string | null)[] = [null];

describe('park hub origin', () => {
  it('hands the origin to main and says whether the page must reload to reach it', async () => {
    const handlers = createDesktopHandlers(host({}));
    const event: SenderEvent = { senderFrame: { url: 'app://gongzhi/settings', parent: null } };
    await expect(handlers.setHubOrigin(event, { origin: 'https://hub.park.example.cn' })).resolves.toEqual({ changed: true });
    await expect(handlers.setHubOrigin(event, { origin: 'https://hub.park.example.cn' })).resolves.toEqual({ changed: false });
    await expect(handlers.setHubOrigin(event, { origin: null })).resolves.toEqual({ changed: true });
  });
});

describe('saving', () => {
  it('writes the bytes where the user chose and offers the suggested name in Documents', async () => {
    const target = join(dir, 'report.xlsx');
    const fake = host({ save: target });
    const result = await createDesktopHandlers(fake).saveFile(event, { suggestedName: 'report.xlsx', data: new Uint8Array([80, 75]) });
    expect(result).toEqual({ status: 'saved', path: target });
    expect(await readFile(target)).toEqual(Buffer.from([80, 75]));
    expect(fake.saveDefaults).toEqual([join(dir, 'Documents', 'report.xlsx')]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await createDesktopHandlers(host({ save: null })).saveFile(event, { suggestedName: 'x.txt', data: 'x' });
    expect(result).toEqual({ status: 'cancelled' });
  });

  it('keeps the old file when the write fails', async () => {
    const target = join(dir, 'keep.txt');
    await writeFile(target, 'old');
    const missingFolder = join(dir, 'no-such-folder', 'keep.txt');
    await expect(
      createDesktopHandlers(host({ save: missingFolder })).saveFile(event, { suggestedName: 'keep.txt', data: 'new' }),
    ).rejects.toThrow('platform.writeFailed');
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('prints to a .pdf file', async () => {
    const target = join(dir, 'view.pdf');
    const fake = host({ save: target });
    await createDesktopHandlers(fake).printToPdf(event, { suggestedName: '评估报告' });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    expect(fake.saveDefaults[0]).toBe(join(dir, 'Documents', '评估报告.pdf'));
  });
});

describe('opening', () => {
  it('lists a picked folder recursively, skipping dotfiles and symlinks, and reads its files', async () => {
    const handlers = createDesktopHandlers(host({ open: [join(dir, 'parts')] }));
    const files = await handlers.openFolder(event);
    expect(files.map(({ relativePath, size, name }) => ({ relativePath, size, name }))).toEqual([
      { relativePath: 'good/a.png', size: 1, name: 'a.png' },
      { relativePath: 'good/deep/b.png', size: 2, name: 'b.png' },
    ]);
    const second = files[1];
    if (!second) throw new Error('expected two files');
    expect(new TextDecoder().decode(await handlers.readPickedFile(event, { id: second.id }))).toBe('BB');
  });

  it('reads only files picked in this session', async () => {
    const handlers = createDesktopHandlers(host({ open: [join(dir, 'secret.txt')] }));
    await expect(handlers.readPickedFile(event, { id: crypto.randomUUID() })).rejects.toThrow('platform.notPermitted');
    const other = createDesktopHandlers(host({ open: [join(dir, 'secret.txt')] }));
    const [picked] = await other.openFiles(event, { multiple: false });
    if (!picked) throw new Error('expected a pick');
    // An id from another session (another handler set) means nothing here.
    await expect(handlers.readPickedFile(event, { id: picked.id })).rejects.toThrow('platform.notPermitted');
    expect(new TextDecoder().decode(await other.readPickedFile(event, { id: picked.id }))).toBe('secret');
  });

  it('returns one file when multiple is false, and nothing on cancel', async () => {
    const two = [join(dir, 'secret.txt'), join(dir, 'parts', 'good', 'a.png')];
    expect(await createDesktopHandlers(host({ open: two })).openFiles(event, { multiple: false })).toHaveLength(1);
    expect(await createDesktopHandlers(host({ open: two })).openFiles(event, { multiple: true })).toHaveLength(2);
    expect(await createDesktopHandlers(host({ open: [] })).openFolder(event)).toEqual([]);
  });

  it('reports a vanished file as a read failure', async () => {
    const gone = join(dir, 'gone.txt');
    await writeFile(gone, 'x');
    const handlers = createDesktopHandlers(host({ open: [gone] }));
    const [picked] = await handlers.openFiles(event, { multiple: false });
    if (!picked) throw new Error('expected a pick');
    await rm(gone);
    await expect(handlers.readPickedFile(event, { id: picked.id })).rejects.toThrow('platform.readFailed');
  });
});
