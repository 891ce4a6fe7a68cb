import { describe, expect, it } from 'vitest';
import { findFramework } from '../assessment/bundled-frameworks';
import { bundledFrameworks } from '../assessment/bundled-frameworks';
import { aggregatePark, mainFramework } from './aggregate';
import { importBundles, type ImportOptions } from './import-bundles';
import { fileOf, quickCheckBundle } from './test-support';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

function options(known: Set<string> = new Set()): ImportOptions {
  let n = 0;
  return { frameworks: bundledFrameworks(), known, importedAt: '2026-11-25T00:00:00.000Z', newId: () => `p${n++}` };
}

describe('importBundles', () => {
  it('imports valid bundles and rejects each bad one with its reason, keeping the rest', async () => {
    const good = [0, 1, 2, 3].map((i) => fileOf(`ok-${i}.json`, quickCheckBundle(quick, i)));
    const unknownVersion = fileOf('old.json', quickCheckBundle(quick, 9).replace('"frameworkVersion":"1.0.0"', '"frameworkVersion":"0.9.0"'));
    const corrupt = fileOf('cut.json', quickCheckBundle(quick, 10).slice(0, 200));
    const duplicate = fileOf('ok-1-again.json', quickCheckBundle(quick, 1));
    const notBundle = fileOf('notes.json', '{"hello":1}');
    const outcome = await importBundles([...good, unknownVersion, corrupt, duplicate, notBundle], options());
    expect(outcome.accepted.map((r) => r.sourceName)).toEqual(['ok-0.json', 'ok-1.json', 'ok-2.json', 'ok-3.json']);
    const reasons = Object.fromEntries(outcome.rejected.map((r) => [r.name, r.reason]));
    expect(reasons['old.json']).toMatchObject({ code: 'park.invalid', problems: [expect.objectContaining({ code: 'file.unknownFramework' })] });
    expect(reasons['cut.json']).toMatchObject({ code: 'park.invalid', problems: [expect.objectContaining({ code: 'file.notJson' })] });
    expect(reasons['ok-1-again.json']).toEqual({ code: 'park.duplicate', duplicateOf: 'batch' });
    expect(reasons['notes.json']).toMatchObject({ problems: [expect.objectContaining({ code: 'file.wrongFormat' })] });
  });

  it('recognises a bundle already in the pool, whatever the file is called', async () => {
    const first = await importBundles([fileOf('a.json', quickCheckBundle(quick, 5))], options());
    const known = new Set(first.accepted.map((r) => r.fingerprint));
    const second = await importBundles([fileOf('renamed.json', quickCheckBundle(quick, 5)), fileOf('b.json', quickCheckBundle(quick, 6))], options(known));
    expect(second.rejected).toEqual([{ name: 'renamed.json', reason: { code: 'park.duplicate', duplicateOf: 'pool' } }]);
    expect(second.accepted).toHaveLength(1);
  });

  it('computes the figures with this app\'s engine, not the copy the bundle carries', async () => {
    const tampered = JSON.parse(quickCheckBundle(quick, 3)) as { result: { level: number } };
    tampered.result.level = 5;
    const outcome = await importBundles([fileOf('t.json', JSON.stringify(tampered))], options());
    const honest = await importBundles([fileOf('h.json', quickCheckBundle(quick, 3))], options());
    expect(outcome.accepted[0]?.level).toBe(honest.accepted[0]?.level);
    expect(outcome.accepted[0]?.level).not.toBe(5);
  });

  it('reports progress in chunks and pauses between them', async () => {
    const files = Array.from({ length: 25 }, (_, i) => fileOf(`${i}.json`, quickCheckBundle(quick, i)));
    const progress: number[] = [];
    let pauses = 0;
    await importBundles(files, { ...options(), chunkSize: 10, onProgress: (done) => progress.push(done), pause: () => Promise.resolve(void pauses++) });
    expect(progress).toEqual([10, 20, 25]);
    expect(pauses).toBe(3);
  });
});

describe('aggregatePark', () => {
  it('gives level distribution, domain means by cluster and size, and the most common gaps', async () => {
    const files = Array.from({ length: 40 }, (_, i) => fileOf(`${i}.json`, quickCheckBundle(quick, i)));
    const { accepted } = await importBundles(files, options());
    expect(mainFramework(accepted)).toBe('quick-check');
    const view = aggregatePark(accepted, 'quick-check');
    expect(view.count).toBe(40);
    expect(view.overall.levels.reduce((a, b) => a + b, 0)).toBe(40);
    expect(view.byCluster.reduce((sum, g) => sum + g.count, 0)).toBe(40);
    expect(view.byCluster).toHaveLength(8);
    expect(view.bySize.map((g) => g.count)).toEqual([10, 10, 10, 10]);
    const nev = accepted.filter((r) => r.company.cluster === 'nev');
    const nevGroup = view.byCluster.find((g) => g.key === 'nev');
    expect(nevGroup?.count).toBe(nev.length);
    expect(nevGroup?.meanLevel).toBeCloseTo(nev.reduce((s, r) => s + r.level, 0) / nev.length, 2);
    // Every assessment names three weakest domains.
    expect(view.commonGaps.reduce((s, g) => s + g.count, 0)).toBe(40 * 3);
    expect(view.commonGaps[0]?.count).toBeGreaterThanOrEqual(view.commonGaps[1]?.count ?? 0);
    expect(aggregatePark(accepted, 'cmmm-2020').count).toBe(0);
  });
});
