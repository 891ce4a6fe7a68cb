import type { Company } from '../../core/clients/company';

/** Substring match on the name and contact, ignoring case and surrounding spaces, as the user types. */
export function filterCompanies(companies: readonly Company[], query: string): Company[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...companies];
  return companies.filter((company) =>
    [company.name, company.contactName, company.subSector].some((field) => field?.toLocaleLowerCase().includes(needle)),
  );
}
