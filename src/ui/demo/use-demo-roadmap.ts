import { useMemo } from 'react';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { recommendInputFromAssessment } from '../../core/catalog/recommend/from-assessment';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { AssessmentResult } from '../../core/assessment/result-types';
import type { SampleCompany } from '../../core/demo/sample-schema';
import { defaultRoadmapSettings } from '../common/roadmap-settings';
import { useOptionalRoadmap } from '../common/use-roadmap';

/**
 * The roadmap the real optimiser plans for a sample, from its computed result and its own budget, on the
 * bundled reference list (the demo shows the same list on every laptop, whatever a provider imported):
 * the exact solver's proven plan from the roadmap worker, as on the Solutions screen.
 */
export function useDemoRoadmap(sample: SampleCompany, result: AssessmentResult | undefined): Roadmap | undefined {
  const entries = useMemo(() => loadReferenceCatalog().entries, []);
  const input = useMemo(
    () =>
      result
        ? recommendInputFromAssessment(
            result,
            { cluster: sample.cluster, size: sample.size },
            { priorities: defaultRoadmapSettings.priorities, ambition: 1 },
          )
        : undefined,
    [sample, result],
  );
  const funding = useMemo(() => ({ ...defaultRoadmapSettings.funding, budgetWan: sample.budgetWan }), [sample]);
  return useOptionalRoadmap(entries, input, funding);
}
