import autoStamping from '../../../assets/samples/auto-stamping.json';
import foodProcessor from '../../../assets/samples/food-processor.json';
import lightAlloyFoundry from '../../../assets/samples/light-alloy-foundry.json';
import motorcycleParts from '../../../assets/samples/motorcycle-parts.json';
import smtElectronics from '../../../assets/samples/smt-electronics.json';
import textileWorkshop from '../../../assets/samples/textile-workshop.json';
import { validateAnswers } from '../assessment/answers';
import { findFramework } from '../assessment/bundled-frameworks';
import { sampleCompanySchema, type SampleCompany } from './sample-schema';

/** In the order the demo offers them. */
export const bundledSampleData: readonly unknown[] = [
  autoStamping,
  smtElectronics,
  foodProcessor,
  motorcycleParts,
  lightAlloyFoundry,
  textileWorkshop,
];

/** Every reason a sample file is unusable: shape, unknown framework, or answers that do not fit it. */
export function checkSample(data: unknown): { ok: true; sample: SampleCompany } | { ok: false; problems: string[] } {
  const parsed = sampleCompanySchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const problems: string[] = [];
  for (const a of parsed.data.assessments) {
    const framework = findFramework(a.frameworkId, a.frameworkVersion);
    if (!framework) {
      problems.push(`unknown framework ${a.frameworkId} ${a.frameworkVersion}`);
      continue;
    }
    for (const p of validateAnswers(framework, a.answers)) problems.push(`${a.frameworkId}.${p.questionId}: ${p.detail}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sample: parsed.data };
}

let cache: SampleCompany[] | undefined;

/** The bundled samples, validated once; a broken bundled file is a build error, so it throws. */
export function bundledSamples(): SampleCompany[] {
  cache ??= bundledSampleData.map((data) => {
    const checked = checkSample(data);
    if (!checked.ok) throw new Error(`bundled sample is invalid:\n${checked.problems.join('\n')}`);
    return checked.sample;
  });
  return cache;
}
