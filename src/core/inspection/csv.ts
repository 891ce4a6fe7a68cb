import { localDateTime } from '../format/local-time';
import type { InspectionResult } from './records';

export interface CsvLabels {
  readonly headers: readonly [string, string, string, string, string, string, string, string, string, string];
  readonly verdict: Record<'ok' | 'ng', string>;
}

function cell(value: string | number): string {
  const text = String(value);
  // a leading = + - @ would run as a formula in Excel: prefix with an apostrophe
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 BOM so Excel on Chinese Windows opens it with the right encoding; times in local time. */
export function resultsCsv(projectName: string, results: readonly InspectionResult[], labels: CsvLabels): string {
  const rows = [labels.headers.map(cell).join(',')];
  for (const r of results) {
    rows.push(
      [
        projectName,
        localDateTime(new Date(r.checkedAt)),
        r.fileName,
        labels.verdict[r.verdict],
        labels.verdict[r.modelVerdict],
        r.score.toFixed(3),
        r.threshold.toFixed(3),
        r.defectType ?? '',
        r.backend,
        Math.round(r.timingMs),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
