import type { IndustryType } from '../../core/clients/company';

export const industryTypes: readonly IndustryType[] = ['discrete', 'process'];

export const industryLabelKeys: Record<IndustryType, string> = {
  discrete: 'common:company.industry.discrete',
  process: 'common:company.industry.process',
};
