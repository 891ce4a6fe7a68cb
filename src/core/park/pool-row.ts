import type { CompanyProfile } from '../assessment/bundle';

/**
 * One assessment pooled from another installation. Kept in its own table, apart from client companies:
 * the profile carries no contact details, and the figures are the ones this app's engine computed from the
 * bundle's answers when it was imported (never the copy the bundle carried).
 */
export interface PoolRow {
  id: string;
  /** Same content → same fingerprint, so a bundle imported twice is recognised. */
  fingerprint: string;
  sourceName: string;
  importedAt: string;
  company: CompanyProfile;
  frameworkId: string;
  frameworkVersion: string;
  level: number;
  totalScore: number;
  maxScore: number;
  /** Applicable domains with their degree met in [0, 1]. */
  domains: { id: string; ratio: number }[];
  completedAt?: string;
}
