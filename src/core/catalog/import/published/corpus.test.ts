import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../../taxonomy';
import { describeEntry } from './describe-entry';
import { previewCatalogFile } from './preview-file';

const folder = join(process.cwd(), 'test', 'fixtures', 'catalog-lists');

async function read(name: string) {
  const preview = await previewCatalogFile({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }, bundledTaxonomy, {
    publisher: '某区经信委',
  });
  if (preview.kind !== 'list') throw new Error(`${name} was read as the app's template`);
  return preview.result;
}

/** [row, name, scenario codes, price min, price max, basis, weeks] — what a user checks against the sheet. */
type Expected = [number, string, string[], number | null, number | null, string, [number, number] | null];

async function expectList(name: string, expected: Expected[]) {
  const result = await read(name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const got = result.entries
    .map(describeEntry)
    .map((d): Expected => [
      d.row ?? 0,
      d.name,
      d.scenarios.map((s) => s.code),
      d.price.minWan,
      d.price.maxWan,
      d.price.basis,
      d.weeks ? [d.weeks.min, d.weeks.max] : null,
    ]);
  expect(got).toEqual(expected);
  return result;
}

describe('published lists as they come', () => {
  it('01: the district GBK list with category rows, blank rows and values as written', async () => {
    const result = await expectList('01-district-gbk.csv', [
      [3, '冲压件表面缺陷视觉检测', ['IMS-24', 'SME-07'], 15, 25, 'one-off', [3, 6]],
      [4, '设备联网与OEE看板', ['IMS-27', 'SME-08'], 3, 3, 'yearly', [2, 2]],
      [7, 'SMT智能排产', ['IMS-09', 'SME-05'], 5, 8, 'one-off', [8, 12]],
      [8, '质量追溯系统', ['IMS-25', 'SME-07'], 20, 30, 'one-off', null],
      [9, '能耗监测平台', ['SME-10'], null, null, 'unknown', [4, 6]],
    ]);
    expect(result.format === 'csv' && 'encoding' in result && result.encoding).toBe('gbk');
    const [first, , third, fourth] = result.entries;
    // Category rows carry their text down as the industry, mapped to a 33618 cluster.
    expect(first?.industries).toEqual(['汽车及零部件']);
    expect(first?.clusters).toEqual(['nev']);
    expect(third?.industries).toEqual(['电子信息']);
    expect(fourth?.clusters).toEqual(['electronics', 'nev']);
    expect(first).toMatchObject({
      deployment: 'edge-box',
      providerType: 'equipment-maker',
      eligibility: { aiVoucher: true },
      liftsInferred: true,
      lifts: [{ domain: 'production', from: 1, to: 3 }],
    });
    expect(third?.eligibility.aiVoucher).toBe(false);
    // "1,2,3" in the weeks cell is a warning on that row, never 123 weeks.
    expect(result.warnings).toEqual([{ row: 8, column: '实施周期', code: 'weeksAmbiguous', params: { value: '1,2,3' } }]);
    expect(fourth?.weeksGiven).toBe(false);
    expect(result.errors).toEqual([]);
  });

  it('02: UTF-8 with BOM, a title row, prices in 元 and periods in days', async () => {
    const result = await expectList('02-park-utf8-bom.csv', [
      [3, '扫码报工小程序', ['SME-06'], 0.8, 0.8, 'one-off', [1, 1]],
      [4, '仓库扫码出入库', ['SME-12'], 1.2, 3, 'one-off', [2, 3]],
      [5, '安全隐患随手拍', ['SME-09'], 0.5, 0.5, 'yearly', [0.4, 0.4]],
      [6, '智能仓储（WMS）', ['IMS-12', 'SME-12'], null, null, 'unknown', [4.3, 8.6]],
    ]);
    expect(result.ok && result.headerRows).toEqual([2]);
    expect(result.entries.map((e) => e.eligibility.aiVoucher)).toEqual([true, true, false, false]);
    expect(result.entries.map((e) => e.clusters)).toEqual([[], ['food', 'textile'], [], ['new-energy']]);
    expect(result.entries[0]?.provider).toBe('重庆某某软件有限公司');
  });

  it('03: a two-level header written as a group row above 一次性/年费 and 最短/最长', async () => {
    const result = await expectList('03-bureau-two-level.csv', [
      [3, '设备预测性维护', ['IMS-28', 'SME-08'], 12, 12, 'one-off+yearly', [4, 8]],
      [4, '数字化营销获客', ['IMS-36', 'SME-03'], 1.5, 1.5, 'yearly', [1, 2]],
      [5, '碳排放核算平台', ['IMS-17', 'SME-10'], 6, 6, 'one-off+yearly', [3, 6]],
    ]);
    expect(result.entries[0]?.price).toMatchObject({ oneOffWan: { min: 10, max: 10 }, yearlyWan: { min: 2, max: 2 } });
    expect(result.entries[0]?.contact).toBe('023-12345678');
  });

  it('04: XLSX with a merged title, merged two-level headers, merged category rows and a formula', async () => {
    const result = await expectList('04-merged-title.xlsx', [
      [5, 'SPC质量分析', ['IMS-26', 'SME-07'], 2, 6, 'one-off', [4, 4]],
      [6, '外观缺陷AI检测', ['IMS-24', 'SME-07'], 8, 16, 'one-off', [4.3, 8.7]],
      [8, '设备点检APP', ['SME-08'], 0.5, 1, 'one-off', [2, 2]],
    ]);
    expect(result.ok && result.headerRows).toEqual([2, 3]);
    // "在线检测" is an alias, so its confidence is below an exact name's.
    expect(result.entries[1]?.scenarioConfidence?.['IMS-24']).toBe(0.9);
    expect(result.entries[2]?.clusters).toEqual(['equipment']);
  });

  it('05: English headers', async () => {
    await expectList('05-english.xlsx', [
      [2, 'Energy metering and analysis', ['SME-10'], 2, 4, 'one-off', [2, 3]],
      [3, 'Production scheduling (APS)', ['SME-05'], 10, 20, 'one-off', [8.7, 8.7]],
      [4, 'Remote O&M for sold machines', ['IMS-33', 'SME-04'], null, null, 'unknown', [4, 8]],
    ]);
  });

  it('06: only name, scenario and price', async () => {
    await expectList('06-minimal.csv', [
      [2, '电子看板', ['IMS-10', 'SME-06'], 1.5, 1.5, 'one-off', null],
      [3, '能源计量', ['IMS-16', 'SME-10'], 3, 3, 'yearly', null],
      [4, '订单协同平台', ['IMS-19', 'SME-15'], null, null, 'unknown', null],
    ]);
  });

  it('07: JSON records with Chinese keys, "20万起", "5万+1万/年" and a bare 50000', async () => {
    const result = await expectList('07-portal-records.json', [
      [2, 'AI视觉质检一体机', ['IMS-24', 'SME-07'], 20, 20, 'one-off', [4, 6]],
      [3, '供应商协同门户', ['SME-11'], 6, 6, 'one-off+yearly', [4.3, 4.3]],
      [4, '危化品库房安全监测', ['IMS-15', 'SME-09'], 5, 5, 'one-off', [4.3, 4.3]],
    ]);
    expect(result.entries[0]?.price.atLeast).toBe(true);
    expect(result.warnings.map((w) => [w.row, w.code])).toEqual([[4, 'priceUnitAssumed']]);
  });

  it('08: no scenario column: scenarios from name and description, flagged for confirmation', async () => {
    const result = await expectList('08-no-scenario-column.txt', [
      [2, '仓库管理WMS', ['IMS-12', 'SME-12'], 1.5, 2, 'one-off', [2, 3]],
      [3, '设备点检与保养系统', ['IMS-29', 'SME-08'], 0.8, 0.8, 'one-off', [2, 2]],
      [4, '客户关系管理CRM', ['SME-03'], 0.6, 0.6, 'yearly', [1, 1]],
    ]);
    if (!result.ok) return;
    expect(result.items.every((i) => i.needsConfirmation)).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'scenarioConfirm').map((w) => w.row)).toEqual([2, 3, 4]);
  });

  it('09: a GBK city catalogue with title and blank rows, periods in months and a totals row', async () => {
    const result = await expectList('09-city-catalogue-gbk.csv', [
      [4, 'MES轻量化系统', ['SME-06'], 10, 15, 'one-off', [4.3, 8.7]],
      [5, '仓储条码管理', ['SME-12'], 3, 3, 'one-off', [2.2, 2.2]],
      [6, '解决方案提供商培训服务', ['SME-14'], null, null, 'unknown', [2, 2]],
    ]);
    expect(result.entries.map((e) => [e.eligibility.aiVoucher, e.contact])).toEqual([
      [true, '张工\n13800000000'],
      [false, '李工\n13900000000'],
      [true, undefined],
    ]);
  });

  it('10: English headers with RMB amounts, "/year", "from" and a use case in words', async () => {
    const result = await expectList('10-english-rmb.csv', [
      [2, 'Vision QC station', ['SME-07'], 8, 12, 'one-off', [6, 8]],
      [3, 'Energy dashboard', ['SME-10'], 3, 3, 'yearly', [2, 2]],
      [4, 'Predictive maintenance kit', ['IMS-28', 'SME-08'], 5, 5, 'one-off', [4.3, 4.3]],
    ]);
    expect(result.entries.map((e) => e.provider)).toEqual(['Acme', 'Beta', 'Gamma']);
    expect(result.entries[2]?.price.atLeast).toBe(true);
    expect(result.entries[2]?.clusters).toEqual(['equipment', 'nev']);
  });

  it('gives the same ids when a corrected list is imported again, and different ones for another publisher', async () => {
    const first = await read('06-minimal.csv');
    const corrected = new TextEncoder().encode('名称,场景,价格\r\n电子看板,生产进度跟踪,2万\r\n能源计量,能源智能管控,3万/年\r\n');
    const again = await previewCatalogFile({ name: 'x.csv', bytes: corrected }, bundledTaxonomy, { publisher: '某区经信委' });
    const other = await previewCatalogFile({ name: 'x.csv', bytes: corrected }, bundledTaxonomy, { publisher: '另一园区' });
    const ids = (r: typeof first) => (r.ok ? r.entries.map((e) => e.id) : []);
    expect(again.kind === 'list' && ids(again.result)).toEqual(ids(first).slice(0, 2));
    expect(other.kind === 'list' && ids(other.result).some((id) => ids(first).includes(id))).toBe(false);
  });
});

describe('bad published lists', () => {
  it('says when no header can be recognised', async () => {
    const result = await read('bad-no-header.csv');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'noHeader' }] });
  });

  it('lists a duplicate name as a row that cannot import, and imports the rest', async () => {
    const result = await read('bad-duplicate-names.csv');
    expect(result.ok && result.entries.map((e) => e.name['zh-CN'])).toEqual(['扫码报工']);
    expect(result.ok && result.errors).toEqual([
      { row: 3, column: '应用名称', code: 'duplicate', params: { firstRow: 2, name: '扫码报工' } },
    ]);
  });

  it('refuses a name formula without a cached value on its row, and reads a price formula without one as unknown', async () => {
    const result = await read('bad-formula-no-value.xlsx');
    expect(result.ok && result.errors.map((e) => [e.row, e.code])).toEqual([[2, 'formulaWithoutValue']]);
    expect(result.ok && result.entries[0]?.price.onRequest).toBe(true);
    expect(result.ok && result.warnings.map((w) => [w.row, w.code])).toContainEqual([3, 'formulaIgnored']);
  });
});

describe('bombs: a valid start followed by megabytes of one character (found by the fuzz long run)', () => {
  const bomb = (filler: string) => {
    const head = new TextEncoder().encode('序号,应用名称,所属场景,参考价格（万元）\n1,扫码报工,生产管理,3-5\n');
    const bytes = new Uint8Array(head.length + 3 * 1024 * 1024);
    bytes.set(head);
    bytes.fill(filler.charCodeAt(0), head.length);
    return previewCatalogFile({ name: 'bomb.csv', bytes }, bundledTaxonomy, { publisher: 'p' });
  };

  it('refuses millions of separators on one row as too many columns (it overflowed the call stack)', async () => {
    expect(await bomb(',')).toMatchObject({ result: { ok: false, errors: [{ code: 'tooManyColumns', params: { maximum: 500 } }] } });
  });

  it('refuses millions of line breaks as too many rows before parsing them', async () => {
    expect(await bomb('\n')).toMatchObject({ result: { ok: false, errors: [{ code: 'tooManyRows' }] } });
  });
});

describe('workbooks with more than one sheet', () => {
  it('reads the sheet whose header is recognised, not a notes sheet before it', async () => {
    const { loadExcelJs } = await import('../read-xlsx');
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填报说明').addRows([['填报说明'], ['1. 价格单位为万元'], ['2. 场景按指引填写']]);
    workbook.addWorksheet('清单').addRows([
      ['应用名称', '所属场景', '参考价格\n（元）', '实施周期'],
      ['扫码报工', '生产管控', '8000', '两周'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewCatalogFile({ name: 'book.xlsx', bytes }, bundledTaxonomy, { publisher: 'p' });
    const result = preview.kind === 'list' ? preview.result : undefined;
    expect(result?.ok && result.entries.map(describeEntry).map((d) => [d.name, d.price.minWan, d.weeks])).toEqual([
      ['扫码报工', 0.8, { min: 2, max: 2 }],
    ]);
  });
});
