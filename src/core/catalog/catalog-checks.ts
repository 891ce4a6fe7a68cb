import type { CatalogEntry } from './catalog-schema';
import type { CatalogTaxonomy } from './taxonomy';

/** Field of an entry an issue is about; import maps it back to the column the user sees. */
export type EntryField = 'id' | 'scenarios' | 'clusters' | 'prerequisites' | 'provides';

export interface CatalogIssue {
  /** i18n key in the `catalog` namespace, under `issue.*`. */
  code:
    | 'issue.duplicateId'
    | 'issue.unknownScenario'
    | 'issue.unknownCluster'
    | 'issue.unknownCapability'
    | 'issue.unknownEntry'
    | 'issue.selfPrerequisite'
    | 'issue.prerequisiteCycle';
  entryIndex: number;
  field: EntryField;
  params: Record<string, string | number>;
}

/**
 * Checks what a schema cannot: codes exist in the taxonomy, ids are unique, prerequisites resolve and
 * do not loop. Runs on the bundled list and on every import.
 */
export function checkCatalogReferences(entries: readonly CatalogEntry[], taxonomy: CatalogTaxonomy): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const scenarioCodes = new Set([...taxonomy.smeScenarios.scenarios, ...taxonomy.imsScenarios.scenarios].map((s) => s.code));
  const clusterCodes = new Set(taxonomy.clusters.clusters.map((c) => c.code));
  const capabilityCodes = new Set(taxonomy.capabilities.map((c) => c.code));
  const firstIndexById = new Map<string, number>();
  entries.forEach((entry, entryIndex) => {
    const first = firstIndexById.get(entry.id);
    if (first === undefined) firstIndexById.set(entry.id, entryIndex);
    else issues.push({ code: 'issue.duplicateId', entryIndex, field: 'id', params: { id: entry.id, firstEntry: first + 1 } });
  });
  entries.forEach((entry, entryIndex) => {
    for (const code of entry.scenarios) {
      if (!scenarioCodes.has(code)) issues.push({ code: 'issue.unknownScenario', entryIndex, field: 'scenarios', params: { value: code } });
    }
    for (const code of entry.clusters) {
      if (!clusterCodes.has(code)) issues.push({ code: 'issue.unknownCluster', entryIndex, field: 'clusters', params: { value: code } });
    }
    for (const code of entry.provides) {
      if (!capabilityCodes.has(code))
        issues.push({ code: 'issue.unknownCapability', entryIndex, field: 'provides', params: { value: code } });
    }
    for (const pre of entry.prerequisites) {
      if (pre.kind === 'capability' && !capabilityCodes.has(pre.code)) {
        issues.push({ code: 'issue.unknownCapability', entryIndex, field: 'prerequisites', params: { value: pre.code } });
      } else if (pre.kind === 'entry' && pre.id === entry.id) {
        issues.push({ code: 'issue.selfPrerequisite', entryIndex, field: 'prerequisites', params: { id: entry.id } });
      } else if (pre.kind === 'entry' && !firstIndexById.has(pre.id)) {
        issues.push({ code: 'issue.unknownEntry', entryIndex, field: 'prerequisites', params: { value: pre.id } });
      }
    }
  });
  for (const cycle of findCycles(entryDependencyGraph(entries, 'entries'))) {
    const entryIndex = firstIndexById.get(cycle[0] ?? '') ?? 0;
    issues.push({ code: 'issue.prerequisiteCycle', entryIndex, field: 'prerequisites', params: { cycle: cycle.join(' → ') } });
  }
  return issues;
}

/**
 * Edges id → ids it may wait for. 'entries' uses only named entry prerequisites; 'all' also links
 * an entry to every entry that provides a capability it needs (an "or" dependency).
 */
export function entryDependencyGraph(entries: readonly CatalogEntry[], mode: 'entries' | 'all'): Map<string, string[]> {
  const providers = new Map<string, string[]>();
  for (const entry of entries) {
    for (const code of entry.provides) providers.set(code, [...(providers.get(code) ?? []), entry.id]);
  }
  const graph = new Map<string, string[]>();
  for (const entry of entries) {
    const targets = entry.prerequisites.flatMap((pre) => {
      if (pre.kind === 'entry') return [pre.id];
      return mode === 'all' ? (providers.get(pre.code) ?? []).filter((id) => id !== entry.id) : [];
    });
    graph.set(entry.id, [...new Set([...(graph.get(entry.id) ?? []), ...targets])]);
  }
  return graph;
}

/** Each returned cycle lists ids from a node back to itself, e.g. [a, b, a]. One per strongly linked group. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const path: string[] = [];
  // Iterative depth-first search: imported lists can be long chains and recursion depth is not free.
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const targets = graph.get(top.id) ?? [];
      const target = targets[top.next];
      top.next += 1;
      if (target === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
      } else if (!graph.has(target) || state.get(target) === 'done') {
        continue;
      } else if (state.get(target) === 'open') {
        cycles.push([...path.slice(path.indexOf(target)), target]);
      } else {
        state.set(target, 'open');
        path.push(target);
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return cycles;
}
