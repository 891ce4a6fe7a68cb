import type { InspectionResult, Verdict } from '../../core/inspection/records';
import { inspectionStats, type InspectionStats } from '../../core/inspection/stats';
import type { ResultFilter, ResultPage } from '../../db';
import { repositories } from '../root';

export type { ResultFilter, ResultPage };

/** A page of results, newest first, filtered by verdict and time through the indexes. */
export async function resultPage(filter: ResultFilter, limit: number, before?: number): Promise<ResultPage> {
  return (await repositories()).inspection.page(filter, limit, before);
}

/** Every result of the project (CSV export, statistics, threshold from corrections). */
export async function allResults(projectId: string): Promise<InspectionResult[]> {
  return (await repositories()).inspection.allResults(projectId);
}

/** The results a batch stored, in its order (a batch end shows their counts and the NG ones). */
export async function batchResults(resultIds: readonly string[]): Promise<InspectionResult[]> {
  return (await repositories()).inspection.resultsByIds(resultIds);
}

/** A reviewer's correction of one result (verdict and defect type); the model's own call is kept beside it. */
export async function reviewResult(id: string, verdict: Verdict, defectType: string | undefined): Promise<InspectionResult> {
  return (await repositories()).inspection.review(id, verdict, defectType);
}

export async function projectStats(projectId: string, unnamedType: string): Promise<InspectionStats> {
  return inspectionStats(await allResults(projectId), unnamedType);
}
