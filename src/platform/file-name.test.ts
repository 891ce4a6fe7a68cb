import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name';

describe('safeFileName', () => {
  it('keeps ordinary and Chinese names', () => {
    expect(safeFileName('评估报告 2026-11-25.pdf')).toBe('评估报告 2026-11-25.pdf');
  });

  it('replaces characters Windows refuses and strips folders', () => {
    expect(safeFileName('报告 10:30.xlsx')).toBe('报告 10_30.xlsx');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\\b*c?"<>|\u0000\u0007.txt')).toBe('a_b_c_______.txt');
  });

  it('never returns an empty or dot-only name', () => {
    expect(safeFileName('')).toBe('gongzhi');
    expect(safeFileName(' .. ')).toBe('gongzhi');
    expect(safeFileName('...', 'report.pdf')).toBe('report.pdf');
  });

  it('shortens very long names but keeps the extension', () => {
    const name = safeFileName(`${'工'.repeat(300)}.gzbak`);
    expect(name.length).toBe(200);
    expect(name.endsWith('.gzbak')).toBe(true);
  });
});
