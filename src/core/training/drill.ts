import { z } from 'zod';

const drillFile = z.string().regex(/^[a-z0-9-]+\.jpg$/);

/**
 * A bundled defect-judgement drill: good images to teach the model, and items with their ground truth.
 * Optional `typeExamples` (a few labelled defective images per type, never drill items) let the model
 * name defect types as well; without them it calls OK/NG only.
 */
export const drillSetSchema = z
  .strictObject({
    format: z.literal('gongzhi-defect-drill'),
    formatVersion: z.literal(1),
    teach: z.array(drillFile).min(10),
    defectTypes: z.array(z.string().min(1)).min(1),
    typeExamples: z.array(z.strictObject({ file: drillFile, defectType: z.string().min(1) })).optional(),
    items: z
      .array(
        z.union([
          z.strictObject({ file: drillFile, truth: z.literal('ok') }),
          z.strictObject({ file: drillFile, truth: z.literal('ng'), defectType: z.string().min(1) }),
        ]),
      )
      .min(1),
  })
  .superRefine((set, ctx) => {
    const known = new Set(set.defectTypes);
    const used = [
      ...set.items.flatMap((item) => (item.truth === 'ng' ? [item.defectType] : [])),
      ...(set.typeExamples ?? []).map((e) => e.defectType),
    ];
    for (const type of used) if (!known.has(type)) ctx.addIssue({ code: 'custom', message: `defect type ${type} is not in defectTypes` });
    const scored = new Set(set.items.map((item) => item.file));
    for (const example of set.typeExamples ?? [])
      if (scored.has(example.file)) ctx.addIssue({ code: 'custom', message: `type example ${example.file} is also a drill item` });
  });
export type DrillSet = z.infer<typeof drillSetSchema>;
export type DrillItem = DrillSet['items'][number];

export interface Judgement {
  verdict: 'ok' | 'ng';
  /** Only for NG: the defect type the judge named. */
  defectType?: string;
}

export interface DrillScore {
  total: number;
  /** OK/NG calls that match the ground truth. */
  correct: number;
  /** Defective items whose type was also named right. */
  typeCorrect: number;
  defective: number;
  /** Defective items called OK (the costly mistake) and good items called NG. */
  missed: number;
  falseAlarms: number;
  accuracy: number;
}

/** Scores OK/NG calls (and defect types) against the ground truth; items without a call count as wrong. */
export function scoreJudgements(items: readonly DrillItem[], calls: readonly (Judgement | undefined)[]): DrillScore {
  let correct = 0;
  let typeCorrect = 0;
  let missed = 0;
  let falseAlarms = 0;
  items.forEach((item, i) => {
    const call = calls[i];
    if (!call) {
      if (item.truth === 'ng') missed += 1;
      return;
    }
    if (call.verdict === item.truth) correct += 1;
    else if (item.truth === 'ng') missed += 1;
    else falseAlarms += 1;
    if (item.truth === 'ng' && call.verdict === 'ng' && call.defectType === item.defectType) typeCorrect += 1;
  });
  const defective = items.filter((item) => item.truth === 'ng').length;
  return {
    total: items.length,
    correct,
    typeCorrect,
    defective,
    missed,
    falseAlarms,
    accuracy: items.length === 0 ? 0 : Math.round((correct / items.length) * 1000) / 1000,
  };
}

/**
 * How one call is marked: right only when the verdict and, for a defective part, the defect type are both
 * right; a defect found but named wrongly is its own mark, so "✓" never rewards the wrong type.
 */
export function judgementOutcome(item: DrillItem, call: Judgement | undefined): 'right' | 'typeWrong' | 'wrong' {
  if (!call || call.verdict !== item.truth) return 'wrong';
  if (item.truth === 'ng' && call.defectType !== item.defectType) return 'typeWrong';
  return 'right';
}
