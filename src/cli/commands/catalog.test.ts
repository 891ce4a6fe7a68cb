import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogToCsv } from '../../core/catalog/import/template';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { catalogCommand } from './catalog';

async function run(file: string): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await catalogCommand.run(['validate', file], { io: { out: (l) => out.push(l), err: (l) => out.push(l) }, root: process.cwd() });
  return { code, out };
}

describe('gongzhi catalog validate', () => {
  it('accepts the reference list exported as CSV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gz-catalog-'));
    const file = join(dir, 'list.csv');
    await writeFile(file, catalogToCsv(loadReferenceCatalog().entries, bundledTaxonomy));
    const { code, out } = await run(file);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('89 entries');
  });

  it('prints each problem with its row, column and an English message, exit code 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gz-catalog-'));
    const file = join(dir, 'bad.csv');
    await writeFile(file, '编号,名称,简介,适用场景,提升能力域,部署方式,一次性费用下限,一次性费用上限,年费下限,年费上限,实施周期下限,实施周期上限,服务商类型\nA1,扫码,简介,质量管理,生产:1→2,云,0,五万,0,1,1,2,软件服务商\n');
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out).toContain('  row 2, column 一次性费用上限: "五万" is not a number.');
  });
});
