import { useMemo } from 'react';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { recommendInputFromAssessment } from '../../core/recommend/from-assessment';
import { planRoadmap, type Roadmap } from '../../core/recommend/plan-roadmap';
import type { AssessmentResult } from '../../core/assessment/result-types';
import type { SampleCompany } from '../../core/samples/sample-schema';
import { defaultRoadmapSettings } from '../solutions/roadmap-settings';

/**
 * The roadmap the real optimiser plans for a sample, from its computed result and its own budget, on the
 * bundled reference list (the demo shows the same list on every laptop, whatever a provider imported).
 */
export function useDemoRoadmap(sample: SampleCompany, result: AssessmentResult | undefined): Roadmap | undefined {
  return useMemo(() => {
    if (!result) return undefined;
    const catalog = loadReferenceCatalog();
    const input = recommendInputFromAssessment(result, { cluster: sample.cluster, size: sample.size }, { priorities: defaultRoadmapSettings.priorities, ambition: 1 });
    return planRoadmap(catalog.entries, input, bundledTaxonomy, { ...defaultRoadmapSettings.funding, budgetWan: sample.budgetWan });
  }, [sample, result]);
}
