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
    const unknownVersion = fileOf(
      'old.json',
      quickCheckBundle(quick, 9).replace('"frameworkVersion":"1.0.0"', '"frameworkVersion":"0.9.0"'),
    );
    const corrupt = fileOf('cut.json', quickCheckBundle(quick, 10).slice(0, 200));
    const duplicate = fileOf('ok-1-again.json', quickCheckBundle(quick, 1));
    const notBundle = fileOf('notes.json', '{"hello":1}');
    const outcome = await importBundles([...good, unknownVersion, corrupt, duplicate, notBundle], options());
    expect(outcome.accepted.map((r) => r.sourceName)).toEqual(['ok-0.json', 'ok-1.json', 'ok-2.json', 'ok-3.json']);
    const reasons = Object.fromEntries(outcome.rejected.map((r) => [r.name, r.reason]));
    expect(reasons['old.json']).toMatchObject({
      code: 'park.invalid',
      problems: [expect.objectContaining({ code: 'file.unknownFramework' })],
    });
    expect(reasons['cut.json']).toMatchObject({ code: 'park.invalid', problems: [expect.objectContaining({ code: 'file.notJson' })] });
    expect(reasons['ok-1-again.json']).toEqual({ code: 'park.duplicate', duplicateOf: 'batch' });
    expect(reasons['notes.json']).toMatchObject({
      problems: [expect.objectContaining({ code: 'file.wrongKind', params: { seen: 'unknown', expected: 'park' } })],
    });
  });

  it('takes a client file (the latest completed assessment per framework, no contact details) and names the kind of a file it does not take', async () => {
    const bundle = JSON.parse(quickCheckBundle(quick, 4)) as { company: Record<string, unknown>; assessment: Record<string, unknown> };
    const older = { ...bundle.assessment, id: 'old', completedAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z' };
    const draft = { ...bundle.assessment, id: 'draft', status: 'inProgress', completedAt: undefined };
    const client = (assessments: unknown[]) =>
      JSON.stringify({
        format: 'gongzhi-client-backup',
        formatVersion: 1,
        exportedAt: '2026-10-03T00:00:00.000Z',
        company: { ...bundle.company, contactName: '王经理', contactPhone: '13800000000' },
        assessments: assessments.map((a) => ({ ...(a as object), industryType: bundle.company.industryType })),
        attachments: [],
      });
    const outcome = await importBundles(
      [
        fileOf('王记.gongzhi-client.json', client([older, bundle.assessment, draft])),
        fileOf('drafts-only.gongzhi-client.json', client([draft])),
        fileOf('workspace.gzbak', 'GONGZHI-BACKUP\n{"format":1}\n'),
        fileOf('case.json', '{"format":"gongzhi-training-case","formatVersion":1}'),
      ],
      options(),
    );
    expect(outcome.accepted).toHaveLength(1);
    expect(outcome.accepted[0]).toMatchObject({ sourceName: '王记.gongzhi-client.json', completedAt: bundle.assessment.completedAt });
    expect(JSON.stringify(outcome.accepted[0]?.company)).not.toContain('138');
    const reasons = Object.fromEntries(outcome.rejected.map((r) => [r.name, r.reason]));
    expect(reasons['drafts-only.gongzhi-client.json']).toEqual({ code: 'park.nothingCompleted' });
    expect(reasons['workspace.gzbak']).toMatchObject({
      problems: [expect.objectContaining({ code: 'file.wrongKind', params: { seen: 'workspaceBackup', expected: 'park' } })],
    });
    expect(reasons['case.json']).toMatchObject({
      problems: [expect.objectContaining({ params: { seen: 'trainingCase', expected: 'park' } })],
    });
    // The same assessment from a results bundle is recognised as already pooled.
    const again = await importBundles(
      [fileOf('bundle.json', quickCheckBundle(quick, 4))],
      options(new Set(outcome.accepted.map((r) => r.fingerprint))),
    );
    expect(again.rejected).toEqual([{ name: 'bundle.json', reason: { code: 'park.duplicate', duplicateOf: 'pool' } }]);
  });

  it('recognises a bundle already in the pool, whatever the file is called', async () => {
    const first = await importBundles([fileOf('a.json', quickCheckBundle(quick, 5))], options());
    const known = new Set(first.accepted.map((r) => r.fingerprint));
    const second = await importBundles(
      [fileOf('renamed.json', quickCheckBundle(quick, 5)), fileOf('b.json', quickCheckBundle(quick, 6))],
      options(known),
    );
    expect(second.rejected).toEqual([{ name: 'renamed.json', reason: { code: 'park.duplicate', duplicateOf: 'pool' } }]);
    expect(second.accepted).toHaveLength(1);
  });

  it("computes the figures with this app's engine, not the copy the bundle carries", async () => {
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
    await importBundles(files, {
      ...options(),
      chunkSize: 10,
      onProgress: (done) => progress.push(done),
      pause: () => Promise.resolve(void pauses++),
    });
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
