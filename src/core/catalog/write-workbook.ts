import { loadExcelJs } from './import/read-xlsx';

export type SheetCell = string | number | null;

/** A sheet as plain data, so it can be built on the screen's thread and written in a worker. */
export interface SheetSpec {
  name: string;
  rows: { cells: SheetCell[]; style?: 'bold' | 'italic' }[];
  /** Column widths in characters, first column first. */
  widths: number[];
}

/** Writes the sheets into one XLSX workbook. exceljs loads only now. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) {
      const added = sheet.addRow(row.cells);
      if (row.style === 'bold') added.font = { bold: true };
      if (row.style === 'italic') added.font = { italic: true };
    }
    spec.widths.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
