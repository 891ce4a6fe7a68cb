import type { IndustryType } from '../../core/clients/company';

export const industryTypes: readonly IndustryType[] = ['discrete', 'process'];

export const industryLabelKeys = {
  discrete: 'company.industry.discrete',
  process: 'company.industry.process',
} as const satisfies Record<IndustryType, string>;
