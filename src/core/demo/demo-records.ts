import type { AssessmentRecord } from '../assessment/assessment-record';
import { findFramework } from '../assessment/bundled-frameworks';
import { scoreAssessment } from '../assessment/score-assessment';
import { pickText } from '../catalog/localized-text';
import type { SampleCompany } from './sample-schema';
import type { Company, Language } from '../clients/company';

/** Demo rows carry this id prefix as well as isDemo, so they can never collide with real (UUID) rows. */
export const DEMO_ID_PREFIX = 'demo-';

export function demoCompanyId(sampleId: string): string {
  return `${DEMO_ID_PREFIX}${sampleId}`;
}

export interface DemoRows {
  companies: Company[];
  assessments: AssessmentRecord[];
}

/**
 * The rows a sample becomes in the workspace, in the given language. Results are computed here by the
 * scoring engine, never read from the sample file.
 */
export function demoRows(samples: readonly SampleCompany[], language: Language, stamp: string): DemoRows {
  const companies: Company[] = [];
  const assessments: AssessmentRecord[] = [];
  for (const sample of samples) {
    const companyId = demoCompanyId(sample.id);
    companies.push({
      id: companyId,
      name: pickText(sample.name, language),
      cluster: sample.cluster,
      subSector: pickText(sample.subSector, language),
      industryType: sample.industryType,
      size: sample.size,
      revenueBand: sample.revenueBand,
      contactName: pickText(sample.contactName, language),
      notes: pickText(sample.summary, language),
      isDemo: true,
      createdAt: stamp,
      updatedAt: stamp,
    });
    for (const a of sample.assessments) {
      const framework = findFramework(a.frameworkId, a.frameworkVersion);
      if (!framework) throw new Error(`sample ${sample.id}: unknown framework ${a.frameworkId} ${a.frameworkVersion}`);
      assessments.push({
        id: `${companyId}-${a.frameworkId}`,
        companyId,
        frameworkId: a.frameworkId,
        frameworkVersion: a.frameworkVersion,
        industryType: sample.industryType,
        status: 'completed',
        answers: a.answers,
        result: scoreAssessment(framework, sample.industryType, a.answers),
        createdAt: a.completedAt,
        updatedAt: a.completedAt,
        completedAt: a.completedAt,
      });
    }
  }
  return { companies, assessments };
}
