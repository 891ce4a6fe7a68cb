import { describe, expect, it } from 'vitest';
import { diffCatalogs } from './catalog-diff';
import { loadReferenceCatalog } from './reference-catalog';

describe('diffCatalogs', () => {
  it('lists added, removed and changed entries with the changed fields', () => {
    const [a, b, c] = loadReferenceCatalog().entries;
    if (!a || !b || !c) throw new Error('catalog too small');
    const cheaper = { ...b, price: { ...b.price, yearlyWan: { min: 0, max: 0.1 } } };
    const diff = diffCatalogs([a, b], [cheaper, c]);
    expect(diff.added.map((e) => e.id)).toEqual([c.id]);
    expect(diff.removed.map((e) => e.id)).toEqual([a.id]);
    expect(diff.changed.map((ch) => [ch.id, ch.fields.map((f) => f.field)])).toEqual([[b.id, ['price']]]);
    expect(diffCatalogs([a], [{ ...a }]).unchanged).toBe(1);
  });
});
