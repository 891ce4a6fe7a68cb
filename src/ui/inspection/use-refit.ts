import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  acceptRefit,
  refitPlan,
  rollbackModel,
  runRefit,
  teachImageCounts,
  thresholdFromReviews,
  type InspectionSession,
} from '../../app/inspection';
import type { RefitPlan } from '../../core/inspection/refit';
import type { RefitOutcome } from '../../core/inspection/refit-engine';
import type { ProjectsState } from './use-projects';

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

/**
 * Refit with corrections: reads the project's stored teaching images and the refit copies of corrected
 * results, fits in the worker, and holds the outcome as a preview until the user accepts it. Accepting
 * keeps the replaced model as `previous`, so one step back is always possible.
 */
export function useRefit(client: InspectionSession | undefined, projects: ProjectsState, refreshKey: number) {
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
    void teachImageCounts(projectId).then((counts) => live && setTeachCounts(counts));
    return () => {
      live = false;
    };
  }, [projectId, updatedAt]);
  // corrections change with every review in the history list
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    void refitPlan(projectId).then((next) => live && setPlan(next));
    return () => {
      live = false;
    };
  }, [projectId, refreshKey]);
  const inputs = useMemo<Inputs | undefined>(
    () => (plan && teachCounts ? { plan, teachGood: teachCounts.good, teachDefects: teachCounts.defect } : undefined),
    [plan, teachCounts],
  );

  const run = useCallback(async () => {
    if (!client || !project || !inputs) return;
    try {
      const { outcome, teachGood } = await runRefit(client, project, inputs.plan, (done, total) =>
        setState({ status: 'running', done, total }),
      );
      setState({ status: 'preview', outcome, oldThreshold: project.threshold ?? 0, teachGood });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [client, project, inputs]);

  const accept = useCallback(async () => {
    if (state.status !== 'preview' || !project) return;
    try {
      projects.replace(await acceptRefit(project, state.outcome));
      setState({ status: 'accepted' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [state, project, projects]);

  /** Swaps the current and previous model, so going back can itself be undone. */
  const rollback = useCallback(async () => {
    if (!project?.previous) return;
    try {
      const back = await rollbackModel(project);
      if (back) projects.replace(back);
      setState({ status: 'rolledBack' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [project, projects]);

  /** For projects taught before teaching images were kept: only the threshold can follow the corrections. */
  const thresholdOnly = useCallback(async () => {
    if (!project) return;
    try {
      const { value, project: updated } = await thresholdFromReviews(project);
      projects.replace(updated);
      setState({ status: 'thresholdOnly', value });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [project, projects]);

  return { inputs, state, run, accept, discard: () => setState({ status: 'idle' }), rollback, thresholdOnly };
}
