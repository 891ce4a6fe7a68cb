import { describe, expect, it } from 'vitest';
import { parseBackup } from './parse';
import { craftBackupFile, gzipText } from './test-support';

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'accepted',
    (error: unknown) => ({
      name: (error as Error).name,
      code: (error as { code?: unknown }).code,
      params: (error as { params?: unknown }).params,
    }),
  );
}

function oneRowFile(rowJson: string): Promise<Uint8Array> {
  return gzipText(`{"tables":{"a":[${rowJson}]}}`).then((payload) => craftBackupFile({ tables: [{ name: 'a', rows: 1 }] }, payload));
}

describe('hostile backup payloads are refused with a translated error', () => {
  it('refuses 20,000 levels of nesting as corrupt, not with a stack overflow', async () => {
    const deep = `{"id":"x","v":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(await codeOf(parseBackup(await oneRowFile(deep)))).toEqual({
      name: 'BackupError',
      code: 'backup.corrupt',
      params: { detail: 'nesting' },
    });
  });

  it('refuses a bigint field holding "not-a-number", "1.5" or the number 1.5 as badly encoded, not with a SyntaxError', async () => {
    for (const value of ['"not-a-number"', '"1.5"', '1.5', '""', '"0x10"']) {
      expect(await codeOf(parseBackup(await oneRowFile(`{"id":"x","n":{"$gz":"bigint","v":${value}}}`)))).toEqual({
        name: 'BackupError',
        code: 'backup.corrupt',
        params: { detail: 'encoding' },
      });
    }
    const ok = await parseBackup(await oneRowFile('{"id":"x","n":{"$gz":"bigint","v":"-12345678901234567890"}}'));
    expect(ok.snapshot.tables.a?.[0]).toEqual({ id: 'x', n: -12345678901234567890n });
  });

  it('refuses a 64 MB payload of brackets before parsing it', async () => {
    const bomb = await craftBackupFile({ tables: [{ name: 'a', rows: 1 }] }, await gzipText(`{"tables":{"a":[${'['.repeat(64 * 2 ** 20)}`));
    const started = performance.now();
    expect(await codeOf(parseBackup(bomb))).toMatchObject({ code: 'backup.corrupt', params: { detail: 'nesting' } });
    // 0.9 s alone on this machine, 16.7 s before the nesting pre-check; the margin is for a loaded CI machine.
    expect(performance.now() - started).toBeLessThan(6_000);
  });

  it('refuses absurd declared row and table counts as too large, before inflating anything', async () => {
    const declared = await craftBackupFile({ tables: [{ name: 'a', rows: 50_000_000 }] }, await gzipText('{"tables":{"a":[]}}'));
    expect(await codeOf(parseBackup(declared))).toMatchObject({ code: 'backup.tooLarge' });
    const manyTables = await craftBackupFile(
      { tables: Array.from({ length: 300 }, (_, i) => ({ name: `t${i}`, rows: 0 })) },
      await gzipText('{"tables":{}}'),
    );
    expect(await codeOf(parseBackup(manyTables))).toMatchObject({ code: 'backup.tooLarge' });
  });

  it('refuses a header that names a table twice (the second could hide a table from the row-count check)', async () => {
    const twice = await craftBackupFile(
      {
        tables: [
          { name: 'a', rows: 0 },
          { name: 'a', rows: 0 },
        ],
      },
      await gzipText('{"tables":{"a":[],"b":[{"x":1}]}}'),
    );
    expect(await codeOf(parseBackup(twice))).toMatchObject({ code: 'backup.corrupt', params: { detail: 'header' } });
  });
});
