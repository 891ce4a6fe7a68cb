import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPartPng } from '../../../test/support/synthetic-parts.mjs';
import { isWorkerClosed } from '../../shared/worker-transport';
import { installRoot, type AppRoot } from '../root';
import { installTestRoot } from '../test-support';
import {
  acceptRefit,
  allResults,
  checkAndStore,
  createProject,
  listProjects,
  loadProjectModel,
  openInspectionSession,
  queueInspectionBatch,
  refitPlan,
  reviewResult,
  rollbackModel,
  runInspectionBatch,
  runRefit,
  teachGoodParts,
  teachImageCounts,
  type InspectionSession,
} from '.';

const good = (seed: number) => ({ name: `good-${seed}.png`, bytes: syntheticPartPng(seed) });

describe('inspection actions (the real inspection worker handlers and model, in process)', () => {
  let root: AppRoot;
  let session: InspectionSession;

  beforeAll(async () => {
    root = await installTestRoot();
    const opened = openInspectionSession('wasm');
    session = opened.session;
    await opened.started;
  }, 120_000);
  afterAll(() => {
    session.close();
    installRoot(undefined);
  });

  it('teaches a project from good parts, checks and stores images, runs a batch, and refits from a correction', async () => {
    const project = await createProject('阀体');
    const progress: number[] = [];
    const taught = await teachGoodParts(
      session,
      project.id,
      Array.from({ length: 12 }, (_, i) => good(500 + i)),
      undefined,
      (done) => progress.push(done),
    );
    expect(progress.at(-1)).toBe(12);
    expect(taught.project.model).toBeInstanceOf(Uint8Array);
    expect(taught.project.goodImages).toBe(12);
    expect(await teachImageCounts(project.id)).toEqual({ good: 12, defect: 0 });
    expect((await listProjects())[0]?.threshold).toBe(taught.fit.threshold);

    await loadProjectModel(session, taught.project);
    const ok = await checkAndStore(session, 'wasm', taught.project, good(900), 'file');
    const pit = await checkAndStore(session, 'wasm', taught.project, { name: 'pit.png', bytes: syntheticPartPng(901, 'pit') }, 'file');
    expect(ok.outcome.isDefect).toBe(false);
    expect(pit.outcome.isDefect).toBe(true);
    expect(pit.stored?.verdict).toBe('ng');
    // a live camera frame is checked but not stored
    expect((await checkAndStore(session, 'wasm', taught.project, good(902), 'camera', false)).stored).toBeUndefined();
    expect(await allResults(project.id)).toHaveLength(2);

    const sources = [good(910), good(911)].map((f) => ({ name: f.name, bytes: () => Promise.resolve(f.bytes) }));
    sources.push({ name: 'broken.png', bytes: () => Promise.reject(new Error('gone')) });
    const batch = await queueInspectionBatch(project.id, sources, () => undefined);
    const run = await runInspectionBatch(session, 'wasm', taught.project, batch, {
      stopRequested: () => undefined,
      onProgress: () => undefined,
    });
    expect(run.batch.status).toBe('done');
    expect(run.batch.items.map((item) => item.state)).toEqual(['done', 'done', 'failed']);
    expect(await allResults(project.id)).toHaveLength(4);

    // the reviewer overrules the NG call (a false alarm): a correction the refit learns from, from its kept copy
    const ngResult = pit.stored;
    if (!ngResult) throw new Error('not stored');
    await reviewResult(ngResult.id, 'ok', undefined);
    const plan = await refitPlan(project.id);
    expect(plan.usable.map((r) => r.id)).toEqual([ngResult.id]);
    const refit = await runRefit(session, taught.project, plan, () => undefined);
    expect(refit.teachGood).toBe(12);
    const accepted = await acceptRefit(taught.project, refit.outcome);
    expect(accepted.previous?.threshold).toBe(taught.project.threshold);
    const back = await rollbackModel(accepted);
    expect(back?.threshold).toBe(taught.project.threshold);
    expect(back?.previous?.threshold).toBe(accepted.threshold);
  }, 240_000);

  it('ends calls on a closed session as closed, not as failures', async () => {
    const opened = openInspectionSession('wasm');
    opened.session.close();
    const error: unknown = await opened.started.catch((e: unknown) => e);
    expect(isWorkerClosed(error)).toBe(true);
    expect(root.repositories).toBeDefined();
  });
});
