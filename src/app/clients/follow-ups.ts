import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { RecommendChoices } from '../../core/catalog/recommend/from-assessment';
import type { FundingInput } from '../../core/catalog/recommend/recommend-types';
import { defaultRoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import type { Company } from '../../core/clients/company';
import { followUpInput, followUpRow, followUpSummary, type FollowUpRow } from '../../core/clients/follow-up';
import { planExactRoadmap } from '../catalog/roadmap-planning';
import { repositories } from '../root';

/** A client's line without its roadmap, with what the roadmap is planned from for the exported sheet. */
export interface ClientRow {
  company: Company;
  followUp: FollowUpRow;
  records: readonly AssessmentRecord[];
  funding: FundingInput;
  choices: RecommendChoices;
}

/** The companies matching `query`, each with its follow-up line (latest level, gaps). */
export async function listClients(query: string): Promise<ClientRow[]> {
  const repos = await repositories();
  const companies = await repos.companies.search(query);
  return Promise.all(
    companies.map(async (company) => {
      // The budget and priorities set for the company on the Solutions screen, as in its report.
      const settings = (await repos.roadmapPreferences.get(company.id)) ?? defaultRoadmapPreferences;
      const records = await repos.assessments.listForCompany(company.id);
      const choices = { priorities: settings.priorities, ambition: settings.ambition };
      // No roadmap here: the table shows none, and the exported sheet plans each client in the worker.
      return { company, records, funding: settings.funding, choices, followUp: followUpSummary(company, records) };
    }),
  );
}

/**
 * The follow-up lines for the exported sheet, each client's roadmap proven optimal by the roadmap
 * worker; where the worker cannot answer, the line is planned here by the built-in search.
 */
export async function provenFollowUps(rows: readonly ClientRow[], entries: readonly CatalogEntry[]): Promise<FollowUpRow[]> {
  const lines: FollowUpRow[] = [];
  // One after another: the worker answers in turn anyway.
  for (const row of rows) {
    const input = followUpInput(row.company, row.records, row.choices);
    const roadmap = input ? await planExactRoadmap(entries, input, row.funding).catch(() => undefined) : undefined;
    lines.push(followUpRow(row.company, row.records, entries, row.funding, row.choices, roadmap));
  }
  return lines;
}
