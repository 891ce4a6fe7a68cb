import { describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { importCatalogFile } from './import-catalog';
import { catalogTemplateCsv, catalogTemplateXlsx, catalogToCsv, catalogToXlsx } from './template';
import { buildXlsx, encodeGbk } from './test-support';
import type { ImportResult } from './import-types';

const reference = loadReferenceCatalog();
const utf8 = (text: string) => new TextEncoder().encode(text);
const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors);

const zhHeader = [
  '编号',
  '名称',
  '简介',
  '适用场景',
  '提升能力域',
  '部署方式',
  '一次性费用下限',
  '一次性费用上限',
  '年费下限',
  '年费上限',
  '实施周期下限',
  '实施周期上限',
  '服务商类型',
  '适用产业集群',
];
const zhRow = (id: string, overrides: Partial<Record<string, string | number>> = {}) => {
  const base: Record<string, string | number> = {
    编号: id,
    名称: '扫码报工',
    简介: '手机扫码报工',
    适用场景: '生产管控；SME-07',
    提升能力域: '生产:1→2',
    部署方式: '云服务',
    一次性费用下限: 0,
    一次性费用上限: '0.5万元',
    年费下限: 0.3,
    年费上限: 1,
    实施周期下限: 1,
    实施周期上限: 2,
    服务商类型: '软件服务商',
    适用产业集群: '不限',
  };
  return zhHeader.map((h) => overrides[h] ?? base[h] ?? '');
};

describe('catalog import', () => {
  it('round-trips the whole reference catalog through CSV and XLSX', async () => {
    const csv = await importCatalogFile(
      { name: 'list.csv', bytes: utf8(catalogToCsv(reference.entries, bundledTaxonomy)) },
      bundledTaxonomy,
    );
    expect(errorsOf(csv)).toEqual([]);
    expect(csv.ok && csv.entries).toEqual(reference.entries);
    const xlsx = await importCatalogFile(
      { name: 'list.xlsx', bytes: await catalogToXlsx(reference.entries, bundledTaxonomy) },
      bundledTaxonomy,
    );
    expect(errorsOf(xlsx)).toEqual([]);
    expect(xlsx.ok && xlsx.entries).toEqual(reference.entries);
  });

  it('reads a GBK-encoded CSV with Chinese headers, scenario names and units in cells', async () => {
    const rows = [zhHeader, zhRow('CQ-001')].map((r) => r.join(',')).join('\r\n');
    const result = await importCatalogFile({ name: '清单.csv', bytes: encodeGbk(rows) }, bundledTaxonomy);
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.encoding).toBe('gbk');
    const [entry] = result.entries;
    expect(entry?.name['zh-CN']).toBe('扫码报工');
    expect(entry?.scenarios).toEqual(['SME-06', 'SME-07']);
    expect(entry?.lifts).toEqual([{ domain: 'production', from: 1, to: 2 }]);
    expect(entry?.deployment).toBe('saas');
    expect(entry?.price.oneOffWan.max).toBe(0.5);
    expect(entry?.clusters).toEqual([]);
  });

  it('reads English headers', async () => {
    const header = [
      'ID',
      'Name',
      'Summary',
      'Scenarios',
      'Level lifts',
      'Deployment',
      'One-off min',
      'One-off max',
      'Yearly min',
      'Yearly max',
      'Weeks min',
      'Weeks max',
      'Provider type',
    ];
    const row = [
      'X-1',
      'Scan reporting',
      'Phones report output',
      'SME-06',
      'production:1-2',
      'SaaS',
      '0',
      '1',
      '0',
      '1',
      '1',
      '2',
      'software vendor',
    ];
    const result = await importCatalogFile(
      { name: 'list.csv', bytes: utf8([header, row].map((r) => r.join(',')).join('\n')) },
      bundledTaxonomy,
    );
    expect(errorsOf(result)).toEqual([]);
  });

  it('handles a title row, merged cells and blank rows as real spreadsheets have them', async () => {
    const title = ['2026 年重庆市中小企业数字化转型“小快轻准”产品清单', ...zhHeader.slice(1).map(() => null)];
    const rows = [
      title,
      zhHeader,
      zhRow('CQ-001', { 适用产业集群: '智能网联新能源汽车' }),
      zhRow('CQ-002', { 适用产业集群: null as unknown as string }),
      new Array(zhHeader.length).fill(null),
      zhRow('CQ-003', { 适用产业集群: '食品及农产品加工' }),
    ];
    // Cluster column (N) merged over rows 3–4: row 4 shows the same cluster as row 3.
    const bytes = await buildXlsx(rows, ['A1:N1', 'N3:N4']);
    const result = await importCatalogFile({ name: 'list.xlsx', bytes }, bundledTaxonomy);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.entries.map((e) => [e.id, e.clusters])).toEqual([
      ['CQ-001', ['nev']],
      ['CQ-002', ['nev']],
      ['CQ-003', ['food']],
    ]);
  });

  it('names the sheet row and the column header of each bad cell, and imports nothing', async () => {
    const rows = [
      ['清单'],
      zhHeader,
      zhRow('CQ-001'),
      [],
      zhRow('CQ-002', { 一次性费用上限: '五万' }),
      zhRow('CQ-003', { 部署方式: '飞船' }),
    ];
    const bytes = await buildXlsx(rows);
    const result = await importCatalogFile({ name: 'list.xlsx', bytes }, bundledTaxonomy);
    expect(result.ok).toBe(false);
    expect(errorsOf(result).map((e) => [e.row, e.column, e.code])).toEqual([
      [5, '一次性费用上限', 'value.notANumber'],
      [6, '部署方式', 'value.notAllowed'],
    ]);
  });

  it('reports duplicate ids and unknown scenario names at their rows', async () => {
    const rows = [zhHeader, zhRow('CQ-001'), zhRow('CQ-001'), zhRow('CQ-003', { 适用场景: '太空采矿' })].map((r) => r.join(',')).join('\n');
    const result = await importCatalogFile({ name: 'l.csv', bytes: utf8(rows) }, bundledTaxonomy);
    expect(errorsOf(result).map((e) => [e.row, e.column, e.code])).toEqual(
      expect.arrayContaining([
        [3, '编号', 'issue.duplicateId'],
        [4, '适用场景', 'issue.unknownScenario'],
      ]),
    );
  });

  it('uses the cached result of formula cells and rejects formulas without one', async () => {
    const good = await buildXlsx([zhHeader, zhRow('CQ-001', { 一次性费用上限: { formula: '1+1', result: 2 } as unknown as string })]);
    const goodResult = await importCatalogFile({ name: 'a.xlsx', bytes: good }, bundledTaxonomy);
    expect(goodResult.ok && goodResult.entries[0]?.price.oneOffWan.max).toBe(2);
    const bad = await buildXlsx([zhHeader, zhRow('CQ-001', { 一次性费用上限: { formula: 'B9*2' } as unknown as string })]);
    expect(
      errorsOf(await importCatalogFile({ name: 'b.xlsx', bytes: bad }, bundledTaxonomy)).map((e) => [e.row, e.column, e.code]),
    ).toEqual([[2, '一次性费用上限', 'value.formulaWithoutValue']]);
  });

  it('names a missing required column by its template header', async () => {
    const rows = [zhHeader.filter((h) => h !== '部署方式'), zhRow('CQ-1').filter((_, i) => zhHeader[i] !== '部署方式')]
      .map((r) => r.join(','))
      .join('\n');
    expect(
      errorsOf(await importCatalogFile({ name: 'l.csv', bytes: utf8(rows) }, bundledTaxonomy)).map((e) => [e.row, e.column, e.code]),
    ).toEqual([[1, '部署方式 / Deployment', 'import.missingColumn']]);
  });

  it('reads JSON with provenance and reports entry number and field path', async () => {
    const [first, second] = reference.entries;
    const good = { provenance: { ...reference.provenance, kind: 'official', version: '2026-1' }, entries: [first, second] };
    const result = await importCatalogFile({ name: 'l.json', bytes: utf8(JSON.stringify(good)) }, bundledTaxonomy);
    expect(result.ok && result.provenance?.version).toBe('2026-1');
    const bad = { entries: [first, { ...second, price: { oneOffWan: { min: 5, max: 1 }, yearlyWan: { min: 0, max: 0 } } }] };
    expect(
      errorsOf(await importCatalogFile({ name: 'l.json', bytes: utf8(JSON.stringify(bad)) }, bundledTaxonomy)).map((e) => [
        e.row,
        e.column,
        e.code,
      ]),
    ).toEqual([[2, 'price.oneOffWan.max', 'value.minAboveMax']]);
    const syntax = await importCatalogFile({ name: 'l.json', bytes: utf8('{\n  "entries": [\n    {,\n') }, bundledTaxonomy);
    expect(errorsOf(syntax)[0]?.row).toBe(3);
  });

  it('produces templates that import back as their example row', async () => {
    const example = reference.entries[0];
    if (!example) throw new Error('no entries');
    for (const [name, bytes] of [
      ['t.csv', utf8(catalogTemplateCsv(example, bundledTaxonomy))],
      ['t.xlsx', await catalogTemplateXlsx(example, bundledTaxonomy)],
    ] as const) {
      const result = await importCatalogFile({ name, bytes }, bundledTaxonomy);
      expect(result.ok && result.entries).toEqual([example]);
    }
    expect(catalogTemplateCsv(example, bundledTaxonomy).split('\n')[0]).toContain('编号 / ID');
  });
});
