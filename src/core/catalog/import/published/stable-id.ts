import { labelKey } from './normalize-text';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/**
 * An id for an entry of a list that has none: from the publisher and the entry's name and provider, not
 * its position or price. A corrected price or description keeps the id, so the next import shows the
 * entry as changed, not as removed and added. 64 bits for the entry part: no collisions in 20,000 rows.
 */
export function stableEntryId(publisher: string, name: string, provider: string | undefined): string {
  const content = `${labelKey(name)}|${labelKey(provider ?? '')}`;
  return `pl-${hex(fnv1a(labelKey(publisher), 0x811c9dc5))}-${hex(fnv1a(content, 0x811c9dc5))}${hex(fnv1a(content, 0x5bd1e995))}`;
}
