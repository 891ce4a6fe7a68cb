import type { InspectionResult } from './records';

export interface DayCount {
  readonly day: string;
  readonly ok: number;
  readonly ng: number;
}

export interface InspectionStats {
  readonly ok: number;
  readonly ng: number;
  readonly corrected: number;
  /** Per calendar day (local time), oldest first. */
  readonly byDay: DayCount[];
  /** Defect types of NG results, most frequent first, with the cumulative share for a Pareto chart. */
  readonly pareto: { name: string; count: number; cumulative: number }[];
}

function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Counts use the verdict that counts (reviewers' corrections included). `unnamed` labels NG without a type. */
export function inspectionStats(
  results: readonly Pick<InspectionResult, 'checkedAt' | 'verdict' | 'modelVerdict' | 'defectType'>[],
  unnamed: string,
): InspectionStats {
  let ok = 0;
  let ng = 0;
  let corrected = 0;
  const days = new Map<string, { ok: number; ng: number }>();
  const types = new Map<string, number>();
  for (const r of results) {
    const day = days.get(dayOf(r.checkedAt)) ?? { ok: 0, ng: 0 };
    if (r.verdict === 'ok') {
      ok++;
      day.ok++;
    } else {
      ng++;
      day.ng++;
      const name = r.defectType ?? unnamed;
      types.set(name, (types.get(name) ?? 0) + 1);
    }
    if (r.verdict !== r.modelVerdict) corrected++;
    days.set(dayOf(r.checkedAt), day);
  }
  const sorted = [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let running = 0;
  const pareto = sorted.map(([name, count]) => {
    running += count;
    return { name, count, cumulative: ng ? running / ng : 0 };
  });
  const byDay = [...days.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([day, c]) => ({ day, ...c }));
  return { ok, ng, corrected, byDay, pareto };
}
