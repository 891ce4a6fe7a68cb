import { planRefit, thresholdFromCorrections, type RefitPlan } from '../../core/inspection/refit';
import type { RefitOutcome } from '../../core/inspection/refit-engine';
import type { InspectionProject, ModelSnapshot } from '../../core/inspection/records';
import { repositories } from '../root';
import { transferable } from './image-source';
import type { InspectionSession } from './inspection-session';

/** How many teaching images the project keeps, by kind (a refit needs its good ones). */
export async function teachImageCounts(projectId: string): Promise<{ good: number; defect: number }> {
  const teach = await (await repositories()).inspection.teachImages(projectId);
  return { good: teach.filter((t) => t.kind === 'good').length, defect: teach.filter((t) => t.kind === 'defect').length };
}

/** Which reviewed results a refit can use (corrections with a kept copy), and which it cannot. */
export async function refitPlan(projectId: string): Promise<RefitPlan> {
  return planRefit(await (await repositories()).inspection.reviewedResults(projectId));
}

/**
 * Fits the project's model again in the worker from its stored teaching images and the refit copies of
 * corrected results. Nothing is stored: the outcome is a preview until the user accepts it (acceptRefit).
 */
export async function runRefit(
  session: InspectionSession,
  project: Pick<InspectionProject, 'id'>,
  plan: RefitPlan,
  onProgress: (done: number, total: number) => void,
): Promise<{ outcome: RefitOutcome; teachGood: number }> {
  const repo = (await repositories()).inspection;
  const [teach, copies] = await Promise.all([repo.teachImages(project.id), repo.refitCopies(plan.usable.map((r) => r.id))]);
  const corrections = plan.usable.flatMap((r) => {
    const bytes = copies.get(r.id);
    return bytes
      ? [{ expected: r.verdict, ...(r.verdict === 'ng' && r.defectType ? { label: r.defectType } : {}), image: transferable(bytes) }]
      : [];
  });
  const teachGood = teach.filter((t) => t.kind === 'good');
  onProgress(0, teach.length + corrections.length);
  const outcome = await session.call('refit', [
    {
      key: project.id,
      teachGood: teachGood.map((t) => transferable(t.bytes)),
      teachDefects: teach.flatMap((t) => (t.kind === 'defect' && t.label ? [{ label: t.label, image: transferable(t.bytes) }] : [])),
      corrections,
    },
    onProgress,
  ]);
  return { outcome, teachGood: teachGood.length };
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
    ...(project.fusedDefects !== undefined ? { fusedDefects: project.fusedDefects } : {}),
    ...(project.variant ? { variant: project.variant } : {}),
    replacedAt: new Date().toISOString(),
  };
}

/** Puts a refit's model in use, keeping the replaced one as `previous` so one step back is always possible. */
export async function acceptRefit(project: InspectionProject, outcome: RefitOutcome): Promise<InspectionProject> {
  const previous = snapshotOf(project);
  return (await repositories()).inspection.updateProject(project.id, {
    model: outcome.model,
    goodScores: Array.from(outcome.goodScores),
    proposedThreshold: outcome.threshold,
    threshold: outcome.threshold,
    goodImages: outcome.goodImages,
    defectTypes: outcome.types,
    defectScores: outcome.defectScores,
    // a refit keeps the variant the self-check chose and teaches the defect photos again (refit-engine.ts)
    fusedDefects: outcome.fused,
    variant: outcome.variant ?? { statistics: 'per-position', textureView: outcome.textureView },
    ...(previous ? { previous } : {}),
  });
}

/** Swaps the current and previous model, so going back can itself be undone; undefined when there is none. */
export async function rollbackModel(project: InspectionProject): Promise<InspectionProject | undefined> {
  if (!project.previous) return undefined;
  const back = project.previous;
  const current = snapshotOf(project);
  return (await repositories()).inspection.updateProject(project.id, {
    model: back.model,
    threshold: back.threshold,
    proposedThreshold: back.proposedThreshold,
    goodScores: back.goodScores,
    goodImages: back.goodImages,
    defectTypes: back.defectTypes,
    defectScores: back.defectScores ?? [],
    fusedDefects: back.fusedDefects ?? false,
    ...(back.variant ? { variant: back.variant } : {}),
    ...(current ? { previous: current } : {}),
  });
}

/**
 * For projects taught before teaching images were kept: only the threshold can follow the corrections.
 * Returns the new threshold (stored) or undefined when the corrections do not move it.
 */
export async function thresholdFromReviews(project: InspectionProject): Promise<{ value: number | undefined; project: InspectionProject }> {
  const repo = (await repositories()).inspection;
  const value = thresholdFromCorrections(project.threshold ?? 0, await repo.allResults(project.id));
  return { value, project: value !== undefined ? await repo.updateProject(project.id, { threshold: value }) : project };
}
