/** How a company produces: weights and applicability in the maturity frameworks depend on it. */
export type IndustryType = 'discrete' | 'process';

export type CompanySize = 'micro' | 'small' | 'medium' | 'large';

/** The revenue bands the company form offers. A company read from a file may carry another code. */
export const revenueBands = ['lt20m', '20m-100m', '100m-400m', 'gt400m'] as const;

export type RevenueBand = (typeof revenueBands)[number];

export const isRevenueBand = (code: string): code is RevenueBand => (revenueBands as readonly string[]).includes(code);

/** A company assessed in this workspace. A provider keeps many; an SME owner has one. */
export interface Company {
  id: string;
  name: string;
  /** Code of the Chongqing 33618 cluster (see assets), or undefined when not chosen yet. */
  cluster?: string;
  subSector?: string;
  industryType: IndustryType;
  size?: CompanySize;
  /** Revenue band code, e.g. "lt20m" (< 2000万元). */
  revenueBand?: string;
  contactName?: string;
  contactPhone?: string;
  notes?: string;
  /** True for bundled demo companies; demo reset only ever touches these. */
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export type Language = 'zh-CN' | 'en' | 'zh-TW';

export interface Settings {
  language: Language;
  largeText: boolean;
  activeCompanyId?: string;
}

export const defaultSettings: Settings = { language: 'zh-CN', largeText: false };
