import { describe, expect, it } from 'vitest';
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, type WorkspaceSnapshot } from './format';
import { parseBackup, readBackupHeader, verifyBackup } from './parse';
import { serialiseBackup } from './serialise';
import { craftBackupFile, gzipText, materialiseBlobs } from './test-support';

const metadata = { appVersion: '0.1.0', createdAt: new Date('2026-03-04T05:06:07.000Z') };

const workspace: WorkspaceSnapshot = {
  schemaVersion: 1,
  tables: {
    companies: [
      { id: 'c1', name: '重庆长江机械有限公司', industryType: 'discrete', isDemo: false, cluster: undefined },
      { id: 'c2', name: '北碚食品', industryType: 'process', isDemo: true, $gz: 'looks like a tag' },
    ],
    settings: [{ id: 'settings', language: 'zh-TW', largeText: true }],
    thumbnails: [
      {
        id: 't1',
        image: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255])], { type: 'image/png' }),
        features: new Float32Array([0.5, -1.25, Number.NaN]),
        raw: new Uint8Array([1, 2, 3]).buffer,
        takenAt: new Date('2026-02-01T08:00:00Z'),
        stats: new Map([['ok', 3]]),
        score: -0,
      },
    ],
    empty: [],
  },
};

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; params: unknown }> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BackupError);
  const { code, params } = error as BackupError;
  return { code, params };
}

describe('backup file format', () => {
  it('round-trips a workspace with binary data, dates, maps and tag-like keys exactly', async () => {
    const bytes = await serialiseBackup(workspace, metadata);
    const { header, snapshot } = await parseBackup(bytes);
    expect(header).toMatchObject({
      format: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: '2026-03-04T05:06:07.000Z',
      schemaVersion: 1,
      tables: [
        { name: 'companies', rows: 2 },
        { name: 'settings', rows: 1 },
        { name: 'thumbnails', rows: 1 },
        { name: 'empty', rows: 0 },
      ],
    });
    expect(await materialiseBlobs(snapshot)).toStrictEqual(await materialiseBlobs(workspace));
    const thumbnail = snapshot.tables.thumbnails?.[0] as { image: Blob; features: Float32Array };
    expect(thumbnail.image).toBeInstanceOf(Blob);
    expect(thumbnail.features).toBeInstanceOf(Float32Array);
  });

  it('starts with a readable magic line and header, and shows the header without decompressing', async () => {
    const bytes = await serialiseBackup(workspace, metadata);
    expect(new TextDecoder().decode(bytes.subarray(0, 15))).toBe('GONGZHI-BACKUP\n');
    expect(readBackupHeader(bytes).header.tables).toHaveLength(4);
  });

  it('rejects files that are not backups', async () => {
    for (const foreign of [
      new Uint8Array(),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      new TextEncoder().encode('name,score\n甲,3\n'),
      new TextEncoder().encode('GONGZHI-BACKU'),
    ]) {
      expect(await codeOf(parseBackup(foreign))).toEqual({ code: 'backup.notBackup', params: {} });
    }
  });

  it('reports a file cut short, in the payload or in the header, as truncated', async () => {
    const bytes = await serialiseBackup(workspace, metadata);
    expect((await codeOf(parseBackup(bytes.subarray(0, bytes.length - 1)))).code).toBe('backup.truncated');
    expect((await codeOf(parseBackup(bytes.subarray(0, 40)))).code).toBe('backup.truncated');
  });

  it('reports a changed payload byte as a hash mismatch', async () => {
    const bytes = (await serialiseBackup(workspace, metadata)).slice();
    const last = bytes.length - 10;
    bytes[last] = (bytes[last] ?? 0) ^ 0xff;
    expect(await codeOf(verifyBackup(bytes))).toEqual({ code: 'backup.corrupt', params: { detail: 'hashMismatch' } });
  });

  it('reports extra bytes after the payload', async () => {
    const bytes = await serialiseBackup(workspace, metadata);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect((await codeOf(parseBackup(longer))).params).toEqual({ detail: 'trailingData' });
  });

  it('reports a damaged header as corrupt', async () => {
    const badJson = new TextEncoder().encode('GONGZHI-BACKUP\n{"format":1,\n');
    expect((await codeOf(parseBackup(badJson))).params).toEqual({ detail: 'header' });
    const wrongShape = await craftBackupFile({ app: 'other' }, new Uint8Array());
    expect((await codeOf(parseBackup(wrongShape))).params).toEqual({ detail: 'header' });
  });

  it('reports a payload that is not gzip, not JSON, or not the declared tables', async () => {
    const notGzip = await craftBackupFile({}, new TextEncoder().encode('plain'));
    expect((await codeOf(parseBackup(notGzip))).params).toEqual({ detail: 'compression' });
    const notJson = await craftBackupFile({}, await gzipText('{"tables":'));
    expect((await codeOf(parseBackup(notJson))).params).toEqual({ detail: 'payload' });
    const counts = await craftBackupFile({ tables: [{ name: 'companies', rows: 2 }] }, await gzipText('{"tables":{"companies":[{}]}}'));
    expect((await codeOf(parseBackup(counts))).params).toEqual({ detail: 'rowCounts' });
    const badTag = await craftBackupFile({ tables: [{ name: 'a', rows: 1 }] }, await gzipText('{"tables":{"a":[{"$gz":"spaceship"}]}}'));
    expect((await codeOf(parseBackup(badTag))).params).toEqual({ detail: 'encoding' });
  });

  it('refuses a backup written in a newer file format, saying which versions', async () => {
    const newer = await craftBackupFile({ format: BACKUP_FORMAT_VERSION + 1, tables: 'whatever a newer format holds' }, new Uint8Array());
    expect(await codeOf(parseBackup(newer))).toEqual({
      code: 'backup.newerFormat',
      params: { fileVersion: BACKUP_FORMAT_VERSION + 1, supportedVersion: BACKUP_FORMAT_VERSION },
    });
  });

  it('refuses to export values it could not restore, naming where they are', async () => {
    const withFunction: WorkspaceSnapshot = { schemaVersion: 1, tables: { companies: [{ id: 'a' }, { id: 'b', run: () => 1 }] } };
    expect(await codeOf(serialiseBackup(withFunction, metadata))).toEqual({
      code: 'backup.unsupportedValue',
      params: { path: 'companies[1].run' },
    });
  });
});
