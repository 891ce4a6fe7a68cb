import Papa from 'papaparse';
import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import { bilingualHeader, importColumns } from './column-spec';
import { entryToRow, rowValues } from './entry-to-row';

// Apart from the XLSX template so that the screen can offer the CSV one without reaching exceljs.
const utf8Bom = '\uFEFF';

/** CSV with the bilingual header row and the given rows; UTF-8 with BOM so that Excel opens it correctly. */
export function catalogToCsv(entries: readonly CatalogEntry[], taxonomy: CatalogTaxonomy): string {
  const header = importColumns.map(bilingualHeader);
  const rows = entries.map((entry) => rowValues(entryToRow(entry, taxonomy)).map(String));
  return utf8Bom + Papa.unparse([header, ...rows]);
}

/** The downloadable CSV template: headers plus one example row. */
export function catalogTemplateCsv(example: CatalogEntry, taxonomy: CatalogTaxonomy): string {
  return catalogToCsv([example], taxonomy);
}
