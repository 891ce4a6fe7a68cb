import battery from '../../../assets/training/battery-pack.json';
import coatings from '../../../assets/training/coatings-plant.json';
import display from '../../../assets/training/display-modules.json';
import gear from '../../../assets/training/gear-machining.json';
import hotpot from '../../../assets/training/hotpot-seasoning.json';
import pharma from '../../../assets/training/pharma-packaging.json';
import { bundledFrameworks } from '../assessment/bundled-frameworks';
import type { Framework } from '../assessment/framework-schema';
import type { TrainingCase } from './case-schema';
import { checkTrainingCase } from './load-case';

/** Roughly from the least to the most mature factory, the order a course would use them. */
export const bundledCaseData: readonly unknown[] = [gear, pharma, coatings, display, battery, hotpot];

let cache: { trainingCase: TrainingCase; framework: Framework }[] | undefined;

/** The bundled cases, validated once; a broken bundled case is a build error, so it throws. */
export function bundledCases(): { trainingCase: TrainingCase; framework: Framework }[] {
  cache ??= bundledCaseData.map((data) => {
    const checked = checkTrainingCase(data, bundledFrameworks());
    if (!checked.ok)
      throw new Error(`bundled training case is invalid:\n${checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
    return { trainingCase: checked.trainingCase, framework: checked.framework };
  });
  return cache;
}
