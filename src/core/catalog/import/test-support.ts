/** Test helpers: building files the way other programs write them. Not used by the app. */
import { loadExcelJs } from './read-xlsx';

let gbkTable: Map<string, number[]> | undefined;

/** GBK encoder built from the platform's GBK decoder, so tests need no encoding library. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

export type FixtureCell = string | number | boolean | null | { formula: string; result?: string | number };

/** An XLSX with the given rows (first row = sheet row 1) and merged ranges like "A1:F1". */
export async function buildXlsx(rows: FixtureCell[][], merges: string[] = []): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value =
        typeof value === 'object'
          ? value.result === undefined
            ? { formula: value.formula, date1904: false }
            : { formula: value.formula, result: value.result, date1904: false }
          : value;
    });
  });
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
