import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, serialiseBackup, type WorkspaceSnapshot } from '../core/backup';
import { craftBackupFile } from '../core/backup/test-support';
import { migrations } from '../db/migrations';

// These run the real built CLI (scripts/run-cli.mjs rebuilds it when sources changed), as CI and providers do.
const root = resolve(import.meta.dirname, '..', '..');
let folder: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}

const workspace: WorkspaceSnapshot = {
  schemaVersion: 1,
  tables: {
    companies: [
      { id: 'a', name: '甲厂', industryType: 'discrete', isDemo: false },
      { id: 'b', name: '乙厂', industryType: 'process', isDemo: true },
    ],
    settings: [{ id: 'settings', language: 'zh-CN', largeText: false }],
  },
};
const metadata = { appVersion: '0.1.0', createdAt: new Date('2026-06-01T09:30:00Z') };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gongzhi-verify-'));
});

describe('gongzhi backup verify (spawned)', () => {
  it('prints the header and row counts of an intact backup and exits 0', async () => {
    const path = await file('good.gzbak', await serialiseBackup(workspace, metadata));
    const { code, stdout, stderr } = cli('backup', 'verify', path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Format: GONGZHI-BACKUP v1');
    expect(stdout).toContain('Created: 2026-06-01T09:30:00.000Z');
    expect(stdout).toContain('App version: 0.1.0');
    expect(stdout).toMatch(/^ {2}companies {2}2 rows$/m);
    expect(stdout).toMatch(/^ {2}settings {3}1 row$/m);
    expect(stdout.trimEnd().endsWith('Integrity: OK')).toBe(true);
  });

  it('names the precise problem of each damaged file and exits 1', async () => {
    const good = await serialiseBackup(workspace, metadata);
    const flipped = good.slice();
    flipped[good.length - 5] = (flipped[good.length - 5] ?? 0) ^ 1;
    const cases: [string, Uint8Array, string][] = [
      ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'Not a Gongzhi backup file'],
      ['cut.gzbak', good.subarray(0, good.length - 20), 'The backup file is truncated'],
      ['flipped.gzbak', flipped, 'does not match the SHA-256 checksum'],
      [
        'newer.gzbak',
        await craftBackupFile({ format: BACKUP_FORMAT_VERSION + 1 }, new Uint8Array()),
        'file format 2; this version reads format 1',
      ],
      [
        'future-db.gzbak',
        await serialiseBackup({ ...workspace, schemaVersion: 99 }, metadata),
        `newer Gongzhi (database version 99; this one has ${migrations.length})`,
      ],
      [
        'alien.gzbak',
        await serialiseBackup({ schemaVersion: 1, tables: { rockets: [] } }, metadata),
        'a table this version does not know: "rockets"',
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const { code, stderr } = cli('backup', 'verify', await file(name, bytes));
      expect({ name, code, stderr }).toMatchObject({ name, code: 1, stderr: expect.stringContaining(message) as unknown });
    }
    const { stdout } = cli('backup', 'verify', join(folder, 'flipped.gzbak'));
    expect(stdout).toContain('Integrity: FAILED');
  });

  it('reports JSON with --json, and exits 2 on a wrong command line', async () => {
    const path = await file('json.gzbak', await serialiseBackup(workspace, metadata));
    const json = cli('backup', 'verify', path, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      header: {
        tables: [
          { name: 'companies', rows: 2 },
          { name: 'settings', rows: 1 },
        ],
      },
    });
    expect(cli('backup', 'check', path)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown subcommand "check"') as unknown,
    });
    expect(cli('backup', 'verify')).toMatchObject({ code: 2, stderr: expect.stringContaining('Missing the backup file') as unknown });
    expect(cli('backup', 'verify', join(folder, 'absent.gzbak'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Cannot read') as unknown,
    });
  });
});
