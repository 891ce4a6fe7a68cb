import Papa from 'papaparse';
import type { SheetRow } from './import-types';

/** Rows of a CSV text. Row numbers count records, as a spreadsheet program shows them after opening the file. */
export function readCsvRows(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
  return parsed.data.map((record, index) => ({ rowNumber: index + 1, cells: record.map((cell) => cell) }));
}
