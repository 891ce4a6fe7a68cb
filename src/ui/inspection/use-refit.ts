import { useCallback, useEffect, useMemo, useState } from 'react';
import { planRefit, thresholdFromCorrections, type RefitPlan } from '../../core/inspection/refit';
import type { InspectionProject, ModelSnapshot } from '../../core/inspection/records';
import type { InspectionClient } from '../../app/inspection/inspection-client';
import type { RefitOutcome } from '../../core/inspection/refit-engine';
import { transferable } from './read-files';
import { inspectionRepository, type ProjectsState } from './use-projects';

export type RefitState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'preview'; outcome: RefitOutcome; oldThreshold: number; teachGood: number }
  | { status: 'accepted' }
  | { status: 'rolledBack' }
  | { status: 'thresholdOnly'; value: number | undefined }
  | { status: 'failed'; error: unknown };

interface Inputs {
  plan: RefitPlan;
  teachGood: number;
  teachDefects: number;
}

function snapshotOf(project: InspectionProject): ModelSnapshot | undefined {
  if (!project.model) return undefined;
  return {
    model: project.model,
    threshold: project.threshold ?? project.proposedThreshold ?? 0,
    proposedThreshold: project.proposedThreshold ?? project.threshold ?? 0,
    goodScores: project.goodScores ?? [],
    goodImages: project.goodImages,
    defectTypes: project.defectTypes,
    defectScores: project.defectScores ?? [],
    replacedAt: new Date().toISOString(),
  };
}

/**
 * Refit with corrections: reads the project's stored teaching images and the refit copies of corrected
 * results, fits in the worker, and holds the outcome as a preview until the user accepts it. Accepting
 * keeps the replaced model as `previous`, so one step back is always possible.
 */
export function useRefit(client: InspectionClient | undefined, projects: ProjectsState, refreshKey: number) {
  const project = projects.selected;
  const [plan, setPlan] = useState<RefitPlan>();
  const [teachCounts, setTeachCounts] = useState<{ good: number; defect: number }>();
  const [state, setState] = useState<RefitState>({ status: 'idle' });

  const projectId = project?.id;
  const updatedAt = project?.updatedAt;
  // the teaching set changes only when the project does (teach, types, refit)
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    void inspectionRepository()
      .then((repo) => repo.teachImages(projectId))
      .then((teach) => live && setTeachCounts({ good: teach.filter((t) => t.kind === 'good').length, defect: teach.filter((t) => t.kind === 'defect').length }));
    return () => {
      live = false;
    };
  }, [projectId, updatedAt]);
  // corrections change with every review in the history list
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    void inspectionRepository()
      .then((repo) => repo.reviewedResults(projectId))
      .then((reviewed) => live && setPlan(planRefit(reviewed)));
    return () => {
      live = false;
    };
  }, [projectId, refreshKey]);
  const inputs = useMemo<Inputs | undefined>(() => (plan && teachCounts ? { plan, teachGood: teachCounts.good, teachDefects: teachCounts.defect } : undefined), [plan, teachCounts]);

  const run = useCallback(async () => {
    if (!client || !project || !inputs) return;
    try {
      const repo = await inspectionRepository();
      const [teach, copies] = await Promise.all([repo.teachImages(project.id), repo.refitCopies(inputs.plan.usable.map((r) => r.id))]);
      const corrections = inputs.plan.usable.flatMap((r) => {
        const bytes = copies.get(r.id);
        return bytes ? [{ expected: r.verdict, ...(r.verdict === 'ng' && r.defectType ? { label: r.defectType } : {}), image: transferable(bytes) }] : [];
      });
      const teachGood = teach.filter((t) => t.kind === 'good');
      setState({ status: 'running', done: 0, total: teach.length + corrections.length });
      const outcome = await client.request(
        {
          type: 'refit',
          key: project.id,
          teachGood: teachGood.map((t) => transferable(t.bytes)),
          teachDefects: teach.flatMap((t) => (t.kind === 'defect' && t.label ? [{ label: t.label, image: transferable(t.bytes) }] : [])),
          corrections,
        },
        (done, total) => setState({ status: 'running', done, total }),
      );
      setState({ status: 'preview', outcome, oldThreshold: project.threshold ?? 0, teachGood: teachGood.length });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [client, project, inputs]);

  const accept = useCallback(async () => {
    if (state.status !== 'preview' || !project) return;
    const { outcome } = state;
    const previous = snapshotOf(project);
    try {
      await projects.update({
        model: outcome.model,
        goodScores: Array.from(outcome.goodScores),
        proposedThreshold: outcome.threshold,
        threshold: outcome.threshold,
        goodImages: outcome.goodImages,
        defectTypes: outcome.types,
        defectScores: outcome.defectScores,
        ...(previous ? { previous } : {}),
      });
      setState({ status: 'accepted' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [state, project, projects]);

  /** Swaps the current and previous model, so going back can itself be undone. */
  const rollback = useCallback(async () => {
    if (!project?.previous) return;
    const back = project.previous;
    const current = snapshotOf(project);
    try {
      await projects.update({
        model: back.model,
        threshold: back.threshold,
        proposedThreshold: back.proposedThreshold,
        goodScores: back.goodScores,
        goodImages: back.goodImages,
        defectTypes: back.defectTypes,
        defectScores: back.defectScores ?? [],
        ...(current ? { previous: current } : {}),
      });
      setState({ status: 'rolledBack' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [project, projects]);

  /** For projects taught before teaching images were kept: only the threshold can follow the corrections. */
  const thresholdOnly = useCallback(async () => {
    if (!project) return;
    try {
      const all = await (await inspectionRepository()).allResults(project.id);
      const value = thresholdFromCorrections(project.threshold ?? 0, all);
      if (value !== undefined) await projects.update({ threshold: value });
      setState({ status: 'thresholdOnly', value });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [project, projects]);

  return { inputs, state, run, accept, discard: () => setState({ status: 'idle' }), rollback, thresholdOnly };
}
