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
  const code = await catalogCommand.run(['validate', file], {
    io: { out: (l) => out.push(l), err: (l) => out.push(l) },
    root: process.cwd(),
  });
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
    await writeFile(
      file,
      '编号,名称,简介,适用场景,提升能力域,部署方式,一次性费用下限,一次性费用上限,年费下限,年费上限,实施周期下限,实施周期上限,服务商类型\nA1,扫码,简介,质量管理,生产:1→2,云,0,五万,0,1,1,2,软件服务商\n',
    );
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out).toContain('  row 2, column 一次性费用上限: "五万" is not a number.');
  });
});

describe('gongzhi catalog validate on published lists', () => {
  const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'catalog-lists', name);
  async function runJson(args: string[]) {
    const out: string[] = [];
    const code = await catalogCommand.run(['validate', ...args, '--json'], {
      io: { out: (l) => out.push(l), err: (l) => out.push(l) },
      root: process.cwd(),
    });
    return {
      code,
      json: JSON.parse(out.join('\n')) as {
        ok: boolean;
        entries: number;
        items: { name: string; price: { minWan: number | null; basis: string }; weeks: unknown }[];
        warnings: { row: number; column: string; message: string }[];
        errors: { code: string }[];
      },
    };
  }

  it('prints the entries as they would be stored, with warnings by row and column, exit 0', async () => {
    const { code, json } = await runJson([fixture('01-district-gbk.csv')]);
    expect(code).toBe(0);
    expect(json.entries).toBe(5);
    expect(json.items.map((i) => [i.name, i.price.minWan, i.price.basis])).toContainEqual(['能耗监测平台', null, 'unknown']);
    expect(json.warnings).toContainEqual(
      expect.objectContaining({
        row: 8,
        column: '实施周期',
        message: 'The period "1,2,3" holds several numbers and it is not clear which one is meant; imported as "not stated".',
      }),
    );
  });

  it('reads headers nothing can guess through a saved mapping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gz-catalog-'));
    const list = join(dir, 'list.csv');
    await writeFile(list, '甲,乙,丙\n扫码报工,生产管控,2万\n能耗看板,能源管理,待定\n');
    expect((await runJson([list])).code).toBe(1);
    const mapping = join(dir, 'mapping.json');
    await writeFile(
      mapping,
      JSON.stringify({
        publisher: '某园区',
        headerRows: [1],
        columns: [
          { header: '甲', field: 'name' },
          { header: '乙', field: 'scenario' },
          { column: 'C', field: 'price' },
        ],
      }),
    );
    const { code, json } = await runJson([list, '--mapping', mapping]);
    expect(code).toBe(0);
    expect(json.items.map((i) => [i.name, i.price.minWan])).toEqual([
      ['扫码报工', 2],
      ['能耗看板', null],
    ]);
  });
});
