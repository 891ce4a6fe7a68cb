import type { Highs } from 'highs';
import { support, totalsOf, unitReach } from './evaluate-plan';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/**
 * The roadmap problem as a mixed-integer program, for an exact solver (exact-solve.ts). Columns:
 *  - x_i ∈ {0,1}: pool item i is chosen;
 *  - y_{u,l} ∈ [0,1]: unit u reaches level l, for current_u < l ≤ max(target_u, highest level an
 *    item's main lift needs), worth `levelPoints` up to the target;
 *  - voucher use on voucher-only and on both-eligible items, and the subsidy (continuous).
 * Rows follow evaluate-plan.ts: levels are a prefix (y_{u,l} ≤ y_{u,l−1}); a level is reached only
 * when a chosen lift covers that step (from ≤ l−1 < l ≤ to; a side lift only from the current level,
 * a main lift from any level, since reaching its `from` is what the prefix asks); an item's main
 * level must be reached (x_i ≤ y_{u,from}); named entries and capability needs have a chosen
 * provider; cost less support within the budget, where the support is at most what support()
 * grants (vouchers pay in full and the subsidy rate is below 1, so the solver uses the most support,
 * which is exactly support()). What the rows cannot say is the order: a provider that itself needs
 * the item it provides for (a cycle) passes the rows but not isReady; the solver checks every plan
 * with evaluateSelection and cuts such sets off (exact-solve.ts).
 */
export interface ExactModel {
  numCols: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integer: Uint8Array;
  /** CSR rows, each `lower ≤ Σ value·col ≤ upper`. */
  rowLower: number[];
  rowUpper: number[];
  starts: number[];
  indices: number[];
  values: number[];
  /** Column of each pool item's x. */
  itemCol: number[];
  /** Columns of y_{u,l} per unit, for l = current_u + 1 upwards (for rows a caller adds, e.g. the SME level rule). */
  levelCol: number[][];
  /** A full column vector for a given chosen set (for the incumbent handed to the solver). */
  columnsFor: (items: readonly PlanItem[]) => Float64Array;
}

export function buildExactModel(problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput): ExactModel {
  const n = pool.length;
  const { units } = problem;
  // Highest level each unit needs to be tracked to: its target, or a level some main lift starts from.
  const top = units.map((u) => u.target);
  for (const item of pool) {
    const p = item.primary;
    if (p && p.from > (units[p.unit]?.current ?? 0)) top[p.unit] = Math.max(top[p.unit] ?? 0, p.from);
  }
  let col = n;
  const levelCol: number[][] = units.map((unit, u) => {
    const cols: number[] = [];
    for (let l = unit.current + 1; l <= (top[u] ?? 0); l += 1) cols.push(col++);
    return cols;
  });
  const voucherOnlyCol = col++;
  const voucherBothCol = col++;
  const subsidyCol = col++;
  const numCols = col;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integer = new Uint8Array(numCols);
  pool.forEach((item, i) => {
    colCost[i] = item.bonus;
    integer[i] = 1;
  });
  units.forEach((unit, u) => (levelCol[u] ?? []).forEach((c, k) => (colCost[c] = unit.current + 1 + k <= unit.target ? levelPoints : 0)));
  const vouchers = Math.max(0, funding.voucherWan * 100);
  colUpper[voucherOnlyCol] = vouchers;
  colUpper[voucherBothCol] = vouchers;
  colUpper[subsidyCol] = funding.subsidyRate > 0 ? Math.max(0, funding.subsidyCapWan * 100) : 0;

  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const row = (terms: readonly (readonly [number, number])[], upper: number, lower = -Infinity) => {
    for (const [c, v] of terms) {
      indices.push(c);
      values.push(v);
    }
    starts.push(indices.length);
    rowLower.push(lower);
    rowUpper.push(upper);
  };

  units.forEach((unit, u) => {
    (levelCol[u] ?? []).forEach((c, k) => {
      const level = unit.current + 1 + k;
      const below = levelCol[u]?.[k - 1];
      if (below !== undefined)
        row(
          [
            [c, 1],
            [below, -1],
          ],
          0,
        );
      const covers: [number, number][] = [];
      pool.forEach((item, i) => {
        const lift = item.lifts.find((l) => l.unit === u && l.from <= level - 1 && l.to >= level && (l.primary || l.from <= unit.current));
        if (lift) covers.push([i, -1]);
      });
      if (covers.length === 0) colUpper[c] = 0;
      else row([[c, 1], ...covers], 0);
    });
  });

  const byId = new Map<string, number>();
  const byCapability = new Map<string, number[]>();
  pool.forEach((item, i) => {
    byId.set(item.entry.id, i);
    for (const code of item.entry.provides) byCapability.set(code, [...(byCapability.get(code) ?? []), i]);
  });
  pool.forEach((item, i) => {
    const p = item.primary;
    const current = p ? (units[p.unit]?.current ?? 0) : 0;
    if (p && p.from > current) {
      const c = levelCol[p.unit]?.[p.from - current - 1];
      if (c === undefined) colUpper[i] = 0;
      else
        row(
          [
            [i, 1],
            [c, -1],
          ],
          0,
        );
    }
    for (const id of item.needsEntries) {
      const j = byId.get(id);
      if (j === undefined || j === i) colUpper[i] = 0;
      else
        row(
          [
            [i, 1],
            [j, -1],
          ],
          0,
        );
    }
    for (const code of item.needsCapabilities) {
      // isReady counts what the items before this one provide, never the item itself.
      const providers = (byCapability.get(code) ?? []).filter((j) => j !== i);
      if (providers.length === 0) colUpper[i] = 0;
      else row([[i, 1], ...providers.map((j): [number, number] => [j, -1])], 0);
    }
  });

  // Budget: gross cost − vouchers − subsidy ≤ budget, each support within what the chosen items allow.
  const rate = funding.subsidyRate;
  const costTerms = (keep: (item: PlanItem) => boolean, scale: number) =>
    pool.flatMap((item, i): [number, number][] => (keep(item) && item.cost > 0 ? [[i, scale * item.cost]] : []));
  const isBoth = (item: PlanItem) => item.voucherEligible && item.subsidyEligible;
  row([...costTerms(() => true, 1), [voucherOnlyCol, -1], [voucherBothCol, -1], [subsidyCol, -1]], funding.budgetWan * 100);
  row([[voucherOnlyCol, 1], ...costTerms((item) => item.voucherEligible && !item.subsidyEligible, -1)], 0);
  row([[voucherBothCol, 1], ...costTerms(isBoth, -1)], 0);
  row(
    [
      [voucherOnlyCol, 1],
      [voucherBothCol, 1],
    ],
    vouchers,
  );
  if (rate > 0) row([[subsidyCol, 1], [voucherBothCol, rate], ...costTerms((item) => item.subsidyEligible, -rate)], 0);

  const columnsFor = (items: readonly PlanItem[]): Float64Array => {
    const x = new Float64Array(numCols);
    const position = new Map(pool.map((item, i) => [item, i]));
    for (const item of items) {
      const i = position.get(item);
      if (i !== undefined) x[i] = 1;
    }
    const reach = unitReach(problem, items);
    units.forEach((unit, u) => (levelCol[u] ?? []).forEach((c, k) => (x[c] = (reach[u] ?? 0) >= unit.current + 1 + k ? 1 : 0)));
    const totals = totalsOf(items);
    const used = support(totals, funding);
    x[voucherOnlyCol] = used.voucher - used.voucherOnBoth;
    x[voucherBothCol] = used.voucherOnBoth;
    x[subsidyCol] = used.subsidy;
    return x;
  };

  return {
    numCols,
    colCost,
    colLower,
    colUpper,
    integer,
    rowLower,
    rowUpper,
    starts,
    indices,
    values,
    itemCol: pool.map((_, i) => i),
    levelCol,
    columnsFor,
  };
}

/** The model in HiGHS, maximising; `integer` false gives its LP relaxation (every column continuous). The caller disposes it. */
export function createHighsModel(highs: Highs, m: ExactModel, integer: boolean): ReturnType<Highs['createModel']> {
  const inf = highs.infinity;
  const clip = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const { integer: integerType, continuous } = highs.constants.variableType;
  return highs.createModel({
    numCols: m.numCols,
    numRows: m.rowLower.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower.map(clip),
    rowUpper: m.rowUpper.map(clip),
    matrix: { format: 'csr', numRows: m.rowLower.length, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
    integrality: [...m.integer].map((k) => (integer && k === 1 ? integerType : continuous)),
  });
}
