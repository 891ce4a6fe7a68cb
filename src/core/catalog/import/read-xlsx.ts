import type ExcelJs from 'exceljs';
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { SheetCell, SheetRow } from './import-types';

/** exceljs is large; it is loaded only when an XLSX file is actually read or written. */
export async function loadExcelJs(): Promise<typeof ExcelJs> {
  // exceljs is CommonJS: Node and Vite both hand its exports over as the default export.
  return (await import('exceljs')).default;
}

export async function readXlsxWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const copy = new Uint8Array(bytes);
  await workbook.xlsx.load(copy.buffer);
  return workbook;
}

/** The sheet that holds the list: the first one with any content. */
export function pickListSheet(workbook: Workbook): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.actualRowCount > 0);
}

/**
 * Rows as the user sees them. A merged range shows its value in every cell it covers, so merged
 * cells (a sub-sector spanning several rows, say) yield the master value in each covered cell.
 */
export function readSheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let col = 1; col <= width; col += 1) cells.push(cellValue(row.getCell(col)));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function cellValue(cell: Cell): SheetCell {
  const source = cell.isMerged && cell.master !== cell ? cell.master : cell;
  return fromValue(source.value);
}

function fromValue(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('error' in value) return { problem: 'cellError', text: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null)
      return { problem: 'formulaWithoutValue', text: 'formula' in value ? String(value.formula) : '' };
    if (typeof result === 'object' && !(result instanceof Date)) return { problem: 'cellError', text: String(result.error) };
    return fromValue(result);
  }
  if ('text' in value) return String(value.text);
  return null;
}
