import { useEffect, useState } from 'react';
import { followUpRow, type FollowUpRow } from '../../core/clients/follow-up';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { Company } from '../../core/workspace/company';
import { getWorkspace } from '../../db';
import { defaultRoadmapSettings } from '../solutions/roadmap-settings';

export type ClientsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; rows: { company: Company; followUp: FollowUpRow }[] };

/** The companies matching `query`, each with its follow-up line (latest level, gaps, roadmap). */
export function useClients(query: string, entries: readonly CatalogEntry[] | undefined, generation: number): ClientsState {
  const [state, setState] = useState<ClientsState>({ status: 'loading' });
  useEffect(() => {
    if (!entries) return;
    let live = true;
    (async () => {
      const workspace = await getWorkspace();
      const companies = await workspace.companies.search(query);
      return Promise.all(
        companies.map(async (company) => {
          // The budget and priorities set for the company on the Solutions screen, as in its report.
          const settings = (await workspace.roadmapPreferences.get(company.id)) ?? defaultRoadmapSettings;
          return {
            company,
            followUp: followUpRow(company, await workspace.assessments.listForCompany(company.id), entries, settings.funding, {
              priorities: settings.priorities,
              ambition: settings.ambition,
            }),
          };
        }),
      );
    })().then(
      (rows) => live && setState({ status: 'ready', rows }),
      (error: unknown) => {
        console.error('clients', error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [query, entries, generation]);
  return state;
}
