import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Company, IndustryType } from '../../core/clients/company';
import { createCompany as storeCompany, listCompanies } from '../../app/clients';
import { useSettings } from './SettingsContext';

export type CompaniesState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; companies: Company[] };

interface CompaniesApi {
  state: CompaniesState;
  /** The company the user works on, or undefined when none is chosen (or it no longer exists). */
  activeCompany: Company | undefined;
  createCompany(input: { name: string; industryType: IndustryType }): Promise<Company>;
  switchCompany(id: string): Promise<void>;
  reload(): void;
}

const CompaniesContext = createContext<CompaniesApi | null>(null);

/** The workspace's companies and the active one, shared by the header switcher and every screen. */
export function CompaniesProvider({ children }: { children: ReactNode }) {
  const { settings, updateSettings } = useSettings();
  const [state, setState] = useState<CompaniesState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // A screen may create a company through the repository and make it active: read the list again then.
  const unknownActiveId =
    state.status === 'ready' && !state.companies.some((company) => company.id === settings.activeCompanyId)
      ? settings.activeCompanyId
      : undefined;

  useEffect(() => {
    let live = true;
    listCompanies().then(
      (companies) => live && setState({ status: 'ready', companies }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [generation, unknownActiveId]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const switchCompany = useCallback((id: string) => updateSettings({ activeCompanyId: id }), [updateSettings]);

  const createCompany = useCallback(
    async (input: { name: string; industryType: IndustryType }) => {
      const company = await storeCompany({ ...input, isDemo: false });
      await updateSettings({ activeCompanyId: company.id });
      reload();
      return company;
    },
    [updateSettings, reload],
  );

  const activeCompany = state.status === 'ready' ? state.companies.find((company) => company.id === settings.activeCompanyId) : undefined;

  const api = useMemo(
    () => ({ state, activeCompany, createCompany, switchCompany, reload }),
    [state, activeCompany, createCompany, switchCompany, reload],
  );
  return <CompaniesContext value={api}>{children}</CompaniesContext>;
}

export function useCompanies(): CompaniesApi {
  const api = useContext(CompaniesContext);
  if (!api) throw new Error('useCompanies outside CompaniesProvider');
  return api;
}

/** The active company, for screens that work on one. */
export function useActiveCompany(): Company | undefined {
  return useCompanies().activeCompany;
}
