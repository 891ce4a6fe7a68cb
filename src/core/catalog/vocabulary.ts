/**
 * Closed vocabularies of the catalog. Their display names live in the `catalog` i18n namespace
 * (e.g. `domain.production`), so only codes travel through core code and data files.
 */

/** The 12 capability domains of the smart-manufacturing maturity model (GB/T 39116 structure). */
export const domainCodes = [
  'strategy',
  'skills',
  'data',
  'integration',
  'security',
  'equipment',
  'network',
  'design',
  'production',
  'logistics',
  'sales',
  'service',
] as const;
export type DomainCode = (typeof domainCodes)[number];

/** Maturity levels: 0 = below level 1, 5 = 引领级. */
export const minLevel = 0;
export const maxLevel = 5;

export const kpiCodes = ['quality', 'oee', 'energy', 'inventory', 'labour'] as const;
export type KpiCode = (typeof kpiCodes)[number];

/** `unspecified`: a published list that does not say how the solution is deployed. */
export const deploymentModes = ['saas', 'on-premises', 'edge-box', 'hardware-software', 'unspecified'] as const;
export type DeploymentMode = (typeof deploymentModes)[number];

export const providerTypes = [
  'software-vendor',
  'equipment-maker',
  'system-integrator',
  'telecom-operator',
  'platform-operator',
  'research-institute',
  'gongzhi-built-in',
  'unspecified',
] as const;
export type ProviderType = (typeof providerTypes)[number];

export const companySizes = ['micro', 'small', 'medium', 'large'] as const;

/** What a company says matters most; the recommendation engine weighs benefits by these. */
export const priorityCodes = ['quality', 'cost', 'delivery', 'energy', 'safety'] as const;
export type PriorityCode = (typeof priorityCodes)[number];

export const eligibilityCodes = ['aiVoucher', 'citySubsidy', 'lightweightList'] as const;
export type EligibilityCode = (typeof eligibilityCodes)[number];

/** Features of Gongzhi itself that a catalog entry can point to. */
export const gongzhiFeatures = ['inspect'] as const;
