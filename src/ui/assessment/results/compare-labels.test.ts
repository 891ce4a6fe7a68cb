import { describe, expect, it } from 'vitest';
import { compareLabels } from './compare-labels';

describe('compareLabels', () => {
  it('adds the time when both assessments fall on the same day, so the two labels differ', () => {
    const [before, after] = compareLabels('2026-12-06T02:15:00', '2026-12-06T07:40:00', 'en');
    expect(before).not.toBe(after);
    expect(before).toMatch(/2:15/);
  });

  it('keeps the date alone when the days differ', () => {
    const [before, after] = compareLabels('2026-03-01T10:00:00', '2026-12-06T10:00:00', 'zh-CN');
    expect(before).toBe('2026年3月1日');
    expect(after).toBe('2026年12月6日');
  });
});
