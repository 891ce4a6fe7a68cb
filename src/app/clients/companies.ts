import type { Company } from '../../core/clients/company';
import type { CompanyInput, CompanyPatch } from '../../db';
import { repositories } from '../root';

export type { CompanyInput, CompanyPatch };

/** Every company, for the switcher and the assessment start. */
export async function listCompanies(): Promise<Company[]> {
  return (await repositories()).companies.list();
}

export async function getCompany(id: string): Promise<Company | undefined> {
  return (await repositories()).companies.get(id);
}

export async function createCompany(input: CompanyInput): Promise<Company> {
  return (await repositories()).companies.create(input);
}

export async function updateCompany(id: string, patch: CompanyPatch): Promise<Company> {
  return (await repositories()).companies.update(id, patch);
}

/** Creates the company when `id` is undefined, updates it otherwise (the profile form's save). */
export async function saveCompanyProfile(id: string | undefined, input: CompanyInput): Promise<Company> {
  return id ? updateCompany(id, input) : createCompany(input);
}
