import { describe, expect, it } from 'vitest';
import { createWebPlatform } from './web-platform';
import type { AnchorLike, FileInputLike, WebHost } from './web-platform';

function fakeHost(chosen: File[] | 'cancel' = []) {
  const clicked: AnchorLike[] = [];
  const inputs: FileInputLike[] = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const pending: Array<() => void> = [];
  let printed = 0;
  const host: WebHost = {
    createAnchor: () => ({
      href: '',
      download: '',
      rel: '',
      click() {
        clicked.push(this);
      },
    }),
    createFileInput: () => {
      const listeners = new Map<string, () => void>();
      const input: FileInputLike = {
        type: '',
        multiple: false,
        accept: '',
        webkitdirectory: false,
        files: null,
        click: () => {
          if (chosen === 'cancel') return listeners.get('cancel')?.();
          Object.assign(input, { files: chosen });
          listeners.get('change')?.();
        },
        addEventListener: (type, listener) => void listeners.set(type, listener),
      };
      inputs.push(input);
      return input;
    },
    createObjectURL: (blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url) => void revoked.push(url),
    later: (task) => void pending.push(task),
    print: () => void (printed += 1),
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.1 Safari/537.36',
    platform: 'Linux x86_64',
  };
  return { host, clicked, inputs, blobs, revoked, pending, printed: () => printed };
}

function fileAt(content: string, name: string, relativePath = ''): File {
  const file = new File([content], name);
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

describe('web platform', () => {
  it('downloads saved data under a safe name and frees the blob afterwards', async () => {
    const fake = fakeHost();
    const result = await createWebPlatform(fake.host).saveFile({
      suggestedName: 'backup 10:30.gzbak',
      mimeType: 'application/octet-stream',
      data: new Uint8Array([1, 2]),
    });
    expect(result).toEqual({ status: 'saved' });
    const [anchor] = fake.clicked;
    expect(anchor?.download).toBe('backup 10_30.gzbak');
    const blob = fake.blobs.get(anchor?.href ?? '');
    expect(new Uint8Array(await (blob ?? new Blob()).arrayBuffer())).toEqual(new Uint8Array([1, 2]));
    expect(fake.revoked).toEqual([]);
    fake.pending.forEach((task) => task());
    expect(fake.revoked).toEqual([anchor?.href]);
  });

  it('opens files with an accept list built from the filters', async () => {
    const fake = fakeHost([fileAt('abc', 'a.png'), fileAt('de', 'b.jpg')]);
    const files = await createWebPlatform(fake.host).openFiles({ multiple: true, filters: [{ name: '图片', extensions: ['png', 'jpg'] }] });
    expect(fake.inputs[0]).toMatchObject({ type: 'file', multiple: true, accept: '.png,.jpg', webkitdirectory: false });
    expect(files.map((file) => [file.name, file.relativePath, file.size])).toEqual([
      ['a.png', 'a.png', 3],
      ['b.jpg', 'b.jpg', 2],
    ]);
    expect(new TextDecoder().decode(await files[0]?.bytes())).toBe('abc');
  });

  it('keeps one file when multiple is false', async () => {
    const fake = fakeHost([fileAt('abc', 'a.png'), fileAt('de', 'b.jpg')]);
    expect(await createWebPlatform(fake.host).openFiles({ multiple: false })).toHaveLength(1);
  });

  it('resolves with nothing when the user cancels the dialog', async () => {
    const fake = fakeHost('cancel');
    expect(await createWebPlatform(fake.host).openFiles({ multiple: true })).toEqual([]);
    expect(await createWebPlatform(fake.host).openFolder()).toEqual([]);
  });

  it('lists a folder with paths relative to it, like the desktop, and skips dotfiles', async () => {
    const fake = fakeHost([
      fileAt('1', 'a.png', 'parts/good/a.png'),
      fileAt('22', 'b.png', 'parts/bad/deep/b.png'),
      fileAt('x', '.DS_Store', 'parts/.DS_Store'),
      fileAt('y', 'HEAD', 'parts/.git/HEAD'),
    ]);
    const files = await createWebPlatform(fake.host).openFolder();
    expect(fake.inputs[0]?.webkitdirectory).toBe(true);
    expect(files.map((file) => file.relativePath)).toEqual(['good/a.png', 'bad/deep/b.png']);
  });

  it('prints through the browser and reports the Chrome version', async () => {
    const fake = fakeHost();
    const platform = createWebPlatform(fake.host);
    await platform.printToPdf({ suggestedName: 'x' });
    expect(fake.printed()).toBe(1);
    const info = await platform.appInfo();
    expect(info).toMatchObject({ shell: 'web', appName: 'Gongzhi', versions: { chrome: '156.0.7000.1' }, platform: 'Linux x86_64' });
    expect(info.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
