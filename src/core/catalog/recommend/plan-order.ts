import type { PlanItem, PlanProblem } from './plan-problem';

interface ProviderIndex {
  byId: Map<string, PlanItem[]>;
  byCapability: Map<string, PlanItem[]>;
  byUnit: Map<number, PlanItem[]>;
  rank: Map<PlanItem, number>;
}

/** Who provides what within a pool, built once per pool: the search asks this for every item. */
const indexes = new WeakMap<readonly PlanItem[], ProviderIndex>();

function providerIndex(pool: readonly PlanItem[]): ProviderIndex {
  const cached = indexes.get(pool);
  if (cached) return cached;
  const index: ProviderIndex = { byId: new Map(), byCapability: new Map(), byUnit: new Map(), rank: new Map(pool.map((p, i) => [p, i])) };
  const add = <K>(map: Map<K, PlanItem[]>, key: K, item: PlanItem) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== item) list.push(item);
    } else map.set(key, [item]);
  };
  for (const item of pool) {
    add(index.byId, item.entry.id, item);
    for (const code of item.entry.provides) add(index.byCapability, code, item);
    for (const lift of item.lifts) add(index.byUnit, lift.unit, item);
  }
  indexes.set(pool, index);
  return index;
}

/** Items that could satisfy what `item` needs: named entries, capability providers, providers of its main level. */
export function possibleProviders(problem: PlanProblem, item: PlanItem, pool: readonly PlanItem[]): PlanItem[] {
  const index = providerIndex(pool);
  const providers = new Set<PlanItem>();
  for (const id of item.needsEntries) for (const other of index.byId.get(id) ?? []) providers.add(other);
  for (const code of item.needsCapabilities) for (const other of index.byCapability.get(code) ?? []) providers.add(other);
  const primary = item.primary;
  const current = primary ? (problem.units[primary.unit]?.current ?? 0) : 0;
  if (primary && primary.from > current) {
    for (const other of index.byUnit.get(primary.unit) ?? []) {
      const lifts = other.lifts.filter((l) => l.unit === primary.unit && l.to >= primary.from);
      if (lifts.some((l) => (l.primary ? l.from < primary.from : l.from <= current))) providers.add(other);
    }
  }
  providers.delete(item);
  // Pool order, as before the index: the search order and tie-breaks depend on it.
  return [...providers].sort((a, b) => (index.rank.get(a) ?? 0) - (index.rank.get(b) ?? 0));
}

/**
 * Providers before the items that may need them (Kahn's algorithm, best value-per-cost first among the
 * ready ones). Items caught in a provider loop come last and are marked, so the search checks them at the end.
 */
export function searchOrder(
  problem: PlanProblem,
  pool: readonly PlanItem[],
  score: (item: PlanItem) => number,
): { order: PlanItem[]; loopIndex: number } {
  const waitsFor = new Map<PlanItem, Set<PlanItem>>();
  const dependents = new Map<PlanItem, PlanItem[]>();
  for (const item of pool) {
    const providers = possibleProviders(problem, item, pool);
    waitsFor.set(item, new Set(providers));
    for (const p of providers) dependents.set(p, [...(dependents.get(p) ?? []), item]);
  }
  const order: PlanItem[] = [];
  const ready = pool.filter((item) => waitsFor.get(item)?.size === 0);
  while (ready.length > 0) {
    ready.sort((a, b) => score(b) - score(a) || a.entry.id.localeCompare(b.entry.id));
    const next = ready.shift();
    if (!next) break;
    order.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const waiting = waitsFor.get(dependent);
      waiting?.delete(next);
      if (waiting?.size === 0) ready.push(dependent);
    }
  }
  const loopIndex = order.length;
  const placed = new Set(order);
  for (const item of pool) if (!placed.has(item)) order.push(item);
  return { order, loopIndex };
}

/** Entries worth considering: those that close a gap, plus every entry that could enable them, transitively. */
export function candidatePool(problem: PlanProblem): PlanItem[] {
  const pool = new Set(problem.items.filter((item) => item.levelBound > 0));
  const queue = [...pool];
  while (queue.length > 0) {
    const item = queue.pop();
    if (!item) break;
    for (const provider of possibleProviders(problem, item, problem.items)) {
      if (!pool.has(provider)) {
        pool.add(provider);
        queue.push(provider);
      }
    }
  }
  return problem.items.filter((item) => pool.has(item));
}
