import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../taxonomy';
import { readListFile } from './published/read-list-file';
import { buildXlsx } from './test-support';
import { precheckXlsx } from './xlsx-precheck';

const header = ['应用名称', '所属场景', '参考价格（万元）'];

describe('XLSX checks before exceljs reads the file', () => {
  it('refuses a sheet with more rows than the cap, counting rows in the streamed XML', async () => {
    const rows = [header, ...Array.from({ length: 60 }, (_, i) => [`方案${i}`, '质量管理', 1])];
    const bytes = await buildXlsx(rows);
    expect(await precheckXlsx(bytes, { maxRows: 50, maxCellBytes: 1e6, maxXmlBytes: 1e8 })).toMatchObject({
      ok: false,
      reason: 'tooManyRows',
    });
    expect(await precheckXlsx(bytes, { maxRows: 61, maxCellBytes: 1e6, maxXmlBytes: 1e8 })).toEqual({ ok: true });
  });

  it('refuses a cell larger than the cap, and says so as a translated issue with nothing read', async () => {
    const bytes = await buildXlsx([header, ['方案', '质量管理', 'x'.repeat(5000)]]);
    const caps = { maxRows: 100, maxCellBytes: 4000, maxXmlBytes: 1e8 };
    const check = await precheckXlsx(bytes, caps);
    expect(check).toMatchObject({ ok: false, reason: 'cellTooLarge' });
    expect(!check.ok && check.reason === 'cellTooLarge' && check.bytes).toBeGreaterThan(4000);
    const result = await readListFile({ name: 'big.xlsx', bytes }, bundledTaxonomy, { publisher: 'p', caps });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'cellTooLarge' }] });
  });

  it('refuses a sheet whose XML unpacks beyond the cap, and a file that is not a zip', async () => {
    const bytes = await buildXlsx([header, ['方案', '质量管理', 1]]);
    expect(await precheckXlsx(bytes, { maxRows: 100, maxCellBytes: 1e6, maxXmlBytes: 100 })).toMatchObject({
      ok: false,
      reason: 'sheetTooLarge',
    });
    expect(await precheckXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
