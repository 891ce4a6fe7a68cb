import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import { bilingualHeader, importColumns, valueAliases } from './column-spec';
import { entryToRow, rowValues } from './entry-to-row';
import { loadExcelJs } from './read-xlsx';

export { catalogTemplateCsv, catalogToCsv } from './template-csv';

/**
 * XLSX workbook with the list sheet (bilingual headers, frozen, required columns bold) and a second
 * sheet of allowed values, so a park can fill it in without the manual.
 */
export async function catalogToXlsx(entries: readonly CatalogEntry[], taxonomy: CatalogTaxonomy): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单 List', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(importColumns.map(bilingualHeader));
  importColumns.forEach((column, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: column.required };
    sheet.getColumn(index + 1).width = column.key.startsWith('summary') ? 48 : 18;
  });
  for (const entry of entries) sheet.addRow(rowValues(entryToRow(entry, taxonomy)));

  const values = workbook.addWorksheet('取值说明 Values');
  values.addRow(['类别 Kind', '代码 Code', '中文 Chinese', 'English']);
  for (const s of [...taxonomy.smeScenarios.scenarios, ...taxonomy.imsScenarios.scenarios])
    values.addRow(['场景 Scenario', s.code, s.name['zh-CN'], s.name.en ?? '']);
  for (const c of taxonomy.clusters.clusters) values.addRow(['产业集群 Cluster', c.code, c.name['zh-CN'], c.name.en ?? '']);
  for (const c of taxonomy.capabilities) values.addRow(['能力 Capability', c.code, c.name['zh-CN'], c.name.en ?? '']);
  for (const [code, aliases] of Object.entries(valueAliases.domain)) values.addRow(['能力域 Domain', code, aliases[0] ?? code, code]);
  for (const [code, aliases] of Object.entries(valueAliases.deployment))
    values.addRow(['部署方式 Deployment', code, aliases[0] ?? code, code]);
  for (const [code, aliases] of Object.entries(valueAliases.providerType))
    values.addRow(['服务商类型 Provider', code, aliases[0] ?? code, code]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export function catalogTemplateXlsx(example: CatalogEntry, taxonomy: CatalogTaxonomy): Promise<Uint8Array> {
  return catalogToXlsx([example], taxonomy);
}
