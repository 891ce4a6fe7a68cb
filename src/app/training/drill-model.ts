import type { DrillSet } from '../../core/training/drill';
import type { ModelJudgement } from '../../core/training/drill-history';
import type { InspectionSession } from '../inspection/inspection-session';

const DRILL_KEY = 'drill';

/**
 * The on-device model's calls on a drill: taught from the set's good images in the inspection worker (the same
 * engine as Inspect) and, when the set has labelled type examples and `nameTypes`, their defect types; then it
 * checks the first `limit` items one by one, reporting each call as it arrives.
 */
export async function modelCallsOnDrill(
  session: InspectionSession,
  set: DrillSet,
  options: {
    limit: number;
    nameTypes: boolean;
    imageBytes: (file: string) => Promise<ArrayBuffer>;
    onCall: (calls: ModelJudgement[]) => void;
  },
): Promise<ModelJudgement[]> {
  const teach = await Promise.all(set.teach.map(options.imageBytes));
  const fit = await session.call('fit', [teach, undefined]);
  await session.call('load', [DRILL_KEY, fit.model.slice().buffer]);
  if (options.nameTypes && set.typeExamples && set.typeExamples.length > 0) {
    const examples = await Promise.all(
      set.typeExamples.map(async (e) => ({ label: e.defectType, image: await options.imageBytes(e.file) })),
    );
    await session.call('teachTypes', [DRILL_KEY, examples, undefined]);
  }
  const calls: ModelJudgement[] = [];
  for (const item of set.items.slice(0, options.limit)) {
    const outcome = await session.call('check', [
      { key: DRILL_KEY, image: await options.imageBytes(item.file), roi: undefined, threshold: fit.threshold },
    ]);
    calls.push({
      verdict: outcome.isDefect ? 'ng' : 'ok',
      score: outcome.score,
      threshold: outcome.threshold,
      ...(outcome.isDefect && outcome.defectType ? { defectType: outcome.defectType } : {}),
    });
    options.onCall([...calls]);
  }
  return calls;
}
