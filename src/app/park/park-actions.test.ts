import { afterEach, describe, expect, it } from 'vitest';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { fileOf, quickCheckBundle } from '../../core/park/test-support';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import { clearParkPool, importParkBundles, loadParkPool, type ParkImportProgress } from '.';

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

afterEach(() => installRoot(undefined));

describe('park actions', () => {
  it('pools the good bundles with progress, refuses a duplicate of a pooled one, and clears the pool', async () => {
    await installTestRoot();
    const progress: ParkImportProgress[] = [];
    const first = await importParkBundles(
      [0, 1, 2].map((i) => fileOf(`ok-${i}.json`, quickCheckBundle(quick, i))),
      (p) => progress.push(p),
    );
    expect(first.accepted).toHaveLength(3);
    expect(progress.at(0)?.stage).toBe('reading');
    expect(progress.at(-1)).toEqual({ stage: 'storing', done: 3, total: 3 });
    expect(await loadParkPool()).toHaveLength(3);

    const again = await importParkBundles([fileOf('ok-1-again.json', quickCheckBundle(quick, 1))], () => undefined);
    expect(again.rejected.map((r) => r.reason)).toEqual([{ code: 'park.duplicate', duplicateOf: 'pool' }]);
    expect(await loadParkPool()).toHaveLength(3);

    await clearParkPool();
    expect(await loadParkPool()).toEqual([]);
  });
});
